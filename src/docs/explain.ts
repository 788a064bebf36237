/**
 * The documentation of every catalogue code (`clusterlint --explain CODE`, SPEC §7, clarification
 * 12), built from the same data that generates the README's catalogue (`catalogueCodes()`): the
 * API table, each dialect's schema, the lint codes and the rules' `docs`. Nothing here repeats a
 * message: messages, statuses and origins come from the catalogue, what a templated parameter
 * takes comes from its schema node, and the rules say which source they follow.
 *
 * Each code has a failing and a passing example (but `RuleFailure`, which no spec causes). The passing example of a dialect is its starter
 * body (`clusterlint init`), with a templated parameter set to a value its schema names plainly
 * (an example, an allowed value, a default) when there is one; a templated code's failing example
 * is that body with the parameter given a value of the wrong type (or left out, for `Missing…`),
 * derived from the schema; API rows
 * and lint codes have one small hand-written change each (the `HAND` table). test/explain.test.ts
 * lints every example, so an example that stops failing (or passing) fails the build.
 */
import { catalogueAnchor, catalogueEntry, rowsFor, type CodeInfo, type Origin, type Severity } from '../catalogue/catalogue.js';
import { codeNameProblem } from '../catalogue/codes.js';
import { UsageError } from '../config/config.js';
import type { ClusterlintConfig, DialectName } from '../config/config-types.js';
import { deref, DIALECTS, type Dialect, type SchemaNode } from '../dialect/dialect.js';
import { closest } from '../api/helpers.js';
import { REPOSITORY_URL } from '../formatters/sarif.js';
import { starterBody } from '../dialect/starter.js';
import { CROSS_FILE_RULES, RULES } from '../../rules/index.js';
import { catalogueCodes, templateCatalogueCode } from '../catalogue/list.js';
import { templateCodes } from '../catalogue/codes.js';

/** A spec to lint: a file's name and text, and the config (if any) it is linted with. */
export interface Example {
  filename: string;
  text: string;
  config?: ClusterlintConfig;
}

/** Everything `--explain` prints about one catalogue code. */
export interface CodeDoc {
  /** The catalogue's spelling (`InvalidUserData.{key}.value`). */
  code: string;
  origin: Origin;
  status: number | null;
  /** Every documented message of the code (a code with several API rows has several). */
  messages: string[];
  /** A lint-only code's default severity. */
  severity?: Severity;
  dialects: readonly DialectName[];
  trigger: string;
  source: string;
  fix: string;
  /** None for a code no spec causes (`RuleFailure`: a bug in clusterlint). */
  failing?: Example;
  passing: Example;
  /** The README catalogue anchor and the full link to it. */
  anchor: string;
  url: string;
}

/** A step from a schema node to a child: a property, `*` (a map's value), `[]` (an item) or `<name>` (a map's key). */
type Step = string;

interface ParamNode {
  steps: Step[];
  node: SchemaNode;
  /** The nodes the steps pass through, the root first (resolved). */
  path: SchemaNode[];
}

/** Each `x-parameter` of a dialect's schema with the first path that reaches it (the cluster's before a group's). */
function parameterNodes(dialect: Dialect): Map<string, ParamNode> {
  const out = new Map<string, ParamNode>();
  const queue: ParamNode[] = [{ steps: [], node: dialect.schema, path: [] }];
  const seen = new Set<SchemaNode>();
  while (queue.length) {
    const { steps, node: raw, path: above } = queue.shift()!;
    const node = deref(dialect.schema, raw);
    if (seen.has(node)) continue;
    seen.add(node);
    const param = node['x-parameter'];
    if (param && !out.has(param)) out.set(param, { steps, node, path: above });
    const path = [...above, node];
    for (const [name, child] of Object.entries(node.properties ?? {})) queue.push({ steps: [...steps, name], node: child, path });
    if (typeof node.additionalProperties === 'object') queue.push({ steps: [...steps, '*'], node: node.additionalProperties, path });
    if (node.items) queue.push({ steps: [...steps, '[]'], node: node.items, path });
    if (node.propertyNames) queue.push({ steps: [...steps, '<name>'], node: node.propertyNames, path });
  }
  return out;
}

