/**
 * The dialects and how a document's dialect is decided (SPEC §1).
 */
import type { ValidateFunction } from 'ajv';
import bcSchema from '../../schemas/batchcompute-cluster.schema.json' with { type: 'json' };
import csSchema from '../../schemas/containerservice-cluster.schema.json' with { type: 'json' };
import { batchcompute as validateBatchcompute, containerservice as validateContainerservice } from '../generated/validators.js';
import type { DialectName } from '../config/config-types.js';
import { cachedTokens, isObject, unescapeToken } from '../parse/pointer.js';

/** A JSON Schema node as clusterlint reads it (with its `x-` annotations). */
export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  required?: string[];
  enum?: unknown[];
  $ref?: string;
  definitions?: Record<string, SchemaNode>;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minProperties?: number;
  maxProperties?: number;
  pattern?: string;
  /** The parameter as the API's messages spell it (`Name`, `UserData.{key}`, `subnet_cidr`). */
  'x-parameter'?: string;
  /** The value is a secret: it is never quoted in any detail. */
  'x-secret'?: boolean;
  /** Explanations for known wrong values of an enum (`{pattern, note}`), used in its detail. */
  'x-enum-notes'?: Array<{ pattern: string; note: string }>;
  /** Completes "…: {hint}" in a format detail; on a bound that depends on another field, says which case applies ("for a cloud disk"). */
  'x-hint'?: string;
  [keyword: string]: unknown;
}

/** Everything the engine needs to know about one dialect. */
export interface Dialect {
  name: DialectName;
  /** The schema's file name under `schemas/`, as a `$schema` reference ends. */
  schemaFile: string;
  schema: SchemaNode;
  validate: ValidateFunction;
  /**
   * Top-level keys that identify the dialect by shape (SPEC §1's distinctive keys): keys that
   * other JSON and YAML files rarely have. Common words (`name`, `size`, `password`, `region_id`,
   * `Description`) are left out, so a database config is not taken for a spec.
   */
  distinctive: ReadonlySet<string>;
  /** The API's name for people (`Container Service`). */
  title: string;
  /**
   * Top-level keys of another API that shares this one's endpoint: any of them rules the dialect
   * out by shape (SPEC §1 and clarification 1: an ACK body is not a swarm one); `what` names that API.
   */
  excludedBy?: { keys: readonly string[]; what: string };
  /** The parameter as spelled in a code (`subnet_cidr` → `SubnetCidr`). */
  codeName(parameter: string): string;
  /** The API documents an error table whose rows win over the templates (SPEC §3); else only the templates apply. */
  errorTable: boolean;
}

