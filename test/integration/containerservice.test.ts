/**
 * Integration table for the Container Service dialect (SPEC §3, §5): the schema pass and every
 * rule together, for every code the schema produces — small documents in JSON and YAML with the
 * exact code, message, status, severity, pointer, line and column, and where a rule meets the
 * schema (one finding per parameter). What one rule finds alone is tested beside the rule
 * (rules/<id>.test.ts: cluster-size, subnet-cidr, password-strength, region-id,
 * instance-type-allowed, plaintext-secret, duplicate-key). The valid base document below is
 * linted with only the PlaintextSecret warning that every spec with a written password gets.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import { brief, lintText } from '../helpers.js';

/** The fields of a valid body, one per line in `json()` (line = index + 2). */
const BASE: Record<string, unknown> = {
  name: 'web-prod',
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

/** The base body with some fields replaced (`undefined` removes one), as JSON with 2-space indents. */
function json(changes: Record<string, unknown> = {}): string {
  const body: Record<string, unknown> = { ...BASE, ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete body[k];
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Where the value of a top-level key of `json()` starts: its line and column. */
function valueAt(text: string, key: string): string {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith(`  "${key}": `));
  return `${line + 1}:${`  "${key}": `.length + 1}`;
}

/** The diagnostics of a text other than the PlaintextSecret warning the base password brings. */
function findings(text: string, name = 'spec.json', options: Parameters<typeof lintText>[2] = {}): Diagnostic[] {
  return lintText(text, name, options).filter((d) => d.code !== 'PlaintextSecret');
}

const invalidMessage = (p: string) => `Specified parameter ${p} is not valid.`;

describe('containerservice: a valid body', () => {
  it('has only the PlaintextSecret warning, in JSON and in YAML', () => {
    expect(lintText(json()).map(brief)).toEqual(['warning:PlaintextSecret@9:15 /password']);
    const yaml = Object.entries(BASE).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('\n');
    expect(lintText(`${yaml}\n`, 'spec.yaml').map(brief)).toEqual(['warning:PlaintextSecret@8:11 /password']);
  });

  it('accepts every optional field, Chinese characters in the name and a $schema key', () => {
    const text = json({
      $schema: 'https://example.com/schemas/containerservice-cluster.schema.json',
      name: '生产集群-web01',
      region_id: 'cn-beijing',
      ecs_image_id: 'ubuntu_20_04_x64_20G_alibase_20240101.vhd',
      io_optimized: 'optimized',
      need_slb: true,
      release_eip_flag: false,
      rds_instances: ['rm-bp1abc', 'rm-bp1def'],
      size: 50,
    });
    expect(findings(text)).toEqual([]);
  });

  it('accepts what real tooling sends (SPEC §5, EVIDENCE): size 0, io_optimized "true" / "false", ephemeral_ssd, cloud_essd', () => {
    for (const changes of [
      { size: 0 },
      { io_optimized: 'true' },
      { io_optimized: 'false' },
      { io_optimized: 'none' },
      { data_disk_category: 'ephemeral_ssd', data_disk_size: 20 },
      { data_disk_category: 'cloud_essd', data_disk_size: 32768 },
      { data_disk_category: 'cloud', data_disk_size: 5 },
    ]) {
      expect(findings(json(changes)), JSON.stringify(changes)).toEqual([]);
    }
  });
});

describe('containerservice: Missing{Parameter} (template, 400, at the root)', () => {
  const required: Array<[field: string, code: string]> = [
    ['name', 'MissingName'],
    ['size', 'MissingSize'],
    ['instance_type', 'MissingInstanceType'],
    ['network_mode', 'MissingNetworkMode'],
    ['subnet_cidr', 'MissingSubnetCidr'],
    ['vpc_id', 'MissingVpcId'],
    ['vswitch_id', 'MissingVswitchId'],
    ['password', 'MissingPassword'],
    ['data_disk_category', 'MissingDataDiskCategory'],
    ['data_disk_size', 'MissingDataDiskSize'],
  ];
  for (const [field, code] of required) {
    it(`${code} when ${field} is left out`, () => {
      const [d, ...rest] = findings(json({ [field]: undefined }));
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        code,
        message: `${field} is mandatory for this action.`,
        status: 400,
        origin: 'template',
        severity: 'error',
        rule: 'containerservice-cluster',
        pointer: `/${field}`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
      });
    });
  }

  it('never uses the Batch Compute rows for name and instance_type', () => {
    const d = lintText('{"size": 1, "network_mode": "vpc", "vpc_id": "vpc-1"}\n').filter((x) => x.code === 'MissingName' || x.code === 'MissingInstanceType');
    expect(d.map((x) => [x.code, x.message, x.origin])).toEqual([
      ['MissingInstanceType', 'instance_type is mandatory for this action.', 'template'],
      ['MissingName', 'name is mandatory for this action.', 'template'],
    ]);
  });

  it('points at the first key of a YAML block mapping', () => {
    const yaml = 'name: web\nnetwork_mode: vpc\ninstance_type: ecs.g6.large\n';
    const codes = lintText(yaml, 'spec.yaml').map(brief);
    expect(codes).toContain('error:MissingSubnetCidr@1:1 /subnet_cidr');
    expect(codes).toContain('error:MissingPassword@1:1 /password');
    expect(codes).toHaveLength(7);
  });
});

