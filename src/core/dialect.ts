/**
 * The dialects and how a document's dialect is decided (SPEC §1).
 */
import type { ValidateFunction } from 'ajv';
import bcSchema from '../../schemas/batchcompute-cluster.schema.json' with { type: 'json' };
import csSchema from '../../schemas/containerservice-cluster.schema.json' with { type: 'json' };
import { batchcompute as validateBatchcompute, containerservice as validateContainerservice } from '../generated/validators.js';
import type { DialectName } from '../rule-api.js';
import { cachedTokens, isObject } from './pointer.js';

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
  /** Top-level keys that identify the dialect by shape. */
  keys: readonly string[];
  /** The parameter as spelled in a code (`subnet_cidr` → `SubnetCidr`). */
  codeName(parameter: string): string;
  /** The API documents an error table whose rows win over the templates (SPEC §3); else only the templates apply. */
  errorTable: boolean;
}

/** The known dialects, by name. */
export const DIALECTS: Record<string, Dialect> = {
  batchcompute: {
    name: 'batchcompute',
    schemaFile: 'batchcompute-cluster.schema.json',
    schema: bcSchema as SchemaNode,
    validate: validateBatchcompute as unknown as ValidateFunction,
    keys: ['Name', 'Description', 'ImageId', 'InstanceType', 'Groups', 'UserData', 'Notification', 'Configs', 'IdempotentToken'],
    codeName: (p) => p,
    errorTable: true,
  },
  containerservice: {
    name: 'containerservice',
    schemaFile: 'containerservice-cluster.schema.json',
    schema: csSchema as SchemaNode,
    validate: validateContainerservice as unknown as ValidateFunction,
    keys: [
      'name', 'size', 'instance_type', 'network_mode', 'subnet_cidr', 'vpc_id', 'vswitch_id', 'password', 'region_id',
      'data_disk_category', 'data_disk_size', 'ecs_image_id', 'io_optimized', 'need_slb', 'release_eip_flag', 'rds_instances',
    ],
    // The API spells parameters in snake_case; codes take them in PascalCase (SPEC §3): `subnet_cidr` → `SubnetCidr`.
    codeName: (p) => p.replace(/(?:^|_)([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
    errorTable: false,
  },
};

/** Registers a dialect (each dialect module calls this once). */
export function registerDialect(dialect: Dialect): void {
  DIALECTS[dialect.name] = dialect;
}

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

/** The dialect with at least two of its keys present and none that only another dialect has. */
export function dialectByShape(keys: readonly string[]): Dialect | undefined {
  const all = Object.values(DIALECTS);
  for (const d of all) {
    const own = keys.filter((k) => d.keys.includes(k)).length;
    const foreign = keys.some((k) => !d.keys.includes(k) && all.some((o) => o !== d && o.keys.includes(k)));
    if (own >= 2 && !foreign) return d;
  }
  return undefined;
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
  let node: unknown = dialect.schema;
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node as SchemaNode | undefined;
}
