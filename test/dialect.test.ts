/**
 * Dialect detection (SPEC §1) with both dialects side by side: `--dialect`, config `overrides`,
 * a `$schema` key or YAML modeline, and the shape of the keys; walked files that are not specs
 * are skipped silently, named ones get UnknownDialect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/diagnostic.js';
import { brief, lintResults, lintText, ROOT, runBin, tempTree } from './helpers.js';

const BC_SEED = readFileSync(join(ROOT, 'examples/batchcompute/seed-example.json'), 'utf8');
const CS_SEED = readFileSync(join(ROOT, 'examples/containerservice/seed-example.json'), 'utf8');

/** The schema ids (dialects) that found something in each file. */
function dialects(results: FileResult[]): Record<string, string[]> {
  return Object.fromEntries(results.map((r) => [r.file, [...new Set(r.diagnostics.map((d) => d.rule).filter((x) => x.endsWith('-cluster')))]]));
}

describe('dialect by shape', () => {
  it('takes two Container Service keys and no Batch Compute one', () => {
    expect(lintText('{"name": "web", "size": 2}\n').map(brief)).toContain('error:MissingSubnetCidr@1:1 /subnet_cidr');
    expect(lintText('name: web\nregion_id: cn-beijing\n', 'spec.yaml').map(brief)).toContain('error:MissingVswitchId@1:1 /vswitch_id');
  });

  it('is undecided with one key, or with a key only the other dialect has', () => {
    const undecided = ['error:UnknownDialect@1:1 /'];
    expect(lintText('{"name": "web"}\n').map(brief)).toEqual(undecided);
    expect(lintText('{"name": "web", "size": 2, "Groups": {}}\n').map(brief)).toEqual(undecided);
    expect(lintText('Name: web\nsize: 2\nvpc_id: vpc-a\n', 'spec.yaml').map(brief)).toEqual(undecided);
  });

  it('decides each document of a YAML stream on its own', () => {
    const text = `name: web\nsize: 2\n---\nName: job\nImageId: m-1\n`;
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
    expect(lintText('{"$schema": "https://example.com/other.json", "name": "a", "size": 1}\n').map(brief)).toContain('error:MissingVpcId@1:1 /vpc_id');
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
      'specs/broken.yaml': 'name: web\nsize: [1\n',
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
    expect(codes['specs/broken.yaml']).toEqual(['error:InvalidYamlFormat@3:1 /']);
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
