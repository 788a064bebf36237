/**
 * `clusterlint init`: the starter spec it writes (format by extension, dialect by option or name),
 * its schema reference (found by clusterlint and by both editor engines), that it lints clean
 * apart from the expected warning, and that it never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/cli.js';
import { dialectOfSchemaRef } from '../../src/dialect/dialect.js';
import { schemaReference } from '../../src/cli/init.js';
import { snippetValue } from '../../src/dialect/starter.js';
import { lintText, ROOT, runBin, tempTree } from '../helpers.js';
import { jsonEngine, propertyLabels, yamlEngine } from '../editor/engines.js';

/** Runs the CLI in-process in `cwd`, collecting its output. */
function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: () => new Uint8Array(), isTTY: false };
  const status = runCli(argv, io);
  return { status, stdout, stderr };
}

/** A project with clusterlint installed under node_modules (linked to this checkout). */
function installedProject(files: Record<string, string> = {}): string {
  const dir = tempTree({ 'package.json': '{"name": "specs", "private": true}\n', ...files });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'clusterlint'), 'dir');
  return dir;
}

const BC_REF = './node_modules/clusterlint/schemas/batchcompute-cluster.schema.json';
const CS_REF = './node_modules/clusterlint/schemas/containerservice-cluster.schema.json';

