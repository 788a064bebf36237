/**
 * The editors' own validation, with clusterlint's schemas, against clusterlint itself: on specs
 * whose mistakes a schema can state, the editor flags exactly the lines clusterlint reports, and
 * where the schema gives the documented message (types, allowed values, formats) the editor shows
 * clusterlint's message word for word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../src/dialect/dialect.js';
import { schemaRuleId } from '../../src/check/schema.js';
import type { DialectName } from '../../src/api/rule-api.js';
import { lintText, ROOT } from '../helpers.js';
import { catalogAssociations, jsonEngine, yamlEngine, type EditorDiagnostic } from './engines.js';

const BC_JSON = `{
  "Name": "2024 nightly",
  "Description": 42,
  "ImageId": "",
  "InstanceType": "ecs.sn1",
  "Colour": "blue",
  "Groups": {
    "workers": {
      "DesiredVMCount": -1,
      "ResourceType": "Preemptible"
    },
    "batch": {
      "ResourceType": "OnDemand"
    }
  },
  "Configs": {
    "Disks": {
      "SystemDisk": {
        "Type": "ssd",
        "Size": 20
      }
    },
    "Mounts": {
      "Locale": 8,
      "Entries": [
        {
          "Source": "s3://bucket/x",
          "Destination": "/data",
          "WriteSupport": "yes"
        }
      ]
    }
  },
  "Notification": {
    "Topic": {
      "Events": ["OnJobFailed"]
    }
  }
}
`;

const BC_YAML = `Name: 2024 nightly
Description: 42
ImageId: ""
InstanceType: ecs.sn1
Colour: blue
Groups:
  workers:
    DesiredVMCount: -1
    ResourceType: Preemptible
  batch:
    ResourceType: OnDemand
Configs:
  Disks:
    SystemDisk:
      Type: ssd
      Size: 20
  Mounts:
    Locale: 8
    Entries:
      - Source: s3://bucket/x
        Destination: /data
        WriteSupport: "yes"
Notification:
  Topic:
    Events:
      - OnJobFailed
`;

/** The codes clusterlint's schema pass reports for the Batch Compute specs above, in order. */
const BC_CODES = [
  'InvalidName', 'InvalidDescription', 'InvalidImageId', 'InvalidInstanceType', 'UnknownParameter', 'InvalidDesiredVMCount', 'InvalidResourceType',
  'MissingDesiredVMCount', 'InvalidConfigs.Disks.SystemDisk.Type', 'InvalidConfigs.Disks.SystemDisk.Size', 'InvalidConfigs.Mounts.Locale',
  'InvalidConfigs.Mounts.Entries.Source', 'InvalidConfigs.Mounts.Entries.WriteSupport', 'InvalidNotification.Topic.Events',
];

const CS_YAML = `name: -swarm
size: -1
instance_type: bcs.a2.large
network_mode: classic
subnet_cidr: 172.18.0.0/16
vpc_id: VPC-1
vswitch_id: vsw-1
password: 12345678
data_disk_category: cloud_gold
data_disk_size: 4
io_optimized: "yes"
need_slb: "true"
rds_instances: rm-1
zone_id: cn-hangzhou-b
`;

const CS_JSON = `{
  "name": "-swarm",
  "size": -1,
  "instance_type": "bcs.a2.large",
  "network_mode": "classic",
  "subnet_cidr": "172.18.0.0/16",
  "vpc_id": "VPC-1",
  "vswitch_id": "vsw-1",
  "password": 12345678,
  "data_disk_category": "cloud_gold",
  "data_disk_size": 4,
  "io_optimized": "yes",
  "need_slb": "true",
  "rds_instances": "rm-1",
  "zone_id": "cn-hangzhou-b"
}
`;

const CS_CODES = [
  'InvalidName', 'InvalidSize', 'InvalidInstanceType', 'InvalidNetworkMode', 'InvalidVpcId', 'InvalidPassword', 'InvalidDataDiskCategory', 'InvalidDataDiskSize',
  'InvalidIoOptimized', 'InvalidNeedSlb', 'InvalidRdsInstances', 'UnknownParameter',
];

interface Case {
  dialect: DialectName;
  text: string;
  uri: string;
  codes: string[];
}

