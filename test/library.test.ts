/**
 * The library (SPEC §8) from its source: what `lintFiles`, `lintText`, `loadConfig`, `format` and
 * `codes` return, checked against the command line's own output. test/package.test.ts proves the
 * same API from the packed tarball.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { API_ROWS, LINT_CODES } from '../src/catalogue/catalogue.js';
import { runCli } from '../src/cli/cli.js';
import { FORMATS, type FormatName as FormatterName } from '../src/formatters/index.js';
import { codes, fixText, format, isPathIgnored, lintFiles, lintText, loadConfig, UsageError, type FileResult, type FormatName } from '../src/index.js';
import { ROOT, goldenLine, tempTree } from './helpers.js';

const BAD_YAML = 'Name: 9lives\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g:\n    DesiredVMCount: 1\n    ResourceType: OnDemand\n';
const GOOD = (name: string, token?: string) =>
  JSON.stringify({ Name: name, ImageId: 'm-1', InstanceType: 'ecs.sn1.medium', ...(token ? { IdempotentToken: token } : {}), Groups: { g: { DesiredVMCount: 1, ResourceType: 'OnDemand' } } }, null, 2) + '\n';

const temps: string[] = [];
function tree(files: Record<string, string>): string {
  const dir = tempTree(files);
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The command line's `--format json` report, run in-process. */
function cliJson(args: string[], cwd: string): { status: number; results: FileResult[] } {
  let stdout = '';
  const status = runCli(['--format', 'json', ...args], { cwd, env: {}, stdout: (t) => void (stdout += t), stderr: () => undefined, stdin: () => new Uint8Array(), isTTY: false });
  return { status, results: JSON.parse(stdout) as FileResult[] };
}

describe('lintText', () => {
  it('lints a YAML text by its filename, positions and all', () => {
    const r = lintText(BAD_YAML, { filename: 'specs/bad.yaml' });
    expect(r.file).toBe('specs/bad.yaml');
    expect(r.errorCount).toBe(1);
    expect(r.warningCount).toBe(0);
    expect(r.diagnostics.map(goldenLine)).toEqual([
      '1:7-1:13 error InvalidName 400 /Name Specified parameter Name is not valid. It must only contain characters within [a-zA-Z0-9_-], and must not start with [0-9]. | Name "9lives" is not valid: only letters, digits, "_" and "-" are allowed, and the first character must not be a digit.',
    ]);
  });

  it('is a file named on the command line: a text of no known dialect is UnknownDialect, unless a dialect is given', () => {
    expect(lintText('{"a": 1}').diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['<text> UnknownDialect']);
    expect(lintText('Name: ok\n', { filename: 'x.yaml', dialect: 'batchcompute' }).diagnostics.map((d) => d.code)).toEqual(['MissingGroups', 'MissingImageId', 'MissingInstanceType']);
  });

  it('applies a config given as data, checks across documents included', () => {
    const twoClusters = `Name: a\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\n---\nName: b\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\n`;
    const r = lintText(twoClusters, { filename: 'two.yaml', config: { quotas: { MaxClusterCount: 1 } } });
    expect(r.diagnostics.map(goldenLine)).toEqual([
      '#1 6:1-6:2 error QuotaExhausted.MaxClusterCount 403 / The MaxClusterCount (1) quota is exhausted. | This is cluster 2 of this run; the quota allows 1.',
    ]);
    expect(lintText(twoClusters, { filename: 'two.yaml', config: { severity: { 'QuotaExhausted.*': 'off' }, quotas: { MaxClusterCount: 1 } } }).diagnostics).toEqual([]);
  });

  it('checks a config given as data like a config file: a bad one throws a UsageError', () => {
    expect(() => lintText('{}', { config: { quotas: { MaxClusterCount: -1 } } })).toThrow(new UsageError('invalid config: quotas.MaxClusterCount must be >= 0.'));
    expect(() => lintText('{}', { config: { sevrity: {} } as never })).toThrow(new UsageError('invalid config: unknown setting "sevrity".'));
  });
});

describe('fixText', () => {
  it('fixes round after round as --fix does: a renamed key, then the quoted count under it; a byte-order mark stays', () => {
    const text = '\uFEFF{"Name": "etl", "ImageId": "m-x", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCont": "2", "ResourceType": "OnDemand"}}}\n';
    expect(fixText(text, { filename: 'spec.json' })).toEqual({ text: text.replace('"DesiredVMCont": "2"', '"DesiredVMCount": 2'), fixed: 2 });
    expect(fixText('{"Name": "etl", "ImageId": "m-x", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 2}}}', { filename: 'spec.json' })).toBeUndefined();
  });
});