/** The known dialects, by name. */
export const DIALECTS: Record<string, Dialect> = {
  batchcompute: {
    name: 'batchcompute',
    title: 'Batch Compute',
    schemaFile: 'batchcompute-cluster.schema.json',
    schema: bcSchema as SchemaNode,
    validate: validateBatchcompute as unknown as ValidateFunction,
    // SPEC §1, with the §4a fields beyond the English page (EVIDENCE: the SDKs and the CLI send them).
    distinctive: new Set([
      'Name', 'ImageId', 'InstanceType', 'Groups', 'UserData', 'Notification', 'Configs', 'IdempotentToken',
      'EnvVars', 'Bootstrap', 'ScheduleType', 'DependencyIsvService', 'PasswordInherit',
    ]),
    codeName: (p) => p,
    errorTable: true,
  },
  containerservice: {
    name: 'containerservice',
    title: 'Container Service',
    schemaFile: 'containerservice-cluster.schema.json',
    schema: csSchema as SchemaNode,
    validate: validateContainerservice as unknown as ValidateFunction,
    distinctive: new Set([
      'instance_type', 'network_mode', 'subnet_cidr', 'vpc_id', 'vswitch_id', 'data_disk_category', 'data_disk_size',
      'ecs_image_id', 'io_optimized', 'need_slb', 'release_eip_flag', 'rds_instances',
    ]),
    // A Container Service Kubernetes (ACK) CreateCluster body goes to the same `POST /clusters`
    // (EVIDENCE: aliyungo `KubernetesCreationArgs`, ACK CreateCluster doc 90776).
    excludedBy: {
      keys: ['cluster_type', 'kubernetes_version', 'master_instance_types', 'worker_instance_types', 'num_of_nodes', 'container_cidr', 'service_cidr', 'vpcid'],
      what: 'a Container Service Kubernetes (ACK) request, which is not the swarm dialect',
    },
    // The API spells parameters in snake_case; codes take them in PascalCase (SPEC §3): `subnet_cidr` → `SubnetCidr`.
    codeName: (p) => p.replace(/(?:^|_)([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
    errorTable: false,
  },
};

/** The dialect whose schema file a `$schema` reference names (its last path segment), if any. */
export function dialectOfSchemaRef(ref: string): Dialect | undefined {
  const last = ref.split(/[?#]/)[0]!.split(/[\\/]/).pop();
  return Object.values(DIALECTS).find((d) => d.schemaFile === last);
}

/**
 * Decides a document's dialect (SPEC §1, first match wins): a forced dialect, a `$schema`
 * reference (key or modeline), then the shape of the top-level keys.
 */
export function decideDialect(data: unknown, forced: DialectName | undefined, modeline: string | undefined): Dialect | undefined {
  if (forced) return DIALECTS[forced];
  if (isObject(data) && typeof data.$schema === 'string') {
    const d = dialectOfSchemaRef(data.$schema);
    if (d) return d;
  }
  if (modeline) {
    const d = dialectOfSchemaRef(modeline);
    if (d) return d;
  }
  return isObject(data) ? dialectByShape(Object.keys(data)) : undefined;
}

/**
 * The dialect a body's top-level keys show (SPEC §1 "shape"), if one passes all four tests:
 * - at least two of its distinctive keys;
 * - more of its distinctive keys than any other dialect has among the keys (a stray key of the
 *   other dialect is then an UnknownParameter, not a reason to skip the file);
 * - none of the keys that mark another API sharing its endpoint (an ACK body for Container Service);
 * - more than half of the keys are parameters it defines: its schema's top-level properties, so a
 *   field added to a schema counts here at once.
 */
export function dialectByShape(keys: readonly string[]): Dialect | undefined {
  const shape = judgeShape(keys);
  return typeof shape === 'string' ? undefined : shape;
}

/**
 * Why a body's top-level keys show no dialect (SPEC §1), in one sentence for UnknownDialect's
 * detail: which of the four tests failed. It names counts and the fixed marker keys only, never a
 * key or value of the file.
 */
export function shapeFailure(keys: readonly string[]): string {
  const shape = judgeShape(keys);
  return typeof shape === 'string' ? shape : '';
}

/** The dialects, in the order shape ties name them. */
const ALL_DIALECTS: readonly Dialect[] = Object.values(DIALECTS);

/** How many of a dialect's distinctive keys are among `keys`. */
function distinctiveCount(d: Dialect, keys: readonly string[]): number {
  let n = 0;
  for (const k of keys) if (d.distinctive.has(k)) n++;
  return n;
}

/** The dialect the keys show, or why none does. Makes nothing for a body that shows one (every spec of a run). */
function judgeShape(keys: readonly string[]): Dialect | string {
  let best = 0;
  let leader: Dialect | undefined;
  let tied = false;
  for (const d of ALL_DIALECTS) {
    const n = distinctiveCount(d, keys);
    if (n > best) {
      best = n;
      leader = d;
      tied = false;
    } else if (n === best && leader) tied = true;
  }
  if (best < 2) {
    return `It has ${best === 0 ? 'none' : 'only one'} of the top-level keys that mark a CreateCluster body (such as ImageId and Groups, or instance_type and vpc_id).`;
  }
  if (tied) {
    const leaders = ALL_DIALECTS.filter((x) => distinctiveCount(x, keys) === best);
    return `It has as many ${leaders.map((x) => x.title).join(' keys as ')} keys (${best} each).`;
  }
  const d = leader!;
  const marker = d.excludedBy?.keys.find((k) => keys.includes(k));
  if (marker) return `Its top-level key ${marker} marks ${d.excludedBy!.what}.`;
  const properties = d.schema.properties ?? {};
  let defined = 0;
  for (const k of keys) if (Object.hasOwn(properties, k)) defined++;
  if (defined * 2 <= keys.length) return `Only ${defined} of its ${keys.length} top-level keys are ${d.title} parameters.`;
  return d;
}

/** Resolves a local `$ref` (`#/definitions/X`). */
export function deref(root: SchemaNode, node: SchemaNode): SchemaNode {
  let n = node;
  for (let guard = 0; n.$ref && guard < 32; guard++) {
    const path = n.$ref.replace(/^#\//, '').split('/');
    let target: unknown = root;
    for (const p of path) target = (target as Record<string, unknown>)[p];
    n = target as SchemaNode;
  }
  return n;
}

/**
 * The schema node that describes the value at a pointer, following properties, maps and items.
 * Only a schema's own property names count: a key such as `constructor` or `toString` in a
 * document must not find `Object.prototype`'s members.
 */
export function schemaAt(dialect: Dialect, pointerTokens: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = dialect.schema;
  for (const token of pointerTokens) {
    if (!node) return undefined;
    node = deref(dialect.schema, node);
    const property = node.properties && Object.hasOwn(node.properties, token) ? node.properties[token] : undefined;
    const next: SchemaNode | undefined = property ?? node.items ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    node = next;
  }
  return node ? deref(dialect.schema, node) : undefined;
}

// The schema node of each pointer asked for, by dialect, up to a bound (see `cachedTokens`).
const nodeCache = new WeakMap<Dialect, Map<string, SchemaNode | undefined>>();
const NODE_CACHE_SIZE = 4096;

/** `schemaAt` for a JSON Pointer, kept for pointers asked for again (rules ask for the same few in every document). */
export function schemaAtPointer(dialect: Dialect, pointer: string): SchemaNode | undefined {
  let cache = nodeCache.get(dialect);
  if (!cache) nodeCache.set(dialect, (cache = new Map()));
  let node = cache.get(pointer);
  if (node === undefined && !cache.has(pointer)) {
    node = schemaAt(dialect, cachedTokens(pointer));
    if (cache.size < NODE_CACHE_SIZE) cache.set(pointer, node);
  }
  return node;
}

/** The node at a schema path such as `#/properties/Groups/additionalProperties`. */
export function schemaAtPath(dialect: Dialect, schemaPath: string): SchemaNode | undefined {
  // Asked for the schema location of each validation error: a fixed set per schema, so kept.
  let known = nodesAtPath.get(dialect);
  if (!known) nodesAtPath.set(dialect, (known = new Map()));
  if (known.has(schemaPath)) return known.get(schemaPath);
  const node = walkSchemaPath(dialect.schema, schemaPath);
  if (known.size < 4096) known.set(schemaPath, node);
  return node;
}
const nodesAtPath = new WeakMap<Dialect, Map<string, SchemaNode | undefined>>();

function walkSchemaPath(schema: SchemaNode, schemaPath: string): SchemaNode | undefined {
  let node: unknown = schema;
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const token = unescapeToken(raw);
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node as SchemaNode | undefined;
}