const typesOf = (node: SchemaNode): string[] => (node.type === undefined ? [] : Array.isArray(node.type) ? (node.type as string[]) : [node.type as string]);

/** A value of a type the node does not take. */
function wrongValue(node: SchemaNode): unknown {
  const types = typesOf(node);
  if (!types.includes('string')) return 'x';
  if (!types.includes('integer') && !types.includes('number')) return 12345;
  return {};
}

/**
 * A value the node takes, when its schema says one plainly: its first example, its default, its
 * first non-empty allowed value, a boolean, or the lower bound of a number; else undefined.
 */
function rightValue(node: SchemaNode): unknown {
  const n = node as Record<string, unknown>;
  if (Array.isArray(n.examples) && n.examples.length) return n.examples[0];
  if (Array.isArray(n.enum)) return (n.enum as unknown[]).find((v) => v !== '') ?? n.enum[0];
  if (n.default !== undefined && n.default !== '') return n.default;
  const types = typesOf(node);
  if (types.length !== 1) return undefined;
  if (types[0] === 'boolean') return true;
  if ((types[0] === 'integer' || types[0] === 'number') && typeof n.minimum === 'number' && typeof n.maximum === 'number') return n.minimum;
  return undefined;
}

/** Whether setting a value at the parameter creates no object the schema requires keys of (a passing example must stay whole). */
function createsNoRequired(starter: Record<string, unknown>, p: ParamNode): boolean {
  let at: unknown = starter;
  for (let i = 0; i < p.steps.length; i++) {
    const step = p.steps[i]!;
    const exists = at !== null && typeof at === 'object' && !Array.isArray(at) && step in (at as object);
    if (!exists) return p.path.slice(i + 1).every((node) => !(node.required ?? []).length) && !(p.node.required ?? []).length;
    at = (at as Record<string, unknown>)[step];
  }
  return true;
}

/** Parameters that a valid value alone does not make a passing body: an Express Connect field needs the three Opposite… ids (rule express-connect). */
const ALONE_FAILS = new Set(['Configs.Networks.VPC.OppositeRouterType']);

/** The key a generated example uses where the schema takes any key (`UserData.{key}`, a group name). */
const EXAMPLE_KEY = 'team';

