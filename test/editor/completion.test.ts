/**
 * Completion with the real engines (VS Code's JSON service and yaml-language-server), the schemas
 * associated through the package's catalog: at each cursor, exactly the fields allowed there
 * (none already written, none from elsewhere), each with its documentation; and for values,
 * exactly the allowed values with their own descriptions.
 */
import { describe, expect, it } from 'vitest';
import { DIALECTS, schemaAt, type Dialect, type SchemaNode } from '../../src/dialect/dialect.js';
import { tokens } from '../../src/parse/pointer.js';
import { REGIONS } from '../../rules/lib/regions.js';
import { catalogAssociations, jsonEngine, propertyLabels, SCHEMA_FILES, schemaUrl, yamlEngine, type Completion, type Engine } from './engines.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CONFIG = JSON.parse(readFileSync(fileURLToPath(schemaUrl(SCHEMA_FILES.config)), 'utf8')) as SchemaNode;
const SCHEMAS = { batchcompute: DIALECTS.batchcompute!.schema, containerservice: DIALECTS.containerservice!.schema, config: CONFIG };
type SchemaName = keyof typeof SCHEMAS;

/** The schema node describing the value at a pointer (`/Groups/g1`), as the engine resolves it. */
function nodeAt(schema: SchemaName, pointer: string): SchemaNode {
  const node = schemaAt({ schema: SCHEMAS[schema] } as Dialect, tokens(pointer));
  if (!node) throw new Error(`no schema node at ${pointer}`);
  return node;
}

/** A property's own node, or the definition it refers to. */
function propertyAt(schema: SchemaName, pointer: string, name: string): SchemaNode {
  const node = nodeAt(schema, pointer).properties![name]!;
  return node.$ref ? (SCHEMAS[schema].definitions as Record<string, SchemaNode>)[node.$ref.split('/').pop()!]! : node;
}

/** Where each kind of file is, so that the catalog's fileMatch associates it. */
const URIS: Record<SchemaName, { json: string; yaml: string }> = {
  batchcompute: { json: 'file:///project/specs/etl.batchcompute.json', yaml: 'file:///project/specs/etl.batchcompute.yaml' },
  containerservice: { json: 'file:///project/web.containerservice.json', yaml: 'file:///project/web.containerservice.yml' },
  config: { json: 'file:///project/clusterlint.config.json', yaml: 'file:///project/clusterlint.config.yaml' },
};

const ENGINES = { json: jsonEngine(catalogAssociations()), yaml: yamlEngine(catalogAssociations()) };
type EngineName = keyof typeof ENGINES;

/** The documentation both engines show for a property, to a client that renders Markdown (as VS Code does). */
const propertyDoc = (node: SchemaNode) => String(node.markdownDescription);

const unquote = (label: string) => label.replace(/^"(.*)"$/, '$1');

interface FieldCase {
  schema: SchemaName;
  /** The object the cursor stands in. */
  pointer: string;
  json: string;
  yaml: string;
  fields: string[];
}

const BC_ROOT = [
  '$schema', 'Bootstrap', 'Configs', 'DependencyIsvService', 'Description', 'EnvVars', 'Groups', 'IdempotentToken', 'ImageId', 'InstanceType', 'Name', 'Notification',
  'PasswordInherit', 'ScheduleType', 'UserData',
];
const GROUP = ['DesiredVMCount', 'HostnamePrefix', 'ImageId', 'InstanceType', 'Mode', 'ResourceType', 'SpotPriceLimit', 'SpotStrategy'];
const without = (list: string[], ...gone: string[]) => list.filter((x) => !gone.includes(x));