/** One invalid value: the field, the value, the code, severity and the detail expected. */
interface InvalidCase {
  title: string;
  changes: Record<string, unknown>;
  field: string;
  severity?: 'error' | 'warning';
  detail: string;
  config?: Parameters<typeof lintText>[2];
}

const INVALID: InvalidCase[] = [
  { title: 'name: not a string', changes: { name: 42 }, field: 'name', detail: 'name is a number (42); it must be a string.' },
  { title: 'name: empty', changes: { name: '' }, field: 'name', detail: 'name is empty; at least 1 character is required.' },
  { title: 'name: 64 characters', changes: { name: 'a'.repeat(64) }, field: 'name', detail: 'name has 64 characters; at most 63 are allowed.' },
  {
    title: 'name: an underscore',
    changes: { name: 'web_prod' },
    field: 'name',
    detail: 'name "web_prod" is not valid: only letters, digits, Chinese characters (U+4E00–U+9FA5) and "-" are allowed, and the first character must not be "-".',
  },
  {
    title: 'name: starts with "-"',
    changes: { name: '-web' },
    field: 'name',
    detail: 'name "-web" is not valid: only letters, digits, Chinese characters (U+4E00–U+9FA5) and "-" are allowed, and the first character must not be "-".',
  },
  {
    title: 'name: a CJK character past U+9FA5',
    changes: { name: 'web\u9fa6' },
    field: 'name',
    detail: 'name "web\u9fa6" is not valid: only letters, digits, Chinese characters (U+4E00–U+9FA5) and "-" are allowed, and the first character must not be "-".',
  },
  { title: 'size: a string', changes: { size: '3' }, field: 'size', detail: 'size is a string ("3"); it must be an integer.' },
  { title: 'size: a fraction', changes: { size: 2.5 }, field: 'size', detail: 'size is a number with a fraction (2.5); it must be an integer.' },
  { title: 'size: below 0', changes: { size: -1 }, field: 'size', detail: 'size is -1; the smallest allowed value is 0.' },
  {
    title: 'instance_type: not ecs.',
    changes: { instance_type: 'bcs.a2.large' },
    field: 'instance_type',
    detail: 'instance_type "bcs.a2.large" is not valid: an instance type is ecs., a family, a dot and a size, such as ecs.n1.small.',
  },
  { title: 'network_mode: classic', changes: { network_mode: 'classic' }, field: 'network_mode', detail: 'network_mode is "classic"; allowed values are "vpc".' },
  { title: 'network_mode: upper case', changes: { network_mode: 'VPC' }, field: 'network_mode', detail: 'network_mode is "VPC"; allowed values are "vpc". Did you mean "vpc"?' },
  { title: 'subnet_cidr: not a string', changes: { subnet_cidr: 16 }, field: 'subnet_cidr', detail: 'subnet_cidr is a number (16); it must be a string.' },
  {
    title: 'vpc_id: wrong prefix',
    changes: { vpc_id: 'vsw-bp1abc' },
    field: 'vpc_id',
    detail: 'vpc_id "vsw-bp1abc" is not valid: a VPC ID is "vpc-" followed by lower-case letters and digits.',
  },
  {
    title: 'vswitch_id: upper case',
    changes: { vswitch_id: 'vsw-BP1' },
    field: 'vswitch_id',
    detail: 'vswitch_id "vsw-BP1" is not valid: a VSwitch ID is "vsw-" followed by lower-case letters and digits.',
  },
  { title: 'password: not a string', changes: { password: 12345678 }, field: 'password', detail: 'password is a number; it must be a string.' },
  { title: 'password: 7 characters', changes: { password: 'Ab1!xyz' }, field: 'password', detail: 'password has 7 characters; at least 8 are allowed.' },
  { title: 'password: 31 characters', changes: { password: `Ab1!${'x'.repeat(27)}` }, field: 'password', detail: 'password has 31 characters; at most 30 are allowed.' },
  {
    title: 'password: a space',
    changes: { password: 'Ab1 xyzzy' },
    field: 'password',
    detail: 'password is not in the expected format: only letters, digits and the special characters ()`~!@#$%^&*-_+=|{}[]:;\'"<>,.?/ are allowed.',
  },
  { title: 'region_id: not a string', changes: { region_id: 1 }, field: 'region_id', detail: 'region_id is a number (1); it must be a string.' },
  {
    title: 'data_disk_category: ephemeral',
    changes: { data_disk_category: 'ephemeral' },
    field: 'data_disk_category',
    detail: 'data_disk_category is "ephemeral"; allowed values are "cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "ephemeral_ssd".',
  },
  { title: 'data_disk_size: a string', changes: { data_disk_size: '100' }, field: 'data_disk_size', detail: 'data_disk_size is a string ("100"); it must be an integer.' },
  {
    title: 'data_disk_size: cloud above 2000',
    changes: { data_disk_category: 'cloud', data_disk_size: 2001 },
    field: 'data_disk_size',
    detail: 'data_disk_size is 2001; the largest allowed value is 2000 for a cloud disk.',
  },
  {
    title: 'data_disk_size: cloud below 5',
    changes: { data_disk_category: 'cloud', data_disk_size: 4 },
    field: 'data_disk_size',
    detail: 'data_disk_size is 4; the smallest allowed value is 5 for a cloud disk.',
  },
  {
    title: 'data_disk_size: cloud_ssd below 20',
    changes: { data_disk_size: 19 },
    field: 'data_disk_size',
    detail: 'data_disk_size is 19; the smallest allowed value is 20 for a cloud_efficiency, cloud_ssd, cloud_essd or ephemeral_ssd disk.',
  },
  {
    title: 'data_disk_size: cloud_essd above 32768',
    changes: { data_disk_category: 'cloud_essd', data_disk_size: 32769 },
    field: 'data_disk_size',
    detail: 'data_disk_size is 32769; the largest allowed value is 32768 for a cloud_efficiency, cloud_ssd, cloud_essd or ephemeral_ssd disk.',
  },
  {
    title: 'data_disk_size: ephemeral_ssd below 20',
    changes: { data_disk_category: 'ephemeral_ssd', data_disk_size: 10 },
    field: 'data_disk_size',
    detail: 'data_disk_size is 10; the smallest allowed value is 20 for a cloud_efficiency, cloud_ssd, cloud_essd or ephemeral_ssd disk.',
  },
  { title: 'ecs_image_id: not a string', changes: { ecs_image_id: 7 }, field: 'ecs_image_id', detail: 'ecs_image_id is a number (7); it must be a string.' },
  {
    title: 'io_optimized: a boolean',
    changes: { io_optimized: true },
    field: 'io_optimized',
    detail: 'io_optimized is a boolean (true); it must be a string. Write "true", in quotes.',
  },
  {
    title: 'io_optimized: another word',
    changes: { io_optimized: 'yes' },
    field: 'io_optimized',
    detail: 'io_optimized is "yes"; allowed values are "none", "optimized", "true", "false".',
  },
  {
    title: 'need_slb: a quoted true',
    changes: { need_slb: 'true' },
    field: 'need_slb',
    detail: 'need_slb is a string ("true"); it must be true or false. The quotes make it a string: write true without quotes.',
  },
  {
    title: 'release_eip_flag: a number',
    changes: { release_eip_flag: 0 },
    field: 'release_eip_flag',
    detail: 'release_eip_flag is a number (0); it must be true or false.',
  },
  { title: 'rds_instances: a string', changes: { rds_instances: 'rm-1' }, field: 'rds_instances', detail: 'rds_instances is a string ("rm-1"); it must be an array.' },
];

