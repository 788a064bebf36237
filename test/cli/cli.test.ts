/** The command line as users run it: the bundled dist/cli.js, its output and exit codes (SPEC §7). */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import type { FileResult } from '../../src/api/diagnostic.js';
import { BIN, ROOT, runBin, tempTree } from '../helpers.js';

const SEED = readFileSync(join(ROOT, 'examples/batchcompute/seed-example.json'), 'utf8');
const VALID = JSON.stringify({ Name: 'etl', ImageId: 'm-1', InstanceType: 'ecs.sn1.medium', Groups: { w: { DesiredVMCount: 2, ResourceType: 'OnDemand' } } }, null, 2);
const BROKEN = '{\n  "Name": "9lives",\n  "ImageId": "m-1",\n  "InstanceType": "ecs.sn1.medium",\n  "Groups": {}\n}\n';

const json = (stdout: string) => JSON.parse(stdout) as FileResult[];
const briefs = (results: FileResult[]) => results.flatMap((r) => r.diagnostics.map((d) => `${r.file} ${d.severity}:${d.code}@${d.line}:${d.column}`));

describe('exit codes and formats', () => {
  it('the seed example has warnings only: exit 0, stylish summary', () => {
    const dir = tempTree({ 'seed.json': SEED });
    const r = runBin(['seed.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✖ 5 problems (0 errors, 5 warnings)');
    expect(r.stdout).toContain('67:30   warning  Specified parameter CidrBlock is not valid. Configs.Networks.VPC.CidrBlock is not valid.  InvalidCidrBlock');
    expect(r.stdout).toContain('10.0.0.0/8 has a /8 mask');
    // The source line and a caret run under the value.
    expect(r.stdout).toContain('          │                 "CidrBlock": "10.0.0.0/8"\n          │                              ^^^^^^^^^^^^\n');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('errors: exit 1; --format json is one array with counts', () => {
    const dir = tempTree({ 'bad.json': BROKEN });
    const r = runBin(['--format', 'json', 'bad.json'], { cwd: dir });
    expect(r.status).toBe(1);
    const out = json(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ file: 'bad.json', errorCount: 2, warningCount: 0 });
    expect(out[0]!.diagnostics[0]).toEqual({
      code: 'InvalidName',
      message: 'Specified parameter Name is not valid. It must only contain characters within [a-zA-Z0-9_-], and must not start with [0-9].',
      detail: 'Name "9lives" is not valid: only letters, digits, "_" and "-" are allowed, and the first character must not be a digit.',
      status: 400,
      origin: 'api',
      severity: 'error',
      rule: 'batchcompute-cluster',
      file: 'bad.json',
      document: 0,
      pointer: '/Name',
      line: 2,
      column: 11,
      endLine: 2,
      endColumn: 19,
    });
    expect(out[0]!.diagnostics[1]).toMatchObject({ code: 'InvalidGroups', message: 'Specified parameter Groups is not valid.', origin: 'template', line: 5, column: 3 });
  });

  it('a clean file prints nothing and exits 0', () => {
    const dir = tempTree({ 'ok.json': VALID });
    const r = runBin(['ok.json'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('--max-warnings: more warnings than allowed is exit 1 with a reason', () => {
    const dir = tempTree({ 'seed.json': SEED });
    expect(runBin(['--max-warnings', '5', 'seed.json'], { cwd: dir }).status).toBe(0);
    const r = runBin(['--max-warnings', '4', 'seed.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('clusterlint: too many warnings (5); the maximum is 4.\n');
  });

  it('--max-warnings -1 is no limit (as in ESLint), written apart or with =', () => {
    const dir = tempTree({ 'seed.json': SEED });
    for (const args of [['--max-warnings', '-1'], ['--max-warnings=-1'], ['--max-warnings', '0', '--max-warnings', '-1']]) {
      const r = runBin([...args, '--format', 'json', 'seed.json'], { cwd: dir });
      expect([r.status, r.stderr, json(r.stdout)[0]!.warningCount], args.join(' ')).toEqual([0, '', 5]);
    }
    // A file named -1 after the option's value is still a path.
    expect(runBin(['--max-warnings', '0', '--', '-1'], { cwd: dir })).toMatchObject({ status: 2, stderr: 'clusterlint: cannot read -1: no such file or directory\n' });
  });

  it('short flags: -f -o -c -j -q, -v, -h', () => {
    const dir = tempTree({ 'seed.json': SEED, 'bad.json': BROKEN, 'lint.yaml': 'severity:\n  "Bcs*": "off"\n' });
    const r = runBin(['-f', 'json', '-o', 'report.json', '-c', 'lint.yaml', '-j', '1', '-q', 'seed.json', 'bad.json'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', '']);
    expect(briefs(json(readFileSync(join(dir, 'report.json'), 'utf8')))).toEqual(['bad.json error:InvalidName@2:11', 'bad.json error:InvalidGroups@5:3']);
    const warnings = runBin(['-f', 'json', '-c', 'lint.yaml', 'seed.json'], { cwd: dir });
    expect(briefs(json(warnings.stdout))).toEqual(['seed.json warning:InvalidCidrBlock@67:30', 'seed.json warning:SpotSettingIgnored@76:29']);
    expect(runBin(['-v'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    expect(runBin(['-h']).stdout).toBe(runBin(['--help']).stdout);
  });

  it('a missing member underlines where its object stands (the parent key, the { or one character), never a sibling key', () => {
    const yaml = 'Name: etl\nInstanceType: ecs.sn1.medium\nGroups:\n  w:\n    ResourceType: OnDemand\nConfigs:\n  Mounts:\n    Entries:\n      - Destination: /data\n        WriteSupport: true\n';
    const json = '{\n  "Name": "etl", "InstanceType": "ecs.sn1.medium",\n  "Groups": {"w": {"ResourceType": "OnDemand"}},\n  "Configs": {"Mounts": {"Entries": [{"Destination": "/x", "WriteSupport": true}]}}\n}\n';
    const dir = tempTree({ 'a.yaml': yaml, 'b.json': json });
    const r = runBin(['--dialect', 'batchcompute', 'a.yaml', 'b.json'], { cwd: dir });
    expect(r.status).toBe(1);
    const excerpts = (file: string) =>
      r.stdout
        .split('\n\n')
        .find((block) => block.startsWith(`${file}\n`))!
        .split('\n')
        .filter((l) => l.startsWith('  ') && /^\s+\d+:\d+\s+error/.test(l) || l.startsWith('          │'))
        .join('\n');
    expect(excerpts('a.yaml')).toBe(
      [
        // The root of a YAML block mapping has no bracket: its first character, not the whole first key.
        '  1:1     error    ImageId is mandatory for this action.  MissingImageId',
        '          │ Name: etl',
        '          │ ^',
        // A group: the key it stands under.
        '  4:3     error    DesiredVMCount is mandatory for this action.  MissingDesiredVMCount',
        '          │   w:',
        '          │   ^',
        // An array element: its start, one character (Destination itself is fine).
        '  9:9     error    Configs.Mounts.Entries.Source is mandatory for this action.  MissingConfigs.Mounts.Entries.Source',
        '          │       - Destination: /data',
        '          │         ^',
      ].join('\n'),
    );
    expect(excerpts('b.json')).toBe(
      [
        '  1:1     error    ImageId is mandatory for this action.  MissingImageId',
        '          │ {',
        '          │ ^',
        '  3:14    error    DesiredVMCount is mandatory for this action.  MissingDesiredVMCount',
        '          │   "Groups": {"w": {"ResourceType": "OnDemand"}},',
        '          │              ^^^',
        '  4:38    error    Configs.Mounts.Entries.Source is mandatory for this action.  MissingConfigs.Mounts.Entries.Source',
        '          │   "Configs": {"Mounts": {"Entries": [{"Destination": "/x", "WriteSupport": true}]}}',
        '          │                                      ^',
      ].join('\n'),
    );
  });

  it('--quiet reports errors only', () => {
    const dir = tempTree({ 'seed.json': SEED, 'bad.json': BROKEN });
    const r = runBin(['--quiet', '--format', 'json', 'seed.json', 'bad.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(briefs(json(r.stdout))).toEqual(['bad.json error:InvalidName@2:11', 'bad.json error:InvalidGroups@5:3']);
    expect(runBin(['--quiet', 'seed.json'], { cwd: dir }).stdout).toBe('');
  });

  it('colour: only when asked or on a terminal, never with --no-color or NO_COLOR', () => {
    const dir = tempTree({ 'bad.json': BROKEN });
    expect(runBin(['--color', 'bad.json'], { cwd: dir, env: { NO_COLOR: '' } }).stdout).toMatch(/\u001b\[31m/);
    expect(runBin(['--color', '--no-color', 'bad.json'], { cwd: dir, env: { NO_COLOR: '' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runBin(['--color', 'bad.json'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('colour: the caret has the colour of its severity (red under an error, yellow under a warning)', () => {
    const dir = tempTree({ 'bad.json': BROKEN, 'seed.json': SEED });
    const caret = (colour: number, width: number) => `\u001b[2m│\u001b[0m ${' '.repeat(10)}\u001b[${colour}m${'^'.repeat(width)}\u001b[0m`;
    // bad.json 2:11 InvalidName: an error.
    expect(runBin(['--color', 'bad.json'], { cwd: dir, env: { NO_COLOR: '' } }).stdout).toContain(`          ${caret(31, 8)}\n`);
    // seed.json 67:30 InvalidCidrBlock: a warning.
    const warning = runBin(['--color', 'seed.json'], { cwd: dir, env: { NO_COLOR: '' } }).stdout;
    expect(warning).toContain(`\u001b[2m│\u001b[0m ${' '.repeat(29)}\u001b[33m${'^'.repeat(12)}\u001b[0m\n`);
    expect(warning).not.toContain('\u001b[31m^');
  });

  it('--output-file writes the report there and nothing to stdout', () => {
    const dir = tempTree({ 'bad.json': BROKEN });
    const r = runBin(['--format', 'json', '--output-file', 'report.json', 'bad.json'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(json(readFileSync(join(dir, 'report.json'), 'utf8'))[0]!.errorCount).toBe(2);
  });

  it('"-" reads stdin, named by --stdin-filename (its extension picks the format)', () => {
    const yaml = 'Name: etl\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  w: {DesiredVMCount: -1, ResourceType: OnDemand}\n';
    const r = runBin(['--format', 'json', '--stdin-filename', 'specs/etl.yaml', '-'], { input: yaml });
    expect(r.status).toBe(1);
    expect(briefs(json(r.stdout))).toEqual(['specs/etl.yaml error:InvalidDesiredVMCount@5:23']);
    const unnamed = runBin(['--format', 'json', '-'], { input: VALID });
    expect(json(unnamed.stdout)[0]).toMatchObject({ file: '<stdin>', errorCount: 0 });
  });

  it('--dialect lints a file whose shape says nothing', () => {
    const dir = tempTree({ 'odd.json': '{"Name": "etl"}' });
    expect(briefs(json(runBin(['--format', 'json', 'odd.json'], { cwd: dir }).stdout))).toEqual(['odd.json error:UnknownDialect@1:1']);
    const r = runBin(['--format', 'json', '--dialect', 'batchcompute', 'odd.json'], { cwd: dir });
    expect(briefs(json(r.stdout))).toEqual(['odd.json error:MissingGroups@1:1', 'odd.json error:MissingImageId@1:1', 'odd.json error:MissingInstanceType@1:1']);
  });

  it('--version and --help', () => {
    expect(runBin(['--version'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    const help = runBin(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: clusterlint \[options\] \[paths\.\.\.\]/);
    expect(help.stdout).toContain('--max-warnings N        exit 1 when there are more than N warnings (-1: no limit, the default)\n');
    for (const [short, long] of [['f', 'format'], ['o', 'output-file'], ['c', 'config'], ['j', 'jobs'], ['q', 'quiet'], ['v', 'version'], ['h', 'help']]) {
      expect(help.stdout).toMatch(new RegExp(`^  -${short}, --${long}\\b`, 'm'));
    }
  });

  it('the README options table lists every option of --help, short flags included', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| option | meaning |'), readme.indexOf('**Which files are read.**'));
    const options = [...runBin(['--help']).stdout.matchAll(/^ {2}((?:-\w, )?--[\w-]+)/gm)].map((m) => m[1]!);
    expect(options).toEqual(expect.arrayContaining(['-f, --format', '-j, --jobs', '--max-warnings', '-h, --help']));
    for (const option of options) {
      const [first, second] = option.split(', ');
      expect(table, option).toContain(second ? `| \`${first}\`, \`${second}` : `\`${first}`);
    }
  });
});

describe('usage errors: exit 2 with one line, never a stack trace', () => {
  const cases: Array<[string[], string]> = [
    [['missing.json'], 'clusterlint: cannot read missing.json: no such file or directory\n'],
    [['--bogus'], 'clusterlint: unknown option --bogus (see --help)\n'],
    [['--format'], "clusterlint: Option '-f, --format <value>' argument missing (see --help)\n"],
    [['--format', 'xml', '.'], 'clusterlint: unknown format "xml"; use one of: '],
    [['--dialect', 'ecs', '.'], 'clusterlint: unknown dialect "ecs"; use batchcompute or containerservice\n'],
    [['--max-warnings', 'many', '.'], 'clusterlint: --max-warnings takes a whole number, or -1 for no limit, not "many"\n'],
    [['--max-warnings', '-2', '.'], 'clusterlint: --max-warnings takes a whole number, or -1 for no limit, not "-2"\n'],
    [['--config', 'nope.json', '.'], 'clusterlint: cannot read config nope.json: no such file or directory\n'],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      const dir = tempTree({ 'ok.json': VALID });
      const r = runBin(args, { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith(message)).toBe(true);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});

describe('walking directories', () => {
  it('lints spec files found by dialect and skips everything else silently', () => {
    const dir = tempTree({
      'specs/etl.json': VALID,
      'specs/bad.yaml': 'Name: 9lives\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  w: {DesiredVMCount: 1, ResourceType: OnDemand}\n',
      'specs/broken.json': '{\n  "Name": "etl",\n  "ImageId": "m-1"\n  "Groups": {}\n}\n',
      'package.json': '{"name": "infra", "version": "1.0.0"}',
      'tsconfig.json': '{\n  // comments make this invalid JSON, but it is no spec\n  "compilerOptions": {}\n}\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      'node_modules/dep/spec.json': BROKEN,
      'notes.txt': BROKEN,
      'list.json': '[1, 2]',
    });
    const r = runBin(['--format', 'json', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(briefs(json(r.stdout))).toEqual(['specs/bad.yaml error:InvalidName@1:7', 'specs/broken.json error:InvalidJsonFormat@4:3']);
    expect(json(r.stdout).map((f) => f.file)).toEqual(['specs/bad.yaml', 'specs/broken.json', 'specs/etl.json']);
  });

  it('files named explicitly are linted whatever their name; the result does not depend on argument order', () => {
    const dir = tempTree({ 'a.spec': BROKEN, 'b.json': BROKEN });
    const one = runBin(['--format', 'json', 'b.json', 'a.spec'], { cwd: dir });
    const two = runBin(['--format', 'json', 'a.spec', 'b.json'], { cwd: dir });
    expect(one.stdout).toBe(two.stdout);
    expect(json(one.stdout).map((f) => f.file)).toEqual(['a.spec', 'b.json']);
  });

  it('survives a symlink loop and visits each directory once', () => {
    const dir = tempTree({ 'specs/etl.json': BROKEN });
    symlinkSync('..', join(dir, 'specs', 'loop'));
    const r = runBin(['--format', 'json', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(json(r.stdout).map((f) => f.file)).toEqual(['specs/etl.json']);
  });
});

describe('the README commands', () => {
  it('the examples folder lints with the documented outcome', () => {
    expect(existsSync(join(ROOT, 'examples'))).toBe(true);
    const r = runBin(['--format', 'json', 'examples']);
    const results = json(r.stdout);
    const seed = results.find((f) => f.file === 'examples/batchcompute/seed-example.json')!;
    expect(seed).toMatchObject({ errorCount: 0, warningCount: 5 });
    expect(r.status).toBe(results.some((f) => f.errorCount > 0) ? 1 : 0);
  });
});

describe('the bundle', () => {
  it('imports nothing but Node built-ins and its own vendor files, which it loads only when needed', () => {
    for (const bundle of [BIN, join(ROOT, 'dist/action.js')]) {
      const code = readFileSync(bundle, 'utf8');
      const specifiers = [...code.matchAll(/^import .* from (["'])([^"']+)\1;$/gm)].map((m) => m[2]!);
      expect(specifiers.length, bundle).toBeGreaterThan(0);
      expect(specifiers.filter((s) => !isBuiltin(s)), bundle).toEqual([]);
    }
  });

  it('runs from a copy of dist/ with no node_modules anywhere, YAML included (a plain clone needs no install)', () => {
    const dir = tempTree({ 'specs/a.yaml': 'Name: 9lives\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\n', 'specs/b.json': BROKEN });
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    const r = spawnSync(process.execPath, [join(dir, 'dist/cli.js'), '--format', 'json', 'specs'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(briefs(json(r.stdout))).toEqual(['specs/a.yaml error:InvalidName@1:7', 'specs/b.json error:InvalidName@2:11', 'specs/b.json error:InvalidGroups@5:3']);
  });
});