/** `body` with the value at `steps` set to `value`, or removed when `value` is undefined; containers on the way are created. */
function withValue(body: Record<string, unknown>, steps: readonly Step[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  let at: Record<string, unknown> | unknown[] = copy;
  for (let i = 0; i < steps.length; i++) {
    const last = i === steps.length - 1;
    let key: string | number = steps[i]!;
    if (key === '[]') key = 0;
    else if (key === '*') key = Object.keys(at)[0] ?? EXAMPLE_KEY;
    const container = at as Record<string | number, unknown>;
    if (last) {
      if (value === undefined) delete container[key];
      else container[key] = value;
      break;
    }
    if (typeof container[key] !== 'object' || container[key] === null) container[key] = steps[i + 1] === '[]' ? [{}] : {};
    at = container[key] as Record<string, unknown>;
  }
  return copy;
}

/** The `$schema` reference of a generated example, as `clusterlint init` writes it (it also tells the dialect). */
const schemaRef = (dialect: Dialect) => `./node_modules/clusterlint/schemas/${dialect.schemaFile}`;

function jsonExample(dialect: Dialect, body: Record<string, unknown>, config?: ClusterlintConfig): Example {
  return { filename: 'cluster.json', text: `${JSON.stringify({ $schema: schemaRef(dialect), ...body }, null, 2)}\n`, ...(config ? { config } : {}) };
}

/** A change to a dialect's starter body, or a whole example, for the codes whose examples are written by hand. */
type Hand = {
  /** `null` for a code no spec causes. */
  failing: ((body: Record<string, any>) => void) | Example | null;
  passing?: ((body: Record<string, any>) => void) | Example;
  config?: ClusterlintConfig;
  fix: string;
};

const VPC = (body: Record<string, any>) => {
  body.Configs = { Networks: { VPC: { VpcId: 'vpc-2zeabc', CidrBlock: '192.168.0.0/16' } } };
};
const group = (body: Record<string, any>) => body.Groups.group1 as Record<string, unknown>;
const yaml = (text: string, config?: ClusterlintConfig): Example => ({ filename: 'cluster.yaml', text, ...(config ? { config } : {}) });

/** The Batch Compute starter as YAML lines (for hand-written YAML examples). */
const BC_YAML = [
  `# yaml-language-server: $schema=./node_modules/clusterlint/schemas/batchcompute-cluster.schema.json`,
  'Name: my-cluster',
  'ImageId: m-2309yqb5n',
  'InstanceType: ecs.sn1.medium',
  'Groups:',
  '  group1:',
  '    DesiredVMCount: 1',
  '    ResourceType: OnDemand',
];

/**
 * API rows and lint codes: the one change that triggers each, and how to fix it. Made on first
 * use (`--explain`, the docs): building it cost a fifth of a millisecond of every start.
 */
let handMade: Record<string, Hand> | undefined;
const handTable = (): Record<string, Hand> =>
  (handMade ??= {
    IdempotentTokenMismatch: {
      failing: yaml(`${BC_YAML.join('\n')}\nIdempotentToken: deploy_42\n---\n${BC_YAML.slice(1).join('\n').replace('my-cluster', 'other-cluster')}\nIdempotentToken: deploy_42\n`),
      passing: yaml(`${BC_YAML.join('\n')}\nIdempotentToken: deploy_42\n---\n${BC_YAML.slice(1).join('\n').replace('my-cluster', 'other-cluster')}\nIdempotentToken: deploy_43\n`),
      fix: 'Give each different body its own IdempotentToken (a token may only be repeated with the very same body, to retry a request).',
    },
    InvalidJsonFormat: {
      failing: { filename: 'cluster.json', text: '{\n  "Name": "my-cluster",\n  "ImageId": "m-2309yqb5n",\n}\n' },
      fix: 'Write the body as valid JSON (no trailing comma, quoted keys, no comments), or use YAML.',
    },
    InvalidHttpBody: {
      failing: yaml(`${BC_YAML[0]}\n- Name: my-cluster\n`),
      fix: 'The body is one object of parameters, not a list or a scalar.',
    },
    MissingName: { failing: (b) => delete b.Name, fix: 'Add a Name.' },
    'MissingConfigs.Networks.VPC.OppositeRouterId': {
      failing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeAccessPointId: 'ap-cn-hangzhou-xx', OppositeRegionId: 'cn-hangzhou' })),
      passing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterId: 'vbr-2ze1', OppositeAccessPointId: 'ap-cn-hangzhou-xx', OppositeRegionId: 'cn-hangzhou' })),
      fix: 'An Express Connect setting needs OppositeRouterId, OppositeAccessPointId and OppositeRegionId together: add the missing one, or remove the others.',
    },
    'MissingConfigs.Networks.VPC.OppositeAccessPointId': {
      failing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterId: 'vbr-2ze1', OppositeRegionId: 'cn-hangzhou' })),
      passing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterId: 'vbr-2ze1', OppositeAccessPointId: 'ap-cn-hangzhou-xx', OppositeRegionId: 'cn-hangzhou' })),
      fix: 'An Express Connect setting needs OppositeRouterId, OppositeAccessPointId and OppositeRegionId together: add the missing one, or remove the others.',
    },
    'MissingConfigs.Networks.VPC.OppositeRegionId': {
      failing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterId: 'vbr-2ze1', OppositeAccessPointId: 'ap-cn-hangzhou-xx' })),
      passing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterId: 'vbr-2ze1', OppositeAccessPointId: 'ap-cn-hangzhou-xx', OppositeRegionId: 'cn-hangzhou' })),
      fix: 'An Express Connect setting needs OppositeRouterId, OppositeAccessPointId and OppositeRegionId together: add the missing one, or remove the others.',
    },
    InvalidName: { failing: (b) => (b.Name = '1st cluster'), fix: 'Use a string of 1 to 64 characters from [a-zA-Z0-9_-] that does not start with a digit.' },
    InvalidDescription: { failing: (b) => (b.Description = 42), fix: 'Use a string of at most 1024 characters.' },
    MissingImageId: { failing: (b) => delete b.ImageId, fix: 'Add an ImageId (an ECS image m-… or a Batch Compute image img-…).' },
    InvalidImageId: { failing: (b) => (b.ImageId = ''), fix: 'Use an image id of 1 to 256 characters, starting with m- (ECS) or img- (Batch Compute).' },
    InvalidUserData: { failing: (b) => (b.UserData = 'team=data'), fix: 'UserData is an object of at most 64 string values.' },
    'InvalidUserData.{key}': { failing: (b) => (b.UserData = { '': 'data' }), passing: (b) => (b.UserData = { team: 'data' }), fix: 'Use keys of 1 to 128 characters.' },
    'InvalidUserData.{key}.value': { failing: (b) => (b.UserData = { team: 42 }), passing: (b) => (b.UserData = { team: '42' }), fix: 'Write each value as a string (quote numbers and booleans) of at most 1024 characters.' },
    InvalidGroups: { failing: (b) => (b.Groups = 'group1'), fix: 'Groups is an object of 1 to 64 named groups.' },
    'InvalidGroups.{key}': { failing: (b) => (b.Groups = { group1: 'ecs.sn1.medium' }), fix: 'Each group is an object (DesiredVMCount, ResourceType, …) under a name of 1 to 64 characters.' },
    MissingDesiredVMCount: { failing: (b) => delete group(b).DesiredVMCount, fix: 'Give each group a DesiredVMCount.' },
    InvalidDesiredVMCount: { failing: (b) => (group(b).DesiredVMCount = '2'), fix: 'Use a whole number in [1, 65536], written without quotes (0 is accepted with a warning: an empty group, scaled later).' },
    InvalidCidrBlock: {
      failing: (b) => (VPC(b), (b.Configs.Networks.VPC.CidrBlock = '8.8.8.0/24')),
      passing: VPC,
      fix: 'Use a private IPv4 network (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16) with a mask from 12 to 24.',
    },
    'QuotaExhausted.MaxClusterCount': {
      failing: yaml(`${BC_YAML.join('\n')}\n---\n${BC_YAML.slice(1).join('\n').replace('my-cluster', 'other-cluster')}\n`, { quotas: { MaxClusterCount: 1 } }),
      passing: yaml(`${BC_YAML.join('\n')}\n`, { quotas: { MaxClusterCount: 1 } }),
      fix: 'Create fewer clusters in one run, or raise the quota (and the config\'s quotas.MaxClusterCount) with Alibaba Cloud.',
    },
    'QuotaExhausted.MaxClusterGroupCount': {
      failing: (b) => (b.Groups.group2 = { DesiredVMCount: 1, ResourceType: 'OnDemand' }),
      config: { quotas: { MaxClusterGroupCount: 1 } },
      fix: 'Use fewer groups, or raise the quota (and the config\'s quotas.MaxClusterGroupCount).',
    },
    'QuotaExhausted.MaxClusterGroupDesiredVMCount': {
      failing: (b) => (group(b).DesiredVMCount = 3),
      config: { quotas: { MaxClusterGroupDesiredVMCount: 2 } },
      fix: 'Ask for fewer VMs per group, or raise the quota (and the config\'s quotas.MaxClusterGroupDesiredVMCount).',
    },
    'QuotaExhausted.Configs.Networks.VPC.OppositeRouterType': {
      failing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterType: 'VBR', OppositeRouterId: 'vbr-2ze1', OppositeAccessPointId: 'ap-cn-hangzhou-xx', OppositeRegionId: 'cn-hangzhou' })),
      passing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterType: 'VRouter', OppositeRouterId: 'vrt-2ze1', OppositeAccessPointId: 'ap-cn-hangzhou-xx', OppositeRegionId: 'cn-hangzhou' })),
      config: { forbiddenOppositeRouterTypes: ['VBR'] },
      fix: 'Use a router type the account may use (the config\'s forbiddenOppositeRouterTypes lists the forbidden ones).',
    },
    MissingInstanceType: { failing: (b) => delete b.InstanceType, fix: 'Name an InstanceType on the cluster, or on each group.' },
    InvalidInstanceType: {
      failing: (b) => (b.InstanceType = 'ecs.sn1.large'),
      config: { instanceTypes: ['ecs.sn1.medium'] },
      fix: 'Use an instance type of the form ecs.<family>.<size> or bcs.<family>.<size>, from the config\'s instanceTypes when it lists them.',
    },
    MissingResourceType: { failing: (b) => delete group(b).ResourceType, fix: 'Give each group a ResourceType: OnDemand, Spot or PrePaid.' },
    InvalidResourceType: { failing: (b) => (group(b).ResourceType = 'Reserved'), fix: 'Use OnDemand, Spot or PrePaid.' },
    'Invalid{Parameter}': {
      failing: (b) => (b.Bootstrap = 42),
      fix: 'Give the parameter the type and value the API documents (the schema says which; `--explain` on the reported code, e.g. InvalidBootstrap, says more).',
    },
    // Lint-only codes.
    InvalidYamlFormat: { failing: yaml(`${BC_YAML.join('\n')}\nDescription: [unclosed\n`), passing: yaml(`${BC_YAML.join('\n')}\n`), fix: 'Correct the YAML syntax at the reported position (or quote the value).' },
    FileTooLarge: {
      failing: (b) => (b.Description = 'x'.repeat(600)),
      config: { maxFileSize: 512 },
      fix: 'Split the file, or raise maxFileSize in the config (up to 256 MiB).',
    },
    TooManyFindings: {
      failing: (b) => ((b.Name = '1st cluster'), (b.Description = 42)),
      config: { maxFindingsPerFile: 1 },
      fix: 'Fix the findings shown and run again, or raise maxFindingsPerFile in the config.',
    },
    UnknownDialect: {
      failing: { filename: 'cluster.json', text: '{\n  "cluster": "my-cluster"\n}\n' },
      fix: 'Add a "$schema" reference to the dialect\'s schema (as clusterlint init writes it), or pass --dialect.',
    },
    DuplicateKey: { failing: yaml(`${BC_YAML.join('\n')}\nName: my-cluster-2\n`), passing: yaml(`${BC_YAML.join('\n')}\n`), fix: 'Keep one of the keys (the API would silently use only one of the values).' },
    UnknownParameter: { failing: (b) => (b.Descripton = 'What the cluster is for'), fix: 'Correct the key\'s spelling (the detail suggests the nearest parameter) or remove it.' },
    PlaintextSecret: {
      failing: (b) => (b.UserData = { DB_PASSWORD: 'hunter2' }),
      fix: 'Inject the secret at deploy time (a secret store, an environment variable) instead of committing it; suppress with a reason if the value is a placeholder.',
    },
    SpotSettingIgnored: { failing: (b) => (group(b).SpotStrategy = 'SpotAsPriceGo'), passing: (b) => Object.assign(group(b), { ResourceType: 'Spot', SpotStrategy: 'SpotAsPriceGo' }), fix: 'Set ResourceType: Spot on the group, or remove the spot settings.' },
    SpotPriceLimitMissing: {
      failing: (b) => Object.assign(group(b), { ResourceType: 'Spot', SpotStrategy: 'SpotWithPriceLimit' }),
      passing: (b) => Object.assign(group(b), { ResourceType: 'Spot', SpotStrategy: 'SpotWithPriceLimit', SpotPriceLimit: 0.5 }),
      fix: 'Add a SpotPriceLimit (the hourly price to bid up to), or use SpotAsPriceGo.',
    },
    BcsInstanceTypeInVpc: { failing: (b) => (VPC(b), (b.InstanceType = 'bcs.a2.large')), passing: VPC, fix: 'Use an ecs.* instance type in a VPC cluster, or drop the VPC.' },
    BcsInstanceTypeDiskType: {
      failing: (b) => ((b.InstanceType = 'bcs.a2.large'), (b.Configs = { Disks: { SystemDisk: { Type: 'cloud_ssd', Size: 40 } } })),
      passing: (b) => ((b.InstanceType = 'bcs.a2.large'), (b.Configs = { Disks: { SystemDisk: { Type: 'ephemeral', Size: 40 } } })),
      fix: 'Use ephemeral disks with a bcs.* instance type, or choose an ecs.* type.',
    },
    UnusedSuppression: {
      failing: yaml(`${BC_YAML.join('\n')}\n# clusterlint-disable-next-line InvalidDescription -- kept from an old spec\nDescription: What the cluster is for\n`),
      passing: yaml(`${BC_YAML.join('\n')}\n# clusterlint-disable-next-line InvalidDescription -- the console shows numbers\nDescription: 42\n`),
      fix: 'Remove the comment, or correct the code it names.',
    },
    RuleFailure: {
      failing: null,
      fix: 'Report the bug with the detail and the shape of the spec (never its secrets); the other checks of the document ran, and a rule can be turned off with severity: { RuleFailure: "off" } meanwhile.',
    },
    NetworkModeConflict: {
      failing: (b) => (b.Configs = { Networks: { Classic: { AllowIpAddress: ['10.0.0.1'] }, VPC: { VpcId: 'vpc-2zeabc', CidrBlock: '192.168.0.0/16' } } }),
      passing: VPC,
      fix: 'Choose one network: remove Networks.Classic or Networks.VPC.',
    },
  });