/** `snake_case` → the code's PascalCase, as SPEC §3 writes it. */
const pascal = (field: string) => field.replace(/(?:^|_)([a-z0-9])/g, (_, c: string) => c.toUpperCase());

describe('containerservice: Invalid{Parameter} (template, 400, at the value)', () => {
  for (const c of INVALID) {
    it(c.title, () => {
      const text = json(c.changes);
      const found = findings(text, 'spec.json', c.config);
      expect(found).toHaveLength(1);
      const [line, column] = valueAt(text, c.field).split(':').map(Number);
      expect(found[0]).toMatchObject({
        code: `Invalid${pascal(c.field)}`,
        message: invalidMessage(c.field),
        detail: c.detail,
        status: 400,
        origin: 'template',
        severity: c.severity ?? 'error',
        pointer: `/${c.field}`,
        line,
        column,
      });
    });
  }

  it('takes the widest size range while the category is missing or unknown', () => {
    expect(findings(json({ data_disk_category: undefined, data_disk_size: 10 })).map(brief)).toEqual(['error:MissingDataDiskCategory@1:1 /data_disk_category']);
    expect(findings(json({ data_disk_category: 'ssd', data_disk_size: 10 })).map(brief)).toEqual(['error:InvalidDataDiskCategory@10:25 /data_disk_category']);
    expect(findings(json({ data_disk_category: 'ssd', data_disk_size: 40000 })).map(brief)).toEqual([
      'error:InvalidDataDiskCategory@10:25 /data_disk_category',
      'error:InvalidDataDiskSize@11:21 /data_disk_size',
    ]);
  });

  it('accepts the edges of every range', () => {
    for (const changes of [
      { data_disk_category: 'cloud', data_disk_size: 5 },
      { data_disk_category: 'cloud', data_disk_size: 2000 },
      { data_disk_category: 'cloud_efficiency', data_disk_size: 20 },
      { data_disk_category: 'cloud_essd', data_disk_size: 32768 },
      { size: 1 },
      { size: 50 },
      { password: 'Abcdefg1' },
      { password: `Ab1${'x'.repeat(27)}` },
      { password: 'abc!def#1' },
      { password: 'ABC"DEF<1' },
      { name: 'a'.repeat(63) },
      { name: '0web' },
      { subnet_cidr: '10.0.0.0/8' },
      { subnet_cidr: '192.168.255.0/24' },
    ]) {
      expect(findings(json(changes)), JSON.stringify(changes)).toEqual([]);
    }
  });

  it('reports an element of rds_instances at the element', () => {
    const text = '{"name": "a", "size": 1, "instance_type": "ecs.n1.small", "network_mode": "vpc", "subnet_cidr": "10.0.0.0/16",\n "vpc_id": "vpc-a", "vswitch_id": "vsw-a", "data_disk_category": "cloud", "data_disk_size": 5,\n "rds_instances": ["rm-1", 2]}\n';
    expect(findings(text).map(brief)).toEqual(['error:MissingPassword@1:1 /password', 'error:InvalidRdsInstances@3:28 /rds_instances/1']);
  });

  it('reports one finding per parameter: the type before the range, 40.0 as a type problem', () => {
    expect(findings(json({ size: 60.5 })).map((d) => d.detail)).toEqual(['size is a number with a fraction (60.5); it must be an integer.']);
    const text = json().replace('"size": 3', '"size": 60.0');
    const found = findings(text);
    expect(found.map(brief)).toEqual(['error:InvalidSize@3:11 /size']);
    expect(found[0]!.detail).toBe('The value is written with a fraction or exponent; write it as the integer 60.');
  });
});

