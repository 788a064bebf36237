/**
 * Dialect detection (SPEC §1) with both dialects side by side: `--dialect`, config `overrides`,
 * a `$schema` key or YAML modeline, and the shape of the keys; walked files that are not specs
 * are skipped silently, named ones get UnknownDialect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/api/diagnostic.js';
import { dialectByShape, DIALECTS } from '../src/dialect/dialect.js';
import { sniffDialect } from '../src/dialect/sniff.js';
import { brief, lintResults, lintText, ROOT, runBin, tempTree } from './helpers.js';

const BC_SEED = readFileSync(join(ROOT, 'examples/batchcompute/seed-example.json'), 'utf8');
const CS_SEED = readFileSync(join(ROOT, 'examples/containerservice/seed-example.json'), 'utf8');

/** The schema ids (dialects) that found something in each file. */
function dialects(results: FileResult[]): Record<string, string[]> {
  return Object.fromEntries(results.map((r) => [r.file, [...new Set(r.diagnostics.map((d) => d.rule).filter((x) => x.endsWith('-cluster')))]]));
}

const undecided = ['error:UnknownDialect@1:1 /'];
const shape = (keys: string[]) => dialectByShape(keys)?.name;

describe('dialect by shape (SPEC §1: all four tests)', () => {
  it('takes two distinctive keys of a dialect', () => {
    expect(lintText('{"name": "web", "instance_type": "ecs.g6.large", "vpc_id": "vpc-a1"}\n').map(brief)).toContain('error:MissingSubnetCidr@1:1 /subnet_cidr');
    expect(lintText('name: web\nnetwork_mode: vpc\nvswitch_id: vsw-a1\n', 'spec.yaml').map(brief)).toContain('error:MissingVpcId@1:1 /vpc_id');
    expect(shape(['Name', 'ImageId'])).toBe('batchcompute');
  });

  it('common words do not count: name, size, password, region_id, Description', () => {
    expect(lintText('{"name": "web", "size": 2}\n').map(brief)).toEqual(undecided);
    expect(lintText('name: orders\nhost: db.internal\npassword: hunter22\nregion_id: cn-beijing\n', 'database.yaml').map(brief)).toEqual(undecided);
    expect(shape(['name', 'size', 'password', 'region_id', 'instance_type'])).toBeUndefined();
    expect(shape(['Description', 'Name'])).toBeUndefined();
    expect(shape(['name', 'instance_type'])).toBeUndefined();
  });

  it('needs more distinctive keys of the dialect than of the other; a stray key of the other is an UnknownParameter', () => {
    expect(shape(['instance_type', 'vpc_id', 'Groups', 'ImageId'])).toBeUndefined();
    const found = lintText('{"name": "web", "instance_type": "ecs.g6.large", "vpc_id": "vpc-a1", "ImageId": "m-1"}\n');
    expect(found.filter((d) => d.code === 'UnknownParameter').map(brief)).toEqual(['warning:UnknownParameter@1:70 /ImageId']);
    expect(found.some((d) => d.rule === 'containerservice-cluster' && d.code === 'MissingVswitchId')).toBe(true);
  });

  it('a marker of an ACK (Kubernetes) body rules out Container Service, and only Container Service (clarification 1)', () => {
    for (const marker of ['cluster_type', 'kubernetes_version', 'master_instance_types', 'worker_instance_types', 'num_of_nodes', 'container_cidr', 'service_cidr', 'vpcid']) {
      expect(shape(['name', 'instance_type', 'vswitch_id', 'network_mode', marker]), marker).toBeUndefined();
      expect(shape(['Name', 'ImageId', 'Groups', marker]), marker).toBe('batchcompute');
    }
    expect(shape(['name', 'instance_type', 'vswitch_id', 'network_mode'])).toBe('containerservice');
  });

  it('needs more than half of the top-level keys to be parameters of the dialect', () => {
    expect(shape(['instance_type', 'vpc_id', 'host', 'port'])).toBeUndefined();
    expect(shape(['instance_type', 'vpc_id', 'host', 'name'])).toBe('containerservice');
    expect(shape(['Name', 'ImageId', 'Extra1', 'Extra2'])).toBeUndefined();
    expect(shape(['Name', 'ImageId', 'Extra1', '$schema'])).toBe('batchcompute');
  });

  it("the defined keys are the schema's top-level properties, so a field added to a schema counts at once", () => {
    const properties = DIALECTS.batchcompute!.schema.properties!;
    expect(shape(['Name', 'ImageId', 'AddedLater', 'Other'])).toBeUndefined();
    properties.AddedLater = { type: 'string' };
    try {
      expect(shape(['Name', 'ImageId', 'AddedLater', 'Other'])).toBe('batchcompute');
    } finally {
      delete properties.AddedLater;
    }
  });

  it('the Batch Compute fields beyond the English page (SPEC §4a) are distinctive', () => {
    const bc = DIALECTS.batchcompute!.distinctive;
    for (const k of ['EnvVars', 'Bootstrap', 'ScheduleType', 'DependencyIsvService', 'PasswordInherit']) expect(bc.has(k), k).toBe(true);
    expect(shape(['EnvVars', 'Bootstrap', 'Name'])).toBe(['EnvVars', 'Bootstrap'].every((k) => Object.hasOwn(DIALECTS.batchcompute!.schema.properties!, k)) ? 'batchcompute' : undefined);
  });

  it("UnknownDialect's detail says which test failed, naming no key or value of the file", () => {
    const detail = (text: string, name = 'x.json') => lintText(text, name)[0]!.detail;
    const tail = ' If it is a spec, name the dialect with --dialect, a config override, or a $schema reference to one of the clusterlint schemas.';
    expect(detail('{"name": "orders", "host": "db", "password": "Hidden-Pa55"}\n')).toBe(
      `It has none of the top-level keys that mark a CreateCluster body (such as ImageId and Groups, or instance_type and vpc_id).${tail}`,
    );
    expect(detail('{"name": "web", "instance_type": "ecs.g6.large"}\n')).toBe(`It has only one of the top-level keys that mark a CreateCluster body (such as ImageId and Groups, or instance_type and vpc_id).${tail}`);
    expect(detail('{"instance_type": "a", "vpc_id": "b", "Groups": {}, "ImageId": "m-1"}\n')).toBe(`It has as many Batch Compute keys as Container Service keys (2 each).${tail}`);
    expect(detail('{"name": "k8s", "cluster_type": "Kubernetes", "instance_type": "a", "vswitch_id": "b"}\n')).toBe(
      `Its top-level key cluster_type marks a Container Service Kubernetes (ACK) request, which is not the swarm dialect.${tail}`,
    );
    expect(detail('region: cn-hangzhou\ninstance_type: ecs.g6.large\nvpc_id: vpc-1\nkey_name: deploy\nami: x\n', 'vars.yaml')).toBe(
      `Only 2 of its 5 top-level keys are Container Service parameters.${tail}`,
    );
  });

  it('decides each document of a YAML stream on its own', () => {
    const text = `name: web\ninstance_type: ecs.g6.large\nvpc_id: vpc-a1\n---\nName: job\nImageId: m-1\n`;
    const found = lintText(text, 'both.yaml');
    expect([...new Set(found.map((d) => `${d.document} ${d.rule}`).filter((x) => x.endsWith('-cluster')))]).toEqual(['0 containerservice-cluster', '1 batchcompute-cluster']);
  });
});