const FIELD_CASES: Record<string, FieldCase> = {
  'an empty Batch Compute spec': { schema: 'batchcompute', pointer: '', json: '{|}', yaml: '|', fields: BC_ROOT },
  'a Batch Compute spec that has Name and Groups': {
    schema: 'batchcompute',
    pointer: '',
    json: '{\n  "Name": "etl",\n  |\n  "Groups": {}\n}',
    yaml: 'Name: etl\n|\nGroups: {}\n',
    fields: without(BC_ROOT, 'Name', 'Groups'),
  },
  'a group': { schema: 'batchcompute', pointer: '/Groups/g1', json: '{"Groups": {"g1": {|}}}', yaml: 'Groups:\n  g1:\n    |', fields: GROUP },
  'a group that has ResourceType': {
    schema: 'batchcompute',
    pointer: '/Groups/g1',
    json: '{"Groups": {"g1": {"ResourceType": "Spot", |}}}',
    yaml: 'Groups:\n  g1:\n    ResourceType: Spot\n    |',
    fields: without(GROUP, 'ResourceType'),
  },
  Configs: { schema: 'batchcompute', pointer: '/Configs', json: '{"Configs": {|}}', yaml: 'Configs:\n  |', fields: ['Disks', 'Mounts', 'Networks'] },
  'a data disk': {
    schema: 'batchcompute',
    pointer: '/Configs/Disks/DataDisk',
    json: '{"Configs": {"Disks": {"DataDisk": {|}}}}',
    yaml: 'Configs:\n  Disks:\n    DataDisk:\n      |',
    fields: ['MountPoint', 'Size', 'Type'],
  },
  Mounts: {
    schema: 'batchcompute',
    pointer: '/Configs/Mounts',
    json: '{"Configs": {"Mounts": {|}}}',
    yaml: 'Configs:\n  Mounts:\n    |',
    fields: ['CacheBlockSize', 'CacheSupport', 'CacheTotalSize', 'Entries', 'Locale', 'Lock', 'NAS', 'NasMetaCache', 'OSS', 'RefreshStrategy', 'RefreshTimeOut', 'RefreshTopicName'],
  },
  'a mount entry that has Source': {
    schema: 'batchcompute',
    pointer: '/Configs/Mounts/Entries/0',
    json: '{"Configs": {"Mounts": {"Entries": [{"Source": "oss://b/p/", |}]}}}',
    yaml: 'Configs:\n  Mounts:\n    Entries:\n      - Source: oss://b/p/\n        |',
    fields: ['Destination', 'WriteSupport'],
  },
  'OSS credentials': {
    schema: 'batchcompute',
    pointer: '/Configs/Mounts/OSS',
    json: '{"Configs": {"Mounts": {"OSS": {|}}}}',
    yaml: 'Configs:\n  Mounts:\n    OSS:\n      |',
    fields: ['AccessKeyId', 'AccessKeySecret', 'AccessSecurityToken', 'SecurityToken'],
  },
  'the VPC': {
    schema: 'batchcompute',
    pointer: '/Configs/Networks/VPC',
    json: '{"Configs": {"Networks": {"VPC": {|}}}}',
    yaml: 'Configs:\n  Networks:\n    VPC:\n      |',
    fields: ['CidrBlock', 'ExpressConnectSpec', 'OppositeAccessPointId', 'OppositeInterfaceId', 'OppositeRegionId', 'OppositeRouterId', 'OppositeRouterType', 'VpcId'],
  },
  'the classic network': {
    schema: 'batchcompute',
    pointer: '/Configs/Networks/Classic',
    json: '{"Configs": {"Networks": {"Classic": {|}}}}',
    yaml: 'Configs:\n  Networks:\n    Classic:\n      |',
    fields: ['AllowIpAddress', 'AllowIpAddressEgress', 'AllowSecurityGroup', 'AllowSecurityGroupEgress'],
  },
  'the MNS topic': {
    schema: 'batchcompute',
    pointer: '/Notification/Topic',
    json: '{"Notification": {"Topic": {|}}}',
    yaml: 'Notification:\n  Topic:\n    |',
    fields: ['Endpoint', 'Events', 'Name', 'UserData', 'UserTemplate'],
  },
  'a Container Service spec that has name and size': {
    schema: 'containerservice',
    pointer: '',
    json: '{"name": "web", "size": 2, |}',
    yaml: 'name: web\nsize: 2\n|',
    fields: [
      '$schema', 'data_disk_category', 'data_disk_size', 'ecs_image_id', 'instance_type', 'io_optimized', 'need_slb', 'network_mode', 'password', 'rds_instances',
      'region_id', 'release_eip_flag', 'subnet_cidr', 'vpc_id', 'vswitch_id',
    ],
  },
  'an empty config': {
    schema: 'config',
    pointer: '',
    json: '{|}',
    yaml: '|',
    fields: ['$schema', 'exclude', 'forbiddenOppositeRouterTypes', 'ignore', 'include', 'instanceTypes', 'maxFileSize', 'maxFindingsPerFile', 'overrides', 'quotas', 'severity'],
  },
  'a config override': { schema: 'config', pointer: '/overrides/0', json: '{"overrides": [{|}]}', yaml: 'overrides:\n  - |', fields: ['dialect', 'files', 'severity'] },
  'config quotas': {
    schema: 'config',
    pointer: '/quotas',
    json: '{"quotas": {|}}',
    yaml: 'quotas:\n  |',
    fields: ['MaxClusterCount', 'MaxClusterGroupCount', 'MaxClusterGroupDesiredVMCount'],
  },
};