describe('containerservice: YAML', () => {
  const yaml = (extra: string) =>
    `name: web\nsize: 3\ninstance_type: ecs.g6.large\nnetwork_mode: vpc\nsubnet_cidr: 10.1.0.0/16\nvpc_id: vpc-a1\nvswitch_id: vsw-a1\npassword: Str0ng!Pass\ndata_disk_category: cloud\ndata_disk_size: 40\n${extra}`;

  it('explains YAML 1.2 for yes / no / on / off written for a boolean', () => {
    const found = findings(yaml('need_slb: yes\nrelease_eip_flag: Off\n'), 'spec.yaml');
    expect(found.map(brief)).toEqual(['error:InvalidNeedSlb@11:11 /need_slb', 'error:InvalidReleaseEipFlag@12:19 /release_eip_flag']);
    expect(found.map((d) => d.detail)).toEqual([
      'need_slb is a string ("yes"); it must be true or false. YAML 1.2 reads yes as a string (only YAML 1.1 read it as a boolean): write true, without quotes.',
      'release_eip_flag is a string ("Off"); it must be true or false. YAML 1.2 reads Off as a string (only YAML 1.1 read it as a boolean): write false, without quotes.',
    ]);
    expect(found[0]).toMatchObject({ message: 'Specified parameter need_slb is not valid.', status: 400, endLine: 11, endColumn: 14 });
  });

  it('accepts YAML booleans and a block sequence of RDS ids', () => {
    expect(findings(yaml('need_slb: true\nrelease_eip_flag: False\nrds_instances:\n  - rm-a\n  - rm-b\n'), 'spec.yaml')).toEqual([]);
  });

  it('places Chinese names and their problems in UTF-16 columns', () => {
    const text = yaml('').replace('name: web', 'name: 集群_一');
    const [d] = findings(text, 'spec.yaml');
    expect(brief(d!)).toBe('error:InvalidName@1:7 /name');
    expect([d!.endLine, d!.endColumn]).toEqual([1, 11]);
  });

  it('reports 40.0 for an integer field as its type', () => {
    const found = findings(yaml('').replace('data_disk_size: 40', 'data_disk_size: 40.0'), 'spec.yaml');
    expect(found.map(brief)).toEqual(['error:InvalidDataDiskSize@10:17 /data_disk_size']);
  });

  it('reports a password problem at the value and never quotes it', () => {
    const found = lintText(yaml('').replace('password: Str0ng!Pass', 'password: weakpassword'), 'spec.yaml');
    expect(found.map(brief)).toEqual(['error:InvalidPassword@8:11 /password', 'warning:PlaintextSecret@8:11 /password']);
    expect(JSON.stringify(found)).not.toContain('weakpassword');
  });

  it('reports each field of a multi-document file in its document', () => {
    const text = `${yaml('')}---\n${yaml('').replace('size: 3', 'size: -3')}`;
    const found = findings(text, 'spec.yaml');
    expect(found.map((d) => `${d.document} ${brief(d)}`)).toEqual(['1 error:InvalidSize@13:7 /size']);
  });
});