describe('dialect by $schema', () => {
  it('a $schema key wins over the shape, and a key of the other dialect becomes an unknown parameter', () => {
    const found = lintText('{"$schema": "containerservice-cluster.schema.json", "Name": "web"}\n');
    const unknown = found.filter((d) => d.code === 'UnknownParameter');
    expect(unknown.map(brief)).toEqual(['warning:UnknownParameter@1:53 /Name']);
    expect(unknown[0]!.detail).toBe('"Name" is not a field in the documented request body. Did you mean "name"?');
    expect(found.map((d) => d.code)).toContain('MissingName');
    expect(found.some((d) => d.rule === 'batchcompute-cluster')).toBe(false);
  });

  it('a YAML modeline names the schema by its last path segment', () => {
    const text = `# yaml-language-server: $schema=../../schemas/containerservice-cluster.schema.json\nname: web\n`;
    expect(lintText(text, 'spec.yaml').map(brief)).toContain('error:MissingPassword@2:1 /password');
  });

  it('a $schema that names no clusterlint schema leaves the decision to the shape', () => {
    expect(lintText('{"$schema": "https://example.com/other.json", "name": "a", "instance_type": "ecs.g6.large", "vswitch_id": "vsw-1"}\n').map(brief)).toContain('error:MissingVpcId@1:1 /vpc_id');
  });
});