describe('lintFiles', () => {
  const cwd = tree({
    'clusterlint.config.yaml': 'quotas:\n  MaxClusterCount: 2\nexclude: [old/**]\n',
    'specs/a.json': GOOD('a', 'tok_1'),
    'specs/b.json': GOOD('b', 'tok_1'),
    'specs/c.yaml': BAD_YAML,
    'specs/package.json': '{"name": "x"}\n',
    'old/d.json': GOOD('d'),
  });

  it('returns what the command line prints with --format json, the nearest config applied', async () => {
    const results = await lintFiles(['.'], { cwd });
    expect(results).toEqual(cliJson(['.'], cwd).results);
    expect(results.map((r) => `${r.file} ${r.diagnostics.map((d) => d.code).join(',')}`)).toEqual([
      'specs/a.json ',
      'specs/b.json IdempotentTokenMismatch',
      'specs/c.yaml QuotaExhausted.MaxClusterCount,InvalidName',
    ]);
  });

  it('takes a config as data (globs relative to cwd) or from loadConfig, and the command line options', async () => {
    const plain = await lintFiles(['specs'], { cwd, config: {} });
    expect(plain.flatMap((r) => r.diagnostics.map((d) => d.code))).toEqual(['IdempotentTokenMismatch', 'InvalidName']);
    const loaded = loadConfig({ cwd: join(cwd, 'specs') });
    expect(loaded.path).toBe(join(cwd, 'clusterlint.config.yaml'));
    expect(loaded.baseDir).toBe(cwd);
    expect(loaded.config).toEqual({ quotas: { MaxClusterCount: 2 }, exclude: ['old/**'] });
    expect(await lintFiles(['specs'], { cwd, config: loaded })).toEqual(cliJson(['specs'], cwd).results);
    const named = await lintFiles(['specs/package.json', 'specs/a.json'], { cwd, ignoreUnknown: true });
    expect(named.map((r) => r.file)).toEqual(['specs/a.json']);
    expect(await lintFiles(['specs/package.json'], { cwd, dialect: 'containerservice', config: {} })).toEqual(cliJson(['--dialect', 'containerservice', 'specs/package.json'], cwd).results);
  });

  it('rejects what the command line answers with exit code 2', async () => {
    await expect(lintFiles(['missing'], { cwd })).rejects.toThrow(new UsageError('cannot read missing: no such file or directory'));
    await expect(lintFiles(['-'], { cwd })).rejects.toThrow(UsageError);
    expect(() => loadConfig({ cwd, file: 'nope.json' })).toThrow(new UsageError('cannot read config nope.json: no such file or directory'));
  });
});

describe('isPathIgnored', () => {
  // Every file here is a spec with a finding, so the walk's report names exactly the files it reads.
  const files = ['specs/a.yaml', 'specs/deep/b.yml', 'archive/old.yaml', 'specs/archive/c.yaml', 'node_modules/pkg/d.yaml', '.git/e.yaml', 'notes.yaml.txt', 'specs/f.json'];
  const spec = (f: string) => (f.endsWith('.json') ? JSON.stringify({ Name: '9lives', ImageId: 'm-1', InstanceType: 'ecs.sn1.medium', Groups: { g: { DesiredVMCount: 1, ResourceType: 'OnDemand' } } }) : BAD_YAML);

  it('answers as a walk of the folder reads: exclude by path or by name, node_modules and .git, include', () => {
    for (const config of ['exclude: ["archive/**"]\n', 'exclude: ["archive"]\n', 'include: ["specs/**/*.yaml"]\n', '{}\n']) {
      const dir = tree({ ...Object.fromEntries(files.map((f) => [f, spec(f)])), 'clusterlint.config.yaml': config });
      const walked = cliJson(['.'], dir).results.map((r) => r.file);
      expect(walked.length).toBeGreaterThan(0);
      expect(files.filter((f) => !isPathIgnored(f, { cwd: dir })), config).toEqual(files.filter((f) => walked.includes(f)));
      // An absolute path, and a config handed over as loadConfig returns it, give the same answers.
      const loaded = loadConfig({ cwd: dir });
      expect(files.filter((f) => !isPathIgnored(join(dir, f), { cwd: dir, config: loaded }))).toEqual(files.filter((f) => walked.includes(f)));
    }
  });

  it('judges a file outside the folder from its own folder', () => {
    const dir = tree({ 'ws/a.yaml': BAD_YAML, 'elsewhere/b.yaml': BAD_YAML, 'elsewhere/c.txt': BAD_YAML });
    expect(isPathIgnored(join(dir, 'elsewhere/b.yaml'), { cwd: join(dir, 'ws'), config: { exclude: ['elsewhere/**'] } })).toBe(false);
    expect(isPathIgnored(join(dir, 'elsewhere/b.yaml'), { cwd: join(dir, 'ws'), config: { exclude: ['b.yaml'] } })).toBe(true);
    expect(isPathIgnored(join(dir, 'elsewhere/c.txt'), { cwd: join(dir, 'ws'), config: {} })).toBe(true);
  });
});

