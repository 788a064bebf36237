/**
 * Hover with the real engines: the field's title and description, which state its limit and the
 * codes clusterlint reports for it.
 */
import { describe, expect, it } from 'vitest';
import { DIALECTS, type SchemaNode } from '../../src/dialect/dialect.js';
import { catalogAssociations, jsonEngine, yamlEngine } from './engines.js';

const BC = DIALECTS.batchcompute!.schema;
const CS = DIALECTS.containerservice!.schema;
const GROUP = (BC.definitions as Record<string, SchemaNode>).Group!;

interface HoverCase {
  node: SchemaNode;
  json: { uri: string; text: string };
  yaml: { uri: string; text: string };
  /** Words the hover must show: the limit and the codes. */
  shows: string[];
}

const BC_JSON = 'file:///project/etl.batchcompute.json';
const BC_YAML = 'file:///project/etl.batchcompute.yaml';
const CS_JSON = 'file:///project/web.containerservice.json';
const CS_YAML = 'file:///project/web.containerservice.yaml';

const CASES: Record<string, HoverCase> = {
  Name: {
    node: BC.properties!.Name!,
    json: { uri: BC_JSON, text: '{"Na|me": "etl"}' },
    yaml: { uri: BC_YAML, text: 'Na|me: etl\n' },
    shows: ['Cluster name', '**1–64**', '`[a-zA-Z0-9_-]`', '`MissingName`', '`InvalidName`'],
  },
  DesiredVMCount: {
    node: GROUP.properties!.DesiredVMCount!,
    json: { uri: BC_JSON, text: '{"Groups": {"g1": {"DesiredVM|Count": 2}}}' },
    yaml: { uri: BC_YAML, text: 'Groups:\n  g1:\n    DesiredVM|Count: 2\n' },
    shows: ['Desired VM count', '**65536**', '`InvalidDesiredVMCount`', '`QuotaExhausted.MaxClusterGroupDesiredVMCount`'],
  },
  'a group name': {
    node: GROUP,
    json: { uri: BC_JSON, text: '{"Groups": {"work|ers": {"DesiredVMCount": 2}}}' },
    yaml: { uri: BC_YAML, text: 'Groups:\n  work|ers:\n    DesiredVMCount: 2\n' },
    shows: ['Instance group', '**1–64**', '`InvalidGroups.{key}`', '`MissingResourceType`'],
  },
  'the system disk Size': {
    node: BC.properties!.Configs!.properties!.Disks!.properties!.SystemDisk!.properties!.Size!,
    json: { uri: BC_JSON, text: '{"Configs": {"Disks": {"SystemDisk": {"Si|ze": 40}}}}' },
    yaml: { uri: BC_YAML, text: 'Configs:\n  Disks:\n    SystemDisk:\n      Si|ze: 40\n' },
    shows: ['System disk size in GB', '**40**', '**500**', '`InvalidConfigs.Disks.SystemDisk.Size`'],
  },
  'data_disk_size': {
    node: CS.properties!.data_disk_size!,
    json: { uri: CS_JSON, text: '{"data_disk_category": "cloud", "data_disk|_size": 40}' },
    yaml: { uri: CS_YAML, text: 'data_disk_category: cloud\ndata_disk|_size: 40\n' },
    shows: ['Data disk size in GB', '**5–2000**', '**20–32768**', '`InvalidDataDiskSize`', '`MissingDataDiskSize`'],
  },
  password: {
    node: CS.properties!.password!,
    json: { uri: CS_JSON, text: '{"pass|word": "x"}' },
    yaml: { uri: CS_YAML, text: 'pass|word: x\n' },
    shows: ['Root password', '**8–30**', '`InvalidPassword`', '`PlaintextSecret`'],
  },
};

describe.each([
  ['json', jsonEngine(catalogAssociations())],
  ['yaml', yamlEngine(catalogAssociations())],
] as const)('%s: hover', (name, engine) => {
  for (const [field, c] of Object.entries(CASES)) {
    it(`on ${field}: its title and description, with the limit and the codes`, async () => {
      const text = await engine.hover(c[name].text, c[name].uri);
      expect(text).toContain(String(c.node.title));
      expect(text).toContain(String(c.node.markdownDescription));
      for (const words of c.shows) expect(text).toContain(words);
    });
  }

  it('on a key the schema does not know: nothing', async () => {
    expect(await engine.hover(name === 'json' ? '{"Colo|ur": 1}' : 'Colo|ur: 1\n', name === 'json' ? BC_JSON : BC_YAML)).toBe('');
  });
});