const CASES: Record<string, Case & { engine: 'json' | 'yaml' }> = {
  'Batch Compute, JSON': { dialect: 'batchcompute', engine: 'json', text: BC_JSON, uri: 'file:///project/etl.batchcompute.json', codes: BC_CODES },
  'Batch Compute, YAML': { dialect: 'batchcompute', engine: 'yaml', text: BC_YAML, uri: 'file:///project/etl.batchcompute.yaml', codes: BC_CODES },
  'Container Service, JSON': { dialect: 'containerservice', engine: 'json', text: CS_JSON, uri: 'file:///project/web.containerservice.json', codes: CS_CODES },
  'Container Service, YAML': { dialect: 'containerservice', engine: 'yaml', text: CS_YAML, uri: 'file:///project/web.containerservice.yaml', codes: CS_CODES },
};

const ENGINES = { json: jsonEngine(catalogAssociations()), yaml: yamlEngine(catalogAssociations()) };
const lines = (list: readonly { line: number }[]) => [...new Set(list.map((d) => d.line))].sort((a, b) => a - b);

describe.each(Object.entries(CASES))('%s', (_, c) => {
  const file = c.uri.split('/').pop()!;
  const lint = lintText(c.text, file, { dialect: c.dialect });
  const schemaFindings = lint.filter((d) => d.rule === schemaRuleId(DIALECTS[c.dialect]!));
  let editor: EditorDiagnostic[] = [];
  beforeAll(async () => {
    editor = await ENGINES[c.engine].validate(c.text, c.uri);
  });

  it('clusterlint reports the schema mistakes the spec was written with; the editor has a message for each', () => {
    expect(schemaFindings.map((d) => d.code)).toEqual(c.codes);
    expect(editor.length).toBeGreaterThanOrEqual(c.codes.length);
    expect(editor.every((d) => typeof d.message === 'string')).toBe(true);
  });

  it('the editor flags exactly the lines clusterlint reports', () => {
    expect(lines(editor)).toEqual(lines(schemaFindings));
  });

  it("the editor shows the documented message wherever the schema gives it, word for word as clusterlint's", () => {
    const documented = editor.filter((d) => /^Specified parameter /.test(String(d.message)));
    // Types, allowed values and formats: the schema's errorMessage. Lengths and ranges keep the
    // editor's own words ("String is shorter than…"), which no editor lets a schema replace.
    expect(documented.length).toBeGreaterThanOrEqual(c.dialect === 'batchcompute' ? 9 : 8);
    for (const d of documented) {
      const atLine = schemaFindings.filter((f) => f.line === d.line).map((f) => f.message);
      expect(atLine, `line ${d.line}`).toContain(d.message);
    }
  });

  it('a value outside an enum is flagged with its code\'s message', () => {
    const [pointer, message] =
      c.dialect === 'batchcompute'
        ? ['/Groups/workers/ResourceType', 'Specified parameter ResourceType is not valid.']
        : ['/data_disk_category', 'Specified parameter data_disk_category is not valid.'];
    const finding = schemaFindings.find((f) => f.pointer === pointer)!;
    expect(finding.message).toBe(message);
    expect(editor.filter((d) => d.line === finding.line).map((d) => d.message)).toContain(message);
  });
});

describe.each(Object.entries(ENGINES))('%s: a spec without mistakes', (name, engine) => {
  it('has no diagnostics in the editor and none from clusterlint', async () => {
    const text =
      name === 'json'
        ? '{\n  "Name": "etl",\n  "ImageId": "m-2309yqb5n",\n  "InstanceType": "ecs.sn1.medium",\n  "Groups": {"g1": {"DesiredVMCount": 2, "ResourceType": "Spot", "SpotStrategy": "SpotAsPriceGo"}}\n}\n'
        : 'Name: etl\nImageId: m-2309yqb5n\nInstanceType: ecs.sn1.medium\nGroups:\n  g1:\n    DesiredVMCount: 2\n    ResourceType: Spot\n    SpotStrategy: SpotAsPriceGo\n';
    const uri = `file:///project/etl.batchcompute.${name}`;
    expect(await engine.validate(text, uri)).toEqual([]);
    expect(lintText(text, uri.split('/').pop()!)).toEqual([]);
  });
});