/** What a templated parameter takes, from its schema node: type, allowed values, bounds, format. */
function accepts(node: SchemaNode): string {
  const parts: string[] = [];
  const types = typesOf(node);
  if (types.length) parts.push(`a value of type ${types.join(' or ')}`);
  const n = node as Record<string, unknown>;
  if (Array.isArray(n.enum)) parts.push(`one of ${(n.enum as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`);
  const range = (min: unknown, max: unknown, what: string) => {
    if (min !== undefined && max !== undefined) parts.push(`${what} in [${min}, ${max}]`);
    else if (min !== undefined) parts.push(`${what} of at least ${min}`);
    else if (max !== undefined) parts.push(`${what} of at most ${max}`);
  };
  range(n.minimum, n.maximum, 'a value');
  range(n.minLength, n.maxLength, 'a length');
  range(n.minItems, n.maxItems, 'a number of items');
  range(n.minProperties, n.maxProperties, 'a number of keys');
  if (typeof n['x-hint'] === 'string') parts.push(n['x-hint'] as string);
  else if (typeof n.pattern === 'string') parts.push(`matching ${n.pattern}`);
  return parts.join('; ');
}

/** The rules that report a code, as "rule `id`: docs" sentences (they name the source each follows). */
function ruleDocs(code: string): string[] {
  return [...RULES, ...CROSS_FILE_RULES].filter((r) => r.codes.includes(code)).map((r) => `rule \`${r.id}\`: ${r.docs}`);
}