describe('what init writes', () => {
  it('by default: cluster.batchcompute.yaml with the modeline, linting clean', () => {
    const dir = installedProject();
    const r = run(['init'], dir);
    expect(r).toEqual({
      status: 0,
      stdout: `Wrote cluster.batchcompute.yaml: a Batch Compute CreateCluster request body associated with ${BC_REF}.\nCheck it with: npx clusterlint cluster.batchcompute.yaml\n`,
      stderr: '',
    });
    const text = readFileSync(join(dir, 'cluster.batchcompute.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${BC_REF}`);
    expect(text).toContain('Name: my-cluster\n');
    expect(text).toContain('Groups:\n  group1:\n    DesiredVMCount: 1\n    ResourceType: OnDemand\n');
    expect(lintText(text, 'cluster.batchcompute.yaml')).toEqual([]);
  });

  it('JSON when the file ends in .json: a $schema key first; Container Service lints with only the password warning', () => {
    const dir = installedProject();
    expect(run(['init', '--dialect', 'containerservice', 'swarm.json'], dir).status).toBe(0);
    const text = readFileSync(join(dir, 'swarm.json'), 'utf8');
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(data)[0]).toBe('$schema');
    expect(data.$schema).toBe(CS_REF);
    expect(data).toMatchObject({ network_mode: 'vpc', data_disk_category: 'cloud_ssd', data_disk_size: 40 });
    expect(lintText(text, 'swarm.json').map((d) => `${d.severity}:${d.code}@${d.line} ${d.pointer}`)).toEqual(['warning:PlaintextSecret@10 /password']);
  });

  it('the dialect follows a file name that names one; .yml is YAML; the placeholder secret is commented', () => {
    const dir = installedProject();
    expect(run(['init', 'web.containerservice.yml'], dir).status).toBe(0);
    const text = readFileSync(join(dir, 'web.containerservice.yml'), 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${CS_REF}`);
    expect(text).toMatch(/# A placeholder: inject the real secret at deploy time[^\n]*\npassword: /);
    expect(lintText(text, 'web.containerservice.yml').map((d) => d.code)).toEqual(['PlaintextSecret']);
  });

  it('--dialect wins over the file name', () => {
    const dir = installedProject();
    expect(run(['init', '--dialect', 'batchcompute', 'x.containerservice.json'], dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'x.containerservice.json'), 'utf8')).$schema).toBe(BC_REF);
  });

  it('clusterlint decides the dialect from the reference alone (SPEC §1: its last path segment)', () => {
    expect(dialectOfSchemaRef(BC_REF)?.name).toBe('batchcompute');
    expect(dialectOfSchemaRef(CS_REF)?.name).toBe('containerservice');
  });
});

describe('the schema reference', () => {
  it('is relative to the spec, into the nearest node_modules/clusterlint', () => {
    const dir = installedProject();
    mkdirSync(join(dir, 'specs', 'nightly'), { recursive: true });
    expect(run(['init', 'specs/nightly/etl.batchcompute.json'], dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'specs/nightly/etl.batchcompute.json'), 'utf8')).$schema).toBe(
      '../../node_modules/clusterlint/schemas/batchcompute-cluster.schema.json',
    );
  });

  it('without an installation, points where npm will install it (beside the nearest package.json) and says so', () => {
    const dir = tempTree({ 'package.json': '{}', 'specs/.keep': '' });
    const r = run(['init', 'specs/a.yaml'], dir);
    const ref = '../node_modules/clusterlint/schemas/batchcompute-cluster.schema.json';
    expect(r.stdout).toContain(`Install clusterlint in this project (npm install --save-dev clusterlint) so that editors find ${ref}.\n`);
    expect(readFileSync(join(dir, 'specs/a.yaml'), 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${ref}`);
  });

  it('inside the clusterlint project itself, points at its own schemas/', () => {
    expect(schemaReference(join(ROOT, 'examples/batchcompute/new.yaml'), 'batchcompute-cluster.schema.json')).toEqual({
      ref: '../../schemas/batchcompute-cluster.schema.json',
      exists: true,
    });
  });
});

describe('editors open what init writes', () => {
  it("VS Code's JSON service follows the $schema key: completion and a clean validation", async () => {
    const dir = installedProject();
    run(['init', 'etl.json'], dir);
    const path = join(dir, 'etl.json');
    const text = readFileSync(path, 'utf8');
    const engine = jsonEngine();
    const uri = pathToFileURL(path).href;
    expect(await engine.validate(text, uri)).toEqual([]);
    const withCursor = text.replace('"Name": "my-cluster",', '"Name": "my-cluster",\n  |');
    expect(propertyLabels(await engine.complete(withCursor, uri))).toEqual([
      'Bootstrap', 'Configs', 'DependencyIsvService', 'EnvVars', 'IdempotentToken', 'Notification', 'PasswordInherit', 'ScheduleType', 'UserData',
    ]);
  });

  it('yaml-language-server follows the modeline: completion and a clean validation', async () => {
    const dir = installedProject();
    run(['init', '--dialect', 'containerservice', 'web.yaml'], dir);
    const path = join(dir, 'web.yaml');
    const text = readFileSync(path, 'utf8');
    const engine = yamlEngine();
    const uri = pathToFileURL(path).href;
    expect(await engine.validate(text, uri)).toEqual([]);
    const labels = propertyLabels(await engine.complete(`${text}|`, uri));
    // YAML has the modeline instead of a $schema key, so the key is still offered.
    expect(labels).toEqual(['$schema', 'ecs_image_id', 'need_slb', 'rds_instances', 'release_eip_flag']);
  });
});

describe('init never overwrites and says why in one line', () => {
  it('an existing file: exit 2, the file unchanged', () => {
    const dir = tempTree({ 'cluster.batchcompute.yaml': 'mine\n' });
    const r = run(['init'], dir);
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'clusterlint: cluster.batchcompute.yaml already exists; init never overwrites a file (name another one)\n' });
    expect(readFileSync(join(dir, 'cluster.batchcompute.yaml'), 'utf8')).toBe('mine\n');
  });

  it('usage errors: exit 2 with one line, nothing written', () => {
    const dir = tempTree({});
    const cases: Array<[string[], string]> = [
      [['init', 'spec.txt'], 'clusterlint: init writes a .json, .yaml or .yml file, not "spec.txt"\n'],
      [['init', '--dialect', 'ecs'], 'clusterlint: unknown dialect "ecs"; use batchcompute or containerservice\n'],
      [['init', 'a.yaml', 'b.yaml'], 'clusterlint: init writes one file; name at most one (see init --help)\n'],
      [['init', '--force'], 'clusterlint: init: unknown option --force (see init --help)\n'],
      [['init', 'missing/dir/a.yaml'], 'clusterlint: cannot write missing/dir/a.yaml: no such file or directory\n'],
    ];
    for (const [argv, stderr] of cases) expect(run(argv, dir), argv.join(' ')).toEqual({ status: 2, stdout: '', stderr });
    for (const f of ['spec.txt', 'cluster.batchcompute.yaml', 'a.yaml']) expect(existsSync(join(dir, f)), f).toBe(false);
  });

  it('--help explains init', () => {
    const r = run(['init', '--help'], tempTree({}));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: clusterlint init \[--dialect NAME\] \[FILE\]\n/);
  });

  it('a file named init is still linted with ./init', () => {
    const dir = tempTree({ init: '{"Name": "x", "ImageId": "m-1"}' });
    expect(runBin(['./init'], { cwd: dir }).stdout).toContain('MissingInstanceType');
  });
});

describe('the bundled program', () => {
  it('init, then lint what it wrote: exit 0 and no output', () => {
    const dir = installedProject();
    expect(runBin(['init', 'etl.batchcompute.yaml'], { cwd: dir }).status).toBe(0);
    expect(runBin(['etl.batchcompute.yaml'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
    writeFileSync(join(dir, 'keep.yaml'), 'x');
    expect(runBin(['init', 'keep.yaml'], { cwd: dir })).toMatchObject({ status: 2, stdout: '' });
  });
});

describe('snippet placeholders become plain values', () => {
  it('${n:default} → default, ${n|a,b|} → a, $n → nothing, ^raw → JSON', () => {
    expect(snippetValue({ '${1:g1}': { a: '${2:x}-$3', b: '${4|OnDemand,Spot|}', c: '^${5:2}', d: '^${6|false,true|}', e: ['^${7:0.5}'] } })).toEqual({
      g1: { a: 'x-', b: 'OnDemand', c: 2, d: false, e: [0.5] },
    });
  });
});