describe.each(Object.keys(ENGINES) as EngineName[])('%s: fields offered', (engineName) => {
  const engine: Engine = ENGINES[engineName];
  for (const [where, c] of Object.entries(FIELD_CASES)) {
    it(`in ${where}: every field allowed there and none other, each with its documentation`, async () => {
      const items = await engine.complete(c[engineName], URIS[c.schema][engineName]);
      expect(propertyLabels(items)).toEqual([...c.fields].sort());
      for (const field of c.fields) {
        const item = items.find((i) => i.label === field)!;
        expect(item.documentation, field).toBe(propertyDoc(propertyAt(c.schema, c.pointer, field)));
      }
    });
  }
});

interface ValueCase {
  schema: SchemaName;
  pointer: string;
  json: string;
  yaml: string;
  values: string[];
}

const DISK_TYPES = ['', 'cloud', 'cloud_efficiency', 'cloud_ssd', 'ephemeral', 'ephemeral_ssd'];
const VALUE_CASES: Record<string, ValueCase> = {
  'a group ResourceType': { schema: 'batchcompute', pointer: '/Groups/g1/ResourceType', json: '{"Groups": {"g1": {"ResourceType": |}}}', yaml: 'Groups:\n  g1:\n    ResourceType: |', values: ['OnDemand', 'Spot', 'PrePaid'] },
  'a group SpotStrategy': {
    schema: 'batchcompute',
    pointer: '/Groups/g1/SpotStrategy',
    json: '{"Groups": {"g1": {"SpotStrategy": |}}}',
    yaml: 'Groups:\n  g1:\n    SpotStrategy: |',
    values: ['', 'SpotWithPriceLimit', 'SpotAsPriceGo'],
  },
  'the system disk Type': {
    schema: 'batchcompute',
    pointer: '/Configs/Disks/SystemDisk/Type',
    json: '{"Configs": {"Disks": {"SystemDisk": {"Type": |}}}}',
    yaml: 'Configs:\n  Disks:\n    SystemDisk:\n      Type: |',
    values: DISK_TYPES,
  },
  'the mount Locale': { schema: 'batchcompute', pointer: '/Configs/Mounts/Locale', json: '{"Configs": {"Mounts": {"Locale": |}}}', yaml: 'Configs:\n  Mounts:\n    Locale: |', values: ['GBK', 'UTF-8'] },
  'OppositeRouterType': {
    schema: 'batchcompute',
    pointer: '/Configs/Networks/VPC/OppositeRouterType',
    json: '{"Configs": {"Networks": {"VPC": {"OppositeRouterType": |}}}}',
    yaml: 'Configs:\n  Networks:\n    VPC:\n      OppositeRouterType: |',
    values: ['', 'VRouter', 'VBR'],
  },
  'an event': {
    schema: 'batchcompute',
    pointer: '/Notification/Topic/Events/0',
    json: '{"Notification": {"Topic": {"Events": [|]}}}',
    yaml: 'Notification:\n  Topic:\n    Events:\n      - |',
    values: ['OnClusterDeleted', 'OnInstanceCreated', 'OnInstanceActive'],
  },
  'data_disk_category': {
    schema: 'containerservice',
    pointer: '/data_disk_category',
    json: '{"data_disk_category": |}',
    yaml: 'data_disk_category: |',
    values: ['cloud', 'cloud_efficiency', 'cloud_ssd', 'cloud_essd', 'ephemeral_ssd'],
  },
  'io_optimized': { schema: 'containerservice', pointer: '/io_optimized', json: '{"io_optimized": |}', yaml: 'io_optimized: |', values: ['none', 'optimized', 'true', 'false'] },
  'network_mode': { schema: 'containerservice', pointer: '/network_mode', json: '{"network_mode": |}', yaml: 'network_mode: |', values: ['vpc'] },
  'an override dialect': { schema: 'config', pointer: '/overrides/0/dialect', json: '{"overrides": [{"dialect": |}]}', yaml: 'overrides:\n  - dialect: |', values: ['batchcompute', 'containerservice'] },
  'a severity': { schema: 'config', pointer: '/severity/Bcs*', json: '{"severity": {"Bcs*": |}}', yaml: 'severity:\n  Bcs*: |', values: ['error', 'warning', 'off'] },
};