/** How the trigger names an API row's kind of check. */
const KIND_LABEL: Record<string, string> = { missing: 'presence', syntax: 'syntax', type: 'type', bounds: 'length / size / range', format: 'format', quota: 'quota' };

const SEED = 'The Batch Compute CreateCluster error table (shared seed batchcompute-createcluster.txt), verbatim';

let docs: Map<string, CodeDoc> | undefined;

/** The documentation of every catalogue code, keyed by the catalogue's spelling, in catalogue order. */
export function codeDocs(): ReadonlyMap<string, CodeDoc> {
  if (docs) return docs;
  docs = new Map();
  const params = new Map(Object.values(DIALECTS).map((d) => [d.name, parameterNodes(d)]));
  const templates = new Map(Object.values(DIALECTS).flatMap((d) => templateCodes(d).map((t) => [t.code, t] as const)));
  const seen = new Map<string, CodeInfo[]>();
  for (const info of catalogueCodes()) {
    const list = seen.get(info.code);
    if (list) list.push(info);
    else seen.set(info.code, [info]);
  }
  for (const [code, infos] of seen) {
    const info = infos[0]!;
    const dialect = DIALECTS[info.dialects[0]!];
    const starter = starterBody(dialect);
    const anchor = catalogueAnchor(code);
    const rules = ruleDocs(code);
    const messages = [...new Set(infos.map((i) => i.message))];
    let trigger: string;
    let source: string;
    let fix: string;
    let failing: Example | undefined;
    let passing: Example = jsonExample(dialect, starter);
    const hand = handTable()[code];
    if (hand) {
      const make = (change: NonNullable<Hand['failing']>) => (typeof change === 'function' ? ((body) => (change(body), jsonExample(dialect, body, hand.config)))(structuredClone(starter)) : change);
      failing = hand.failing === null ? undefined : make(hand.failing);
      if (hand.passing) passing = make(hand.passing);
      else if (hand.config) passing = jsonExample(dialect, starter, hand.config);
      fix = hand.fix;
    } else {
      const t = templates.get(code);
      const p = t && params.get(dialect.name)!.get(t.parameter);
      if (!t || !p) throw new Error(`no example for ${code}`);
      const steps = p.steps.map((s) => (s === '*' && p.steps[0] !== 'Groups' ? EXAMPLE_KEY : s));
      if (code.startsWith('Missing')) {
        failing = jsonExample(dialect, withValue(starter, steps, undefined));
        fix = `Add ${t.parameter}${steps.length > 1 ? ` (it is required when its parent, ${t.parameter.split('.').slice(0, -1).join('.') || 'the body'}, is given)` : ''}.`;
      } else {
        failing = jsonExample(dialect, withValue(starter, steps, wrongValue(p.node)));
        // The passing example gives the parameter a value its schema names, when that is plain.
        const right = rightValue(p.node);
        if (right !== undefined && !ALONE_FAILS.has(t.parameter) && !p.steps.includes('[]') && !p.steps.includes('<name>') && createsNoRequired(starter, p)) passing = jsonExample(dialect, withValue(starter, steps, right));
        const checkedBy = RULES.filter((r) => r.codes.includes(code)).map((r) => `\`${r.id}\``);
        fix = `Give ${t.parameter} ${accepts(p.node) || 'a value the API documents'}${checkedBy.length ? `, and one that the rule ${checkedBy.join(', ')} accepts (its description says what it checks)` : ''}.`;
      }
    }
    if (info.origin === 'api') {
      const rows = rowsFor(code);
      const kinds = [...new Set(rows.map((r) => r.kind).filter((k) => k !== undefined))].map((k) => KIND_LABEL[k]);
      const what =
        rows.every((r) => r.kind === 'missing')
          ? 'the parameter the message names is left out'
          : `the body fails ${kinds.length ? `the ${kinds.join(', ')} check${kinds.length > 1 ? 's' : ''}` : 'the check'} that the message${messages.length > 1 ? 's' : ''} above describe${messages.length > 1 ? '' : 's'}`;
      trigger = `The API answers ${code} (HTTP ${info.status}) when ${what}.${rules.length ? ` Checked by ${rules.join(' ')}` : ''}`;
      source = `${SEED}.${rows.map((r) => r.note).filter(Boolean).map((n) => ` Beyond the English page: ${n}`).join('')}`;
    } else if (info.origin === 'template') {
      const t = templates.get(code)!;
      const p = params.get(dialect.name)!.get(t.parameter)!;
      const title = typeof p.node.title === 'string' ? ` (${p.node.title})` : '';
      trigger = `${code.startsWith('Missing') ? `${t.parameter}${title} is left out` : `${t.parameter}${title} has a value the API refuses; it takes ${accepts(p.node) || 'what the schema describes'}`}.${rules.length ? ` Also checked by ${rules.join(' ')}` : ''}`;
      const comment = typeof p.node.$comment === 'string' ? ` The schema says: ${p.node.$comment}` : '';
      source = `The API's ${code.startsWith('Missing') ? 'Missing{Parameter}' : 'Invalid{Parameter}'} template (SPEC §3) for a parameter without a row of its own; the parameter is defined in schemas/${dialect.schemaFile}.${comment}`;
    } else {
      trigger = `${info.summary ?? ''}${rules.length ? ` Checked by ${rules.join(' ')}` : ''}`;
      source = rules.length ? 'See the rule above: its description names the source it follows.' : "clusterlint's own check (SPEC §3, lint-only codes): the API itself does not report it.";
    }
    docs.set(code, {
      code,
      origin: info.origin,
      status: info.status,
      messages,
      ...(info.severity ? { severity: info.severity } : {}),
      dialects: [...new Set(infos.flatMap((i) => i.dialects))],
      trigger,
      source,
      fix,
      failing,
      passing,
      anchor,
      url: `${REPOSITORY_URL}#${anchor}`,
    });
  }
  return docs;
}