/**
 * Editors must accept what the linter accepts (issue 12): a value that clusterlint lets through, or
 * reports only as a warning, is never an error in the editor, or people learn to ignore the squiggles.
 */
describe.each(Object.entries(ENGINES))('%s: Container Service values clusterlint accepts or only warns about', (name, engine) => {
  const base = {
    name: 'web',
    size: 3,
    instance_type: 'ecs.g6.large',
    network_mode: 'vpc',
    subnet_cidr: '172.18.0.0/16',
    vpc_id: 'vpc-bp1abc',
    vswitch_id: 'vsw-bp1abc',
    password: 'Str0ng!Pass',
    data_disk_category: 'cloud_ssd',
    data_disk_size: 100,
  };
  const cases: Array<[string, Record<string, unknown>, string[]]> = [
    ['size 0 (EVIDENCE: Terraform creates empty clusters)', { size: 0 }, []],
    ['size 51 (a warning)', { size: 51 }, ['InvalidSize']],
    ['an unknown region (a warning)', { region_id: 'cn-hangzou' }, ['InvalidRegionId']],
    ['io_optimized "true" (EVIDENCE: what Terraform sends)', { io_optimized: 'true' }, []],
    ['io_optimized "false"', { io_optimized: 'false' }, []],
    ['ephemeral_ssd (EVIDENCE: Terraform and ROS)', { data_disk_category: 'ephemeral_ssd', data_disk_size: 200 }, []],
  ];
  it.each(cases)('%s', async (_, changes, warnings) => {
    const body = { ...base, ...changes };
    const text = name === 'json' ? `${JSON.stringify(body, null, 2)}\n` : Object.entries(body).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n') + '\n';
    const uri = `file:///project/web.containerservice.${name}`;
    expect(await engine.validate(text, uri)).toEqual([]);
    const found = lintText(text, uri.split('/').pop()!).filter((d) => d.code !== 'PlaintextSecret');
    expect(found.map((d) => `${d.severity} ${d.code}`)).toEqual(warnings.map((c) => `warning ${c}`));
  });
});

/**
 * SPEC §0 and issue 12: "the editors' schemas accept what the linter accepts". A value clusterlint
 * only warns about (the API accepts it) must not be flagged by the published schema, and a body
 * that real tooling sends gets nothing from either.
 */
describe.each(Object.entries(ENGINES))('%s: what clusterlint accepts, the editor accepts', (name, engine) => {
  const fixture = (file: string) => readFileSync(join(ROOT, 'test/fixtures/batchcompute', `${file}.${name}`), 'utf8');

  it('values that are only warnings (DesiredVMCount 0, image ids, Locale, a CIDR mask, an endpoint without a scheme) are not flagged', async () => {
    const text = fixture('accepted-with-warnings');
    const lint = lintText(text, `warned.batchcompute.${name}`);
    expect(lint.map((d) => `${d.severity}:${d.code}`)).toEqual([
      'warning:InvalidImageId', 'warning:InvalidDesiredVMCount', 'warning:InvalidImageId', 'warning:InvalidConfigs.Mounts.Locale',
      'warning:InvalidCidrBlock', 'warning:InvalidNotification.Topic.Endpoint',
    ]);
    expect(await engine.validate(text, `file:///project/warned.batchcompute.${name}`)).toEqual([]);
  });

  it('a body as the SDKs send it (fields beyond the English page, an empty Topic, PrePaid, no cluster InstanceType needed) has nothing from either', async () => {
    const text = fixture('sdk-body');
    expect(lintText(text, `sdk.batchcompute.${name}`)).toEqual([]);
    expect(await engine.validate(text, `file:///project/sdk.batchcompute.${name}`)).toEqual([]);
    const perGroup = name === 'json'
      ? '{"Name": "a", "ImageId": "m-1", "Groups": {"g": {"DesiredVMCount": 1, "InstanceType": "ecs.sn1.medium", "ResourceType": "OnDemand"}}}\n'
      : 'Name: a\nImageId: m-1\nGroups:\n  g: {DesiredVMCount: 1, InstanceType: ecs.sn1.medium, ResourceType: OnDemand}\n';
    expect(lintText(perGroup, `g.batchcompute.${name}`)).toEqual([]);
    expect(await engine.validate(perGroup, `file:///project/g.batchcompute.${name}`)).toEqual([]);
  });
});