describe('format', () => {
  it('prints the command line reports; excerpts come from the linted text, secrets masked', () => {
    const dir = tree({ 'specs/bad.yaml': 'something else entirely\n' });
    const text = `${BAD_YAML}Configs:\n  Mounts:\n    OSS:\n      AccessKeySecret: hunter2hunter2\n`;
    const r = lintText(text, { filename: 'specs/bad.yaml', cwd: dir });
    const stylish = format([r], 'stylish', { cwd: dir });
    expect(stylish).toContain('  1:7     error    Specified parameter Name is not valid.');
    expect(stylish).toContain('│ Name: 9lives\n          │       ^^^^^^\n');
    expect(stylish).not.toContain('something else');
    expect(stylish).not.toContain('hunter2');
    expect(stylish).toMatch(/✖ \d+ problems? \(1 error, \d+ warnings?\)\n$/);
    expect(JSON.parse(format([r], 'json'))).toEqual([r]);
    const sarif = JSON.parse(format([r], 'sarif', { cwd: dir })) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toContain('InvalidName');
    expect(format([r], 'github', { cwd: dir })).toMatch(/^::error file=specs\/bad\.yaml,line=1,col=7,endLine=1,endColumn=13,title=InvalidName::/m);
  });

  it('reads a file that lintFiles linted again, and rejects an unknown format', async () => {
    const dir = tree({ 'bad.yaml': BAD_YAML });
    const results = await lintFiles(['bad.yaml'], { cwd: dir });
    expect(format(results, 'stylish', { cwd: dir })).toContain('│ Name: 9lives\n');
    expect(() => format(results, 'xml' as FormatName)).toThrow(new UsageError('unknown format "xml"; use one of: stylish, json, sarif, github, junit, gitlab, checkstyle'));
  });

  it('accepts exactly the command line formats', () => {
    // Checked by tsc: the published FormatName is the formatters' own list, neither more nor less.
    const same: [FormatName] extends [FormatterName] ? ([FormatterName] extends [FormatName] ? true : false) : false = true;
    expect(same).toBe(true);
    expect(Object.keys(FORMATS).sort()).toEqual(['checkstyle', 'github', 'gitlab', 'json', 'junit', 'sarif', 'stylish']);
  });
});

describe('codes', () => {
  it('holds every row of the API table, the lint-only codes and the templated codes, as data', () => {
    expect(codes.filter((c) => c.origin === 'api').map((c) => [c.code, c.message, c.status])).toEqual(API_ROWS.map((r) => [r.code, r.message, r.status]));
    expect(codes.filter((c) => c.origin === 'lint').map((c) => [c.code, c.message, c.status, c.severity])).toEqual(LINT_CODES.map((l) => [l.code, l.message, null, l.severity]));
    expect(codes.find((c) => c.code === 'InvalidSpotStrategy')).toEqual({ code: 'InvalidSpotStrategy', message: 'Specified parameter SpotStrategy is not valid.', status: 400, origin: 'template', dialects: ['batchcompute'] });
    expect(codes.find((c) => c.code === 'MissingSubnetCidr')).toEqual({ code: 'MissingSubnetCidr', message: 'subnet_cidr is mandatory for this action.', status: 400, origin: 'template', dialects: ['containerservice'] });
    expect(Object.isFrozen(codes) && Object.isFrozen(codes[0])).toBe(true);
  });

  it('names every code the golden files hold', () => {
    const patterns = codes.map((c) => new RegExp(`^${c.code.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(key|Parameter)\}/g, '.+')}$`));
    const dirs = ['batchcompute', 'containerservice'].map((d) => join(ROOT, 'test/fixtures', d));
    const seen = new Set<string>();
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.expected'))) {
        for (const line of readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean)) seen.add(/ (?:error|warning) (\S+) /.exec(line)![1]!);
      }
    }
    expect(seen.size).toBeGreaterThan(40);
    expect([...seen].filter((code) => !patterns.some((p) => p.test(code)))).toEqual([]);
  });
});