/**
 * The documentation of the code a user names: a catalogue code, or a reported code with its key
 * filled in (`InvalidUserData.team.value` → `InvalidUserData.{key}.value`). An unknown name is a
 * usage error with a did-you-mean.
 */
export function explainDoc(name: string): CodeDoc {
  const all = codeDocs();
  const direct = all.get(name);
  if (direct) return direct;
  if (!/[*{}]/.test(name)) {
    const viaRow = catalogueEntry(name, 'api').code;
    if (all.has(viaRow) && viaRow !== 'Invalid{Parameter}' && viaRow !== 'Missing{Parameter}') return all.get(viaRow)!;
    const viaTemplate = templateCatalogueCode(name);
    if (all.has(viaTemplate)) return all.get(viaTemplate)!;
  }
  const shown = JSON.stringify(name);
  if (name.includes('*')) throw new UsageError(`--explain takes one code, not a pattern: ${shown}`);
  // The config's wording, unless it suggests a `*` pattern, which --explain does not take.
  const problem = codeNameProblem(name);
  if (problem && !problem.includes('*')) throw new UsageError(`--explain: ${problem}`);
  const near = closest(name, [...all.keys()]);
  throw new UsageError(`--explain: ${shown} is not a code clusterlint reports${near ? `; did you mean "${near}"?` : ''}`);
}