describe('containerservice: lint-only codes beside the schema', () => {

  it('PlaintextSecret: none for an empty password (that is InvalidPassword) or when turned off', () => {
    expect(lintText(json({ password: '' })).map(brief)).toEqual(['error:InvalidPassword@9:15 /password']);
    expect(lintText(json(), 'spec.json', { config: { severity: { PlaintextSecret: 'off' } } })).toEqual([]);
  });

  it('UnknownParameter: at the key, with the nearest name', () => {
    const text = json({ vswitchid: 'vsw-1', nmae: 'x', tags: {} });
    expect(findings(text).map((d) => `${brief(d)} ${d.detail}`)).toEqual([
      'warning:UnknownParameter@12:3 /vswitchid "vswitchid" is not a field in the documented request body. Did you mean "vswitch_id"?',
      'warning:UnknownParameter@13:3 /nmae "nmae" is not a field in the documented request body. Did you mean "name"?',
      'warning:UnknownParameter@14:3 /tags "tags" is not a field in the documented request body.',
    ]);
  });

  it('InvalidHttpBody: a body that is not an object, with the dialect forced', () => {
    expect(lintText('[]\n', 'spec.json', { dialect: 'containerservice' }).map(brief)).toEqual(['error:InvalidHttpBody@1:1 /']);
  });
});