/**
 * The node that lists a value's allowed values: the node itself, or for a value where other
 * strings are only a warning (`Locale`), the `anyOf` branch that offers the documented ones.
 */
function suggested(node: SchemaNode): SchemaNode {
  if (node.enum) return node;
  const branch = (node.anyOf as SchemaNode[] | undefined)?.find((b) => b.enum);
  if (!branch) throw new Error('no allowed values at this node');
  return branch;
}

/** Value items (not snippets), unquoted. */
const valueItems = (items: readonly Completion[]) => items.filter((i) => i.kind === 12).map((i) => ({ ...i, label: unquote(i.label) }));

describe.each(Object.keys(ENGINES) as EngineName[])('%s: values offered', (engineName) => {
  const engine: Engine = ENGINES[engineName];
  for (const [what, c] of Object.entries(VALUE_CASES)) {
    it(`for ${what}: exactly the allowed values, each with its description`, async () => {
      const items = valueItems(await engine.complete(c[engineName], URIS[c.schema][engineName]));
      expect(items.map((i) => i.label)).toEqual(c.values);
      const node = suggested(nodeAt(c.schema, c.pointer));
      const described = node.markdownEnumDescriptions as string[];
      for (const item of items) expect(item.documentation, item.label).toBe(described[node.enum!.indexOf(item.label)]);
    });
  }

  it('for booleans: true and false', async () => {
    const items = valueItems(await engine.complete(engineName === 'json' ? '{"need_slb": |}' : 'need_slb: |', URIS.containerservice[engineName]));
    expect(items.map((i) => i.label)).toEqual(['true', 'false']);
  });

  it('for region_id: every known region id', async () => {
    const items = valueItems(await engine.complete(engineName === 'json' ? '{"region_id": |}' : 'region_id: |', URIS.containerservice[engineName]));
    expect(items.map((i) => i.label)).toEqual(Object.keys(REGIONS));
  });
});