const indent = (text: string) =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l ? `    ${l}` : l))
    .join('\n');

function exampleText(e: Example): string {
  const config = e.config ? `  with clusterlint.config.json: ${JSON.stringify(e.config)}\n` : '';
  return `${config}  ${e.filename}:\n${indent(e.text)}\n`;
}

/** `--explain`'s text for one code. */
export function explainText(doc: CodeDoc): string {
  const head = [`origin: ${doc.origin}`, `HTTP status: ${doc.status ?? 'none (lint-only)'}`];
  if (doc.severity) head.push(`default severity: ${doc.severity}`);
  head.push(`dialects: ${doc.dialects.join(', ')}`);
  return [
    `${doc.code}`,
    `${head.join('; ')}`,
    '',
    `Message${doc.messages.length > 1 ? 's' : ''}:`,
    ...doc.messages.map((m) => `  ${m}`),
    '',
    'What triggers it:',
    `  ${doc.trigger}`,
    '',
    'Source:',
    `  ${doc.source}`,
    '',
    'How to fix it:',
    `  ${doc.fix}`,
    '',
    'Failing example:',
    doc.failing ? exampleText(doc.failing) : `  None: no spec causes ${doc.code}; it reports a bug in clusterlint.\n`,
    'Passing example:',
    exampleText(doc.passing),
    `Documentation: ${doc.url}`,
    '',
  ].join('\n');
}
