/**
 * clusterlint never executes what it reads and never touches the network: YAML tags are data,
 * the config is data (no JavaScript config is ever loaded), the bundle imports no networking
 * module and loads none while running, and linting writes nothing but --output-file.
 */
import { existsSync, openSync, closeSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse.js';
import { BIN, lintText, runBin, tempTree } from '../helpers.js';

const SPEC_YAML = 'Name: x\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 1, ResourceType: OnDemand}\n';

describe('nothing is executed', () => {
  it('YAML tags such as !!js/function are never resolved: the value stays the text', () => {
    const g = globalThis as Record<string, unknown>;
    const text =
      'a: !!js/function "function () { globalThis.__clusterlintPwned = 1 }"\n' +
      'b: !<tag:yaml.org,2002:js/function> "function () { globalThis.__clusterlintPwned = 2 }"\n' +
      'c: !!python/object/apply:os.system ["touch /tmp/pwned"]\n' +
      'd: !!js/undefined ""\n' +
      'e: !!binary aGVsbG8=\n';
    const data = parseFile('t.yaml', new TextEncoder().encode(text)).documents[0]!.data;
    expect(data).toEqual({
      a: 'function () { globalThis.__clusterlintPwned = 1 }',
      b: 'function () { globalThis.__clusterlintPwned = 2 }',
      c: ['touch /tmp/pwned'],
      d: '',
      e: 'aGVsbG8=',
    });
    expect(g.__clusterlintPwned).toBeUndefined();
  });

  it('a tagged value in a spec is checked as the string it is', () => {
    const d = lintText(SPEC_YAML.replace('Name: x', 'Name: !!js/function "function () { return 1 }"'), 't.yaml');
    expect(d.map((x) => `${x.code} ${x.detail}`)).toEqual([
      'InvalidName Name "function () { return 1 }" is not valid: only letters, digits, "_" and "-" are allowed, and the first character must not be a digit.',
    ]);
  });

  it('JavaScript config files are never loaded, and a tagged YAML config is data', () => {
    const marker = (n: string) => `require('fs').writeFileSync(${JSON.stringify(n)}, 'ran'); module.exports = {};\n`;
    const cwd = tempTree({
      'clusterlint.config.js': marker('ran-js'),
      'clusterlint.config.cjs': marker('ran-cjs'),
      'clusterlint.config.mjs': "import { writeFileSync } from 'node:fs'; writeFileSync('ran-mjs', 'ran'); export default {};\n",
      '.clusterlintrc.js': marker('ran-rc'),
      'spec.yaml': SPEC_YAML,
    });
    const r = runBin(['spec.yaml'], { cwd });
    expect(r.status).toBe(0);
    expect(readdirSync(cwd).filter((f) => f.startsWith('ran-'))).toEqual([]);

    writeFileSync(join(cwd, 'clusterlint.config.yaml'), 'include: !!js/function "function () { require(\'fs\').writeFileSync(\'ran-tag\', \'x\') }"\n');
    const tagged = runBin(['spec.yaml'], { cwd });
    expect(tagged.status).toBe(2);
    expect(tagged.stderr).toMatch(/^clusterlint: invalid config .*clusterlint\.config\.yaml:1:24: include must be array\.\n$/);
    expect(existsSync(join(cwd, 'ran-tag'))).toBe(false);
  });
});

describe('no network', () => {
  const FORBIDDEN = /^(node:)?(net|http|https|http2|tls|dgram|dns|dns\/promises|child_process|worker_threads|cluster|inspector|_http_\w+)$/;

  it('the bundle imports no networking or process module', () => {
    const code = readFileSync(BIN, 'utf8');
    const specifiers = new Set([...code.matchAll(/\b(?:from|import|require)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!));
    const builtins = [...specifiers].filter((s) => isBuiltin(s));
    expect(builtins.length).toBeGreaterThan(0);
    expect(builtins.filter((s) => FORBIDDEN.test(s))).toEqual([]);
  });

  it('running the bundle loads no networking module beyond what Node itself loads', () => {
    const dir = tempTree({
      'record.mjs': "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.MODULES_OUT, JSON.stringify(process.moduleLoadList)));\n",
      // The baseline: Node itself, and node:v8, which the program loads as it starts to steer its
      // heap (src/run/heap.ts); node:v8 brings the stream_wrap binding with its snapshot streams.
      'empty.mjs': "import 'node:v8';\n",
      'spec.yaml': SPEC_YAML.replace('Name: x', 'Name: 3d'),
    });
    // Standard streams go to files: a pipe would itself load `net` for process.stdout.
    const loaded = (script: string, args: string[], out: string): string[] => {
      const fd = openSync(join(dir, `${out}.log`), 'w');
      try {
        spawnSync(process.execPath, ['--import', join(dir, 'record.mjs'), script, ...args], { cwd: dir, stdio: ['ignore', fd, fd], env: { ...process.env, MODULES_OUT: join(dir, out) } });
      } finally {
        closeSync(fd);
      }
      return JSON.parse(readFileSync(join(dir, out), 'utf8'));
    };
    const baseline = new Set(loaded(join(dir, 'empty.mjs'), [], 'baseline.json'));
    const run = loaded(BIN, ['--format', 'stylish', 'spec.yaml', '.'], 'run.json');
    expect(readFileSync(join(dir, 'run.json.log'), 'utf8')).toContain('InvalidName');
    const added = run.filter((m) => !baseline.has(m));
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((m) => /^NativeModule /.test(m) && FORBIDDEN.test(m.slice('NativeModule '.length)))).toEqual([]);
    expect(added.filter((m) => /^NativeModule internal\/(http|http2|tls|dns|child_process|net|dgram|cluster|worker)/.test(m))).toEqual([]);
    expect(added.filter((m) => /^Internal Binding (tcp_wrap|udp_wrap|cares_wrap|tls_wrap|pipe_wrap|stream_wrap|process_wrap|spawn_sync|js_stream)$/.test(m))).toEqual([]);
  });
});

describe('files are only read', () => {
  it('a run leaves every file as it was; only --output-file is written', () => {
    const files = { 'a.json': '{"Name":"3d"}', 'b.yaml': SPEC_YAML, 'sub/c.yml': SPEC_YAML.replace('ImageId: m-1', 'ImageId: ""'), 'clusterlint.config.json': '{"quotas": {"MaxClusterCount": 1}}' };
    const dir = tempTree(files);
    const snapshot = () => Object.keys(files).map((f) => [f, readFileSync(join(dir, f), 'utf8'), statSync(join(dir, f)).mtimeMs]);
    const before = snapshot();
    const listing = () => readdirSync(dir, { recursive: true }).map(String).sort();
    const names = listing();
    expect(runBin(['.'], { cwd: dir }).status).toBe(1);
    expect(runBin(['--format', 'json', '--output-file', 'report.json', '.'], { cwd: dir }).status).toBe(1);
    expect(snapshot()).toEqual(before);
    expect(listing()).toEqual([...names, 'report.json'].sort());
  });
});