describe('map keys', () => {
  it('json: a Groups key offers the example group name; a severity key offers every code', async () => {
    expect(propertyLabels(await ENGINES.json.complete('{"Groups": {|}}', URIS.batchcompute.json))).toEqual(['group1']);
    const codes = propertyLabels(await ENGINES.json.complete('{"severity": {|}}', URIS.config.json));
    expect(codes).toEqual([...(CONFIG.definitions as Record<string, SchemaNode>).severityMap!.propertyNames!.examples as string[]].sort());
    expect(codes).toEqual(expect.arrayContaining(['UnknownParameter', 'InvalidUserData.*', 'QuotaExhausted.MaxClusterCount', 'InvalidSubnetCidr']));
  });

  it('yaml: a Groups key and a severity key offer a placeholder named by the key schema title', async () => {
    const groups = await ENGINES.yaml.complete('Groups:\n  |', URIS.batchcompute.yaml);
    expect(propertyLabels(groups)).toEqual(['Group name']);
    expect(groups.find((i) => i.label === 'Group name')!.insertText).toBe('${1:Group name}: ');
    expect(propertyLabels(await ENGINES.yaml.complete('severity:\n  |', URIS.config.yaml))).toEqual(['Code']);
  });
});

describe.each(Object.keys(ENGINES) as EngineName[])('%s: snippets', (engineName) => {
  const engine: Engine = ENGINES[engineName];
  const snippet = async (text: { json: string; yaml: string }, uri: string, label: string) => {
    const item = (await engine.complete(text[engineName], uri)).find((i) => i.label === label);
    expect(item, `${label} offered`).toBeDefined();
    return item!;
  };

  // VS Code's JSON service offers a snippet where the value goes (an empty file, after a key, in an
  // array); yaml-language-server also where the value's keys go.
  it('a whole Batch Compute cluster in an empty file, with a choice of ResourceType', async () => {
    const item = await snippet({ json: '|', yaml: '|' }, URIS.batchcompute[engineName], 'Batch Compute cluster');
    expect(item.insertText).toContain('${7|OnDemand,Spot|}');
    expect(item.insertText).toContain('${3:m-2309yqb5n}');
  });

  it('a whole Container Service cluster in an empty file, with a choice of disk category', async () => {
    const item = await snippet({ json: '|', yaml: '|' }, URIS.containerservice[engineName], 'Container Service cluster');
    expect(item.insertText).toContain('${9|cloud_ssd,cloud_efficiency,cloud_essd,ephemeral_ssd,cloud|}');
  });

  it('an on-demand or a spot group inside a group', async () => {
    const text = { json: '{"Groups": {"g1": |}}', yaml: 'Groups:\n  g1:\n    |' };
    expect((await snippet(text, URIS.batchcompute[engineName], 'On-demand group')).insertText).toMatch(/DesiredVMCount.*\$\{1:1\}[\s\S]*ResourceType.*OnDemand/);
    expect((await snippet(text, URIS.batchcompute[engineName], 'Spot group')).insertText).toMatch(/SpotStrategy.*SpotWithPriceLimit[\s\S]*SpotPriceLimit.*\$\{2:0\.5\}/);
  });

  it('a group as the value of Groups', async () => {
    const item = await snippet({ json: '{"Groups": |}', yaml: 'Groups: |' }, URIS.batchcompute[engineName], 'One on-demand group');
    expect(item.insertText).toContain('${1:group1}');
  });

  it('an OSS mount entry', async () => {
    const text = { json: '{"Configs": {"Mounts": {"Entries": [|]}}}', yaml: 'Configs:\n  Mounts:\n    Entries:\n      - |' };
    expect((await snippet(text, URIS.batchcompute[engineName], 'OSS mount')).insertText).toContain('oss://${1:your-bucket}/');
  });

  it('a config, and an override entry', async () => {
    expect((await snippet({ json: '|', yaml: '|' }, URIS.config[engineName], 'clusterlint config')).insertText).toContain('${7|error,warning,off|}');
    const override = { json: '{"overrides": [|]}', yaml: 'overrides:\n  - |' };
    expect((await snippet(override, URIS.config[engineName], 'Override for some files')).insertText).toContain('${2|containerservice,batchcompute|}');
  });
});