describe('forced dialect', () => {
  it('--dialect lints a file of the other shape as Container Service', () => {
    const found = lintText('{"Name": "job", "ImageId": "m-1"}\n', 'spec.json', { dialect: 'containerservice' });
    expect(found.filter((d) => d.code === 'UnknownParameter').map(brief)).toEqual(['warning:UnknownParameter@1:2 /Name', 'warning:UnknownParameter@1:17 /ImageId']);
    expect(found.map((d) => d.code)).toContain('MissingName');
  });

  it('a config override picks the dialect by glob, file by file', () => {
    const results = lintResults(
      { 'cs/one.json': '{"name": "web"}\n', 'bc/one.json': '{"Name": "job"}\n' },
      { config: { overrides: [{ files: ['cs/**'], dialect: 'containerservice' }, { files: ['bc/**'], dialect: 'batchcompute' }] } },
    );
    expect(dialects(results)).toEqual({ 'bc/one.json': ['batchcompute-cluster'], 'cs/one.json': ['containerservice-cluster'] });
  });
});

describe('a folder holding both dialects and other JSON/YAML', () => {
  const tree = () =>
    tempTree({
      'specs/batch.json': BC_SEED,
      'specs/swarm.json': CS_SEED,
      'specs/swarm.yaml': 'name: web\nsize: 60\ninstance_type: ecs.g6.large\nnetwork_mode: vpc\nsubnet_cidr: 10.1.0.0/16\nvpc_id: vpc-a1\nvswitch_id: vsw-a1\npassword: Str0ng!Pass\ndata_disk_category: cloud\ndata_disk_size: 40\n',
      'specs/broken.yaml': 'name: web\ninstance_type: ecs.g6.large\nvpc_id: vpc-a1\nsize: [1\n',
      'package.json': '{"name": "app", "version": "1.0.0", "private": true}\n',
      'tsconfig.json': '{"compilerOptions": {"strict": true}}\n',
      '.github/workflows/ci.yml': 'name: CI\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
      'docker-compose.yml': 'name: app\nservices:\n  web:\n    image: nginx\n',
    });

  it('lints each spec under its own dialect and skips the rest silently', () => {
    const r = runBin(['--format', 'json', '.'], { cwd: tree() });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as FileResult[];
    expect(results.map((f) => f.file)).toEqual(['specs/batch.json', 'specs/broken.yaml', 'specs/swarm.json', 'specs/swarm.yaml']);
    const codes = Object.fromEntries(results.map((f) => [f.file, f.diagnostics.map(brief)]));
    expect(codes['specs/swarm.json']).toEqual([
      'error:MissingSubnetCidr@1:1 /subnet_cidr',
      'error:MissingVpcId@1:1 /vpc_id',
      'error:MissingVswitchId@1:1 /vswitch_id',
      'warning:PlaintextSecret@2:17 /password',
    ]);
    expect(codes['specs/swarm.yaml']).toEqual(['warning:InvalidSize@2:7 /size', 'warning:PlaintextSecret@8:11 /password']);
    expect(codes['specs/broken.yaml']).toEqual(['error:InvalidYamlFormat@5:1 /']);
    expect(codes['specs/batch.json']).toHaveLength(5);
    expect(results.find((f) => f.file === 'specs/batch.json')!.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('reports a non-spec file named on the command line as UnknownDialect', () => {
    const r = runBin(['--format', 'json', 'package.json', 'specs/swarm.yaml'], { cwd: tree() });
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as FileResult[];
    expect(results.map((f) => [f.file, f.diagnostics.map(brief)])).toEqual([
      ['package.json', ['error:UnknownDialect@1:1 /']],
      ['specs/swarm.yaml', ['warning:InvalidSize@2:7 /size', 'warning:PlaintextSecret@8:11 /password']],
    ]);
  });
});

describe('a text that does not parse, or the head of a file over the size limit (sniffDialect)', () => {
  const sniff = (text: string) => sniffDialect(text)?.name;

  it('applies the same four tests to the top-level keys as far as the text goes', () => {
    expect(sniff('{\n  "name": "web",\n  "instance_type": "ecs.g6.large",\n  "vpc_id": "vpc-1",\n  "size": [1,\n')).toBe('containerservice');
    expect(sniff('{"Name":"job","ImageId":"m-1","Groups":{"g":{"DesiredVMCount":1,}}')).toBe('batchcompute');
    expect(sniff('name: web\ninstance_type: ecs.g6.large\nvpc_id: vpc-1\nsize: [1\n')).toBe('containerservice');
    // Keys below the top level do not count: a workflow with `Name`/`ImageId` deep inside is not a spec.
    expect(sniff('jobs:\n  build:\n    Name: x\n    ImageId: m-1\n    steps: [\n')).toBeUndefined();
    expect(sniff('{"services": {"web": {"instance_type": "ecs.g6.large", "vpc_id": "vpc-1"}}, "x": [')).toBeUndefined();
    // Common words only: a broken database config.
    expect(sniff('name: orders\nsize: 3\npassword: "unterminated\n')).toBeUndefined();
  });

  it('an ACK body is not Container Service; a tsconfig.json with comments is nothing', () => {
    expect(sniff('{"name": "k8s", "cluster_type": "Kubernetes", "vswitch_id": "vsw-1", "instance_type": "ecs.g6.large", "network_mode": "vpc", ')).toBeUndefined();
    expect(sniff('{\n  // compiler\n  "compilerOptions": {"strict": true, /* "Name": 1, "ImageId": 2 */},\n  "include": ["src"],\n}\n')).toBeUndefined();
  });

  it('a $schema reference (key or modeline) wins', () => {
    expect(sniff('{"$schema": "../schemas/containerservice-cluster.schema.json", "name": [')).toBe('containerservice');
    expect(sniff('# yaml-language-server: $schema=./node_modules/clusterlint/schemas/batchcompute-cluster.schema.json\nName: [\n')).toBe('batchcompute');
    // A mention of a schema file that is no $schema reference does not count.
    expect(sniff('{"docs": "see batchcompute-cluster.schema.json", "x": [')).toBeUndefined();
  });

  it('each document of a YAML stream on its own', () => {
    expect(sniff('name: app\nhost: x\n---\nName: job\nImageId: m-1\nGroups: [\n')).toBe('batchcompute');
  });

  it('a walked file over the size limit: the head of a swarm spec is FileTooLarge, the head of an ACK body is skipped', () => {
    const swarm = JSON.stringify({ name: 'web', instance_type: 'ecs.g6.large', vpc_id: 'vpc-1', vswitch_id: 'vsw-1', rds_instances: Array(40).fill('rm-1') });
    const ack = JSON.stringify({ name: 'k8s', cluster_type: 'Kubernetes', instance_type: 'ecs.g6.large', vswitch_id: 'vsw-1', vpc_id: 'vpc-1', tags: Array(40).fill('x') });
    const results = lintResults({ 'ack.json': ack, 'swarm.json': swarm }, { config: { maxFileSize: 200 }, explicit: false });
    expect(results.map((r) => [r.file, r.diagnostics.map((d) => d.code)])).toEqual([['swarm.json', ['FileTooLarge']]]);
  });

  it('a walked broken ACK body and a broken app config are skipped; a broken spec is reported', () => {
    const dir = tempTree({
      'ack.json': '{"name": "k8s", "cluster_type": "Kubernetes", "vswitch_id": "vsw-1", "instance_type": "ecs.g6.large", "network_mode": "vpc",\n',
      'app.yaml': 'name: shop\nsize: 2\nport: [80\n',
      'swarm.json': '{"name": "web", "instance_type": "ecs.g6.large", "vpc_id": "vpc-1",\n',
    });
    const r = runBin(['--format', 'json', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as FileResult[]).map((f) => [f.file, f.diagnostics.map((d) => d.code)])).toEqual([['swarm.json', ['InvalidJsonFormat']]]);
  });
});
