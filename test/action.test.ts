/**
 * The Action's bundle, run the way the runner runs it: `node dist/action.js` in the workspace,
 * every input of action.yml as an `INPUT_*` variable (default values included, names upper-cased
 * with spaces turned into `_` and dashes kept), `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files,
 * an event payload, and temporary git repositories for `only-changed`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintResults, ROOT, tempTree, tempDir } from './helpers.js';
import { ODD_NAME, SAMPLE_FILES, SEED } from './sample-specs.js';
import { sarifValidator, type SarifLog } from './sarif-schema.js';

const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

/** A Batch Compute spec with exactly one error (InvalidName at 2:11). */
const ONE_ERROR = '{\n  "Name": "9lives",\n  "ImageId": "m-1",\n  "InstanceType": "ecs.sn1.medium",\n  "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}\n}\n';

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs dist/action.js in `workspace` as the runner does; `inputs` override action.yml's defaults. */
function runAction(workspace: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): ActionRun {
  const files = tempDir('clusterlint-runner-');
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(ACTION.inputs)) {
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  }
  for (const name of Object.keys(inputs)) expect(ACTION.inputs, `action.yml declares input ${name}`).toHaveProperty(name);
  // A clean environment: nothing of the machine running the tests (it may be a runner itself) leaks in.
  const r = spawnSync(process.execPath, [join(ROOT, ACTION.runs.main)], {
    cwd: workspace,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? workspace,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...inputEnv,
      ...env,
    },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** Reads a GITHUB_OUTPUT file: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const end = lines.indexOf(m[2]!, i + 1);
    out[m[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return out;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A repository whose `main` holds `base`, and a `feature` branch (checked out) that adds `change`. */
function pullRequestRepo(base: Record<string, string>, change: Record<string, string>): { dir: string; baseSha: string } {
  const dir = tempTree(base);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-qb', 'feature');
  for (const [name, text] of Object.entries(change)) writeFileSync(join(dir, name), text);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'change');
  return { dir, baseSha };
}

function commands(stdout: string, kind: 'error' | 'warning'): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${kind} title=`));
}

function noStackTrace(run: ActionRun): void {
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('action.yml', () => {
  it('runs the committed bundle on node24 and declares the documented inputs and outputs', () => {
    expect(ACTION.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(Object.keys(ACTION.inputs).sort()).toEqual(['config', 'error-on-unmatched', 'format', 'ignore-unknown', 'max-warnings', 'only-changed', 'output-file', 'paths', 'sarif-file', 'working-directory']);
    expect(Object.keys(ACTION.outputs).sort()).toEqual(['error-count', 'output-file', 'sarif-file', 'warning-count']);
  });

  it('the README documents every input and output', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## GitHub Action'), readme.indexOf('## pre-commit'));
    for (const name of Object.keys(ACTION.inputs)) expect(section, name).toMatch(new RegExp(`^\\| (\`[\\w-]+\`, )?\`${name}\``, 'm'));
    for (const name of Object.keys(ACTION.outputs)) expect(section, name).toContain(`\`${name}\``);
  });
});

describe('the Action', () => {
  it('annotates every finding at its lines, sets the outputs, writes the summary and fails on errors', () => {
    const dir = tempTree(SAMPLE_FILES);
    git(dir, 'init', '-q');
    const run = runAction(dir);
    expect(run.status).toBe(1);
    const diagnostics = lintResults(SAMPLE_FILES).flatMap((r) => r.diagnostics);
    const errors = commands(run.stdout, 'error');
    const warnings = commands(run.stdout, 'warning');
    expect(errors).toHaveLength(diagnostics.filter((d) => d.severity === 'error').length);
    expect(warnings).toHaveLength(diagnostics.filter((d) => d.severity === 'warning').length);
    // @actions/core writes the properties as title, file, line, endLine, col, endColumn.
    expect(errors).toContain(
      '::error title=InvalidName,file=specs/unicode.json,line=1,endLine=1,col=31,endColumn=35::Specified parameter Name is not valid. ' +
        `It must only contain characters within [a-zA-Z0-9_-], and must not start with [0-9].%0A${diagnostics.find((d) => d.file === 'specs/unicode.json' && d.code === 'InvalidName')!.detail}`,
    );
    // A range over several lines: no columns.
    expect(errors.find((l) => l.includes('title=InvalidUserData,'))).toMatch(/^::error title=InvalidUserData,file=specs\/render farm%2C v2%3A 100%25\.yaml,line=4,endLine=6::Specified parameter UserData is not valid\. Its type must be object\.%0A/);
    expect(warnings[0]).toMatch(/^::warning title=BcsInstanceTypeInVpc,file=specs\/seed\.json,line=5,endLine=5,col=21,endColumn=35::/);
    expect(run.stdout).toContain('::error::clusterlint: 7 errors found.');
    expect(run.outputs).toEqual({ 'error-count': '7', 'warning-count': '6', 'sarif-file': '', 'output-file': '' });
    expect(run.summary).toContain('<p>7 errors and 6 warnings in 4 of 4 files.</p>');
    expect(run.summary.match(/<tr><td>/g)).toHaveLength(13);
    expect(run.summary).toContain(`<td>error</td><td>${ODD_NAME}:1:7</td><td><code>InvalidName</code></td>`);
    noStackTrace(run);
  });

  it('links summary rows to the commit and says how many annotations GitHub does not show', () => {
    const files: Record<string, string> = {};
    for (let i = 10; i < 22; i++) files[`specs/c${i}.json`] = ONE_ERROR;
    files['specs/seed.json'] = SEED;
    const dir = tempTree(files);
    git(dir, 'init', '-q');
    const run = runAction(dir, {}, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: '0123abc' });
    expect(run.status).toBe(1);
    expect(commands(run.stdout, 'error')).toHaveLength(12);
    expect(commands(run.stdout, 'warning')).toHaveLength(5);
    expect(run.summary).toContain('2 errors and 0 warnings are not shown as annotations. Every finding is listed below.');
    expect(run.summary).toContain('<a href="https://github.com/acme/infra/blob/0123abc/specs/c21.json#L2">specs/c21.json:2:11</a>');
    expect(run.summary.match(/<tr><td>/g)).toHaveLength(17);
  });

  it('passes with warnings only, and fails when they are more than max-warnings', () => {
    const dir = tempTree({ 'seed.json': SEED, 'package.json': '{"name": "not-a-spec"}\n' });
    const ok = runAction(dir, { paths: '.' });
    expect(ok.status).toBe(0);
    expect(commands(ok.stdout, 'error')).toEqual([]);
    expect(ok.outputs['error-count']).toBe('0');
    expect(ok.outputs['warning-count']).toBe('5');
    expect(ok.summary).toContain('<p>0 errors and 5 warnings in 1 of 1 file.</p>');
    const strict = runAction(dir, { 'max-warnings': '4' });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('::error::clusterlint: too many warnings (5); the maximum is 4.');
    expect(runAction(dir, { 'max-warnings': '5' }).status).toBe(0);
    // -1 is no limit, as on the command line.
    expect(runAction(dir, { 'max-warnings': '-1' })).toMatchObject({ status: 0, outputs: { 'warning-count': '5' } });
  });

  it('writes a valid SARIF file with paths from the repository root and names it in its output', () => {
    const dir = tempTree(SAMPLE_FILES);
    git(dir, 'init', '-q');
    const run = runAction(dir, { paths: 'specs/seed.json\nspecs/unicode.json', 'sarif-file': 'results/clusterlint.sarif' });
    expect(run.status).toBe(1);
    expect(run.outputs['sarif-file']).toBe('results/clusterlint.sarif');
    const log = JSON.parse(readFileSync(join(dir, 'results/clusterlint.sarif'), 'utf8')) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['specs/seed.json', 'specs/unicode.json']));
    expect(log.runs[0]!.results).toHaveLength(Number(run.outputs['error-count']) + Number(run.outputs['warning-count']));
  });

  it('uses the config input', () => {
    const dir = tempTree({ 'seed.json': SEED, 'ci/lint.yaml': 'severity:\n  "Bcs*": "off"\n' });
    const run = runAction(dir, { config: 'ci/lint.yaml' });
    expect(run.status).toBe(0);
    expect(run.outputs['warning-count']).toBe('2');
    expect(commands(run.stdout, 'warning').map((l) => /title=([^,]+)/.exec(l)![1])).toEqual(['InvalidCidrBlock', 'SpotSettingIgnored']);
  });

  it('fails in one line, without a stack trace, on bad inputs', () => {
    const dir = tempTree({ 'seed.json': SEED });
    const many = runAction(dir, { 'max-warnings': 'many' });
    expect(many.status).toBe(1);
    expect(many.stdout).toContain('::error::clusterlint: max-warnings takes a whole number, or -1 for no limit, not "many"');
    noStackTrace(many);
    const yes = runAction(dir, { 'only-changed': 'yes' });
    expect(yes.status).toBe(1);
    expect(yes.stdout).toContain('::error::clusterlint: only-changed must be true or false, not "yes"');
    const missing = runAction(dir, { paths: 'nowhere' });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('::error::clusterlint: cannot read nowhere: no such file or directory');
    // A path from the pull request cannot drive the log: its controls are escapes.
    const hostile = runAction(dir, { paths: 'no\u001b[2Jwhere' });
    expect(hostile.stdout).toContain('::error::clusterlint: cannot read no\\u001b[2Jwhere: no such file or directory');
    expect(hostile.stdout).not.toContain('\u001b');
    const config = runAction(dir, { config: 'none.yaml' });
    expect(config.stdout).toContain('::error::clusterlint: cannot read config none.yaml: no such file or directory');
    noStackTrace(config);
  });
});

describe('inputs', () => {
  const files = (run: ActionRun, kind: 'error' | 'warning' = 'error') => commands(run.stdout, kind).map((l) => /,file=([^,]+),/.exec(l)?.[1]);

  it('paths: several lines are one path each (spaces allowed); a single line is split at spaces', () => {
    const dir = tempTree({ 'my specs/a.json': ONE_ERROR, 'other/b.json': ONE_ERROR, 'x/c.json': ONE_ERROR });
    git(dir, 'init', '-q');
    const lines = runAction(dir, { paths: '  my specs/a.json  \n\nother\n' });
    expect([lines.status, files(lines)]).toEqual([1, ['my specs/a.json', 'other/b.json']]);
    expect(runAction(dir, { paths: 'other x' }).outputs['error-count']).toBe('2');
    expect(files(runAction(dir, { paths: 'other x' }))).toEqual(['other/b.json', 'x/c.json']);
    // One path with a space: a block of one line (it ends in a line break).
    expect(files(runAction(dir, { paths: 'my specs\n' }))).toEqual(['my specs/a.json']);
    const split = runAction(dir, { paths: 'my specs' });
    expect(split.stdout).toContain('::error::clusterlint: cannot read my: no such file or directory');
  });

  it('working-directory: paths, config and report files are relative to it; annotations stay relative to the repository root', () => {
    const dir = tempTree({
      'infra/clusterlint.config.json': '{"severity": {"Bcs*": "off"}}',
      'infra/specs/seed.json': SEED,
      'infra/specs/bad.json': ONE_ERROR,
      'other/bad.json': ONE_ERROR,
    });
    git(dir, 'init', '-q');
    const run = runAction(dir, { 'working-directory': 'infra', paths: 'specs', 'sarif-file': 'out/clusterlint.sarif' });
    expect(run.status).toBe(1);
    expect(run.outputs).toEqual({ 'error-count': '1', 'warning-count': '2', 'sarif-file': 'out/clusterlint.sarif', 'output-file': '' });
    expect(files(run)).toEqual(['infra/specs/bad.json']);
    expect(files(run, 'warning')).toEqual(['infra/specs/seed.json', 'infra/specs/seed.json']);
    const log = JSON.parse(readFileSync(join(dir, 'infra/out/clusterlint.sarif'), 'utf8')) as SarifLog;
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['infra/specs/bad.json', 'infra/specs/seed.json', 'infra/specs/seed.json']);
    const missing = runAction(dir, { 'working-directory': 'nowhere' });
    expect([missing.status, missing.stdout.split('\n').filter((l) => l.startsWith('::error'))]).toEqual([1, ['::error::clusterlint: working-directory nowhere is not a folder']]);
  });

  it('format and output-file: an extra report for other tools', () => {
    const dir = tempTree({ 'specs/seed.json': SEED, 'specs/bad.json': ONE_ERROR });
    git(dir, 'init', '-q');
    const run = runAction(dir, { format: 'json', 'output-file': 'reports/clusterlint.json' });
    expect(run.status).toBe(1);
    expect(run.outputs).toEqual({ 'error-count': '1', 'warning-count': '5', 'sarif-file': '', 'output-file': 'reports/clusterlint.json' });
    const report = JSON.parse(readFileSync(join(dir, 'reports/clusterlint.json'), 'utf8')) as Array<{ file: string; errorCount: number; warningCount: number }>;
    expect(report.map((r) => [r.file, r.errorCount, r.warningCount])).toEqual([
      ['specs/bad.json', 1, 0],
      ['specs/seed.json', 0, 5],
    ]);
    const bad: Array<[Record<string, string>, string]> = [
      [{ format: 'json' }, '::error::clusterlint: format json needs the output-file input: the file to write the report to'],
      [{ 'output-file': 'r.json' }, '::error::clusterlint: output-file needs the format input too (json, sarif, …)'],
      [{ format: 'xml', 'output-file': 'r.xml' }, '::error::clusterlint: unknown format "xml"; use one of: stylish, json, sarif, github, junit, gitlab, checkstyle'],
    ];
    for (const [inputs, line] of bad) {
      const r = runAction(dir, inputs);
      expect([r.status, r.stdout.split('\n').filter((l) => l.startsWith('::error'))], JSON.stringify(inputs)).toEqual([1, [line]]);
      noStackTrace(r);
    }
  });

  it('ignore-unknown: named files that are not specs are skipped instead of UnknownDialect', () => {
    const dir = tempTree({ 'seed.json': SEED, 'package.json': '{"name": "not-a-spec", "version": "1.0.0"}\n' });
    git(dir, 'init', '-q');
    const strict = runAction(dir, { paths: 'package.json\nseed.json' });
    expect([strict.status, commands(strict.stdout, 'error').map((l) => /title=([^,]+)/.exec(l)![1])]).toEqual([1, ['UnknownDialect']]);
    const lenient = runAction(dir, { paths: 'package.json\nseed.json', 'ignore-unknown': 'true' });
    expect([lenient.status, lenient.outputs['error-count'], lenient.outputs['warning-count']]).toEqual([0, '0', '5']);
  });
});

describe('annotations for the changed files first', () => {
  it('a pull request that adds a 13th broken file gets its annotation among the 10 GitHub shows', () => {
    const old: Record<string, string> = {};
    for (let i = 10; i < 22; i++) old[`specs/c${i}.json`] = ONE_ERROR;
    const { dir, baseSha } = pullRequestRepo(old, { 'specs/new.json': ONE_ERROR });
    const event = join(tempDir('clusterlint-event-'), `${baseSha}.first.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: baseSha } } }));
    const run = runAction(dir, {}, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(1);
    const files = commands(run.stdout, 'error').map((l) => /,file=([^,]+),/.exec(l)![1]);
    expect(files).toEqual(['specs/new.json', ...Object.keys(old)]);
    expect(run.outputs['error-count']).toBe('13');
    expect(run.summary).toContain(
      '<p>GitHub shows 10 error and 10 warning annotations per step (and 50 of each per job): 3 errors and 0 warnings are not shown as annotations. ' +
        'Every finding is listed below, the files this change touches first, as the annotations were given.</p>',
    );
    expect(run.summary.indexOf('specs/new.json:2:11')).toBeLessThan(run.summary.indexOf('specs/c10.json:2:11'));
    // Without a base, the files' order, and the log says nothing is wrong.
    const plain = runAction(dir);
    expect(commands(plain.stdout, 'error').map((l) => /,file=([^,]+),/.exec(l)![1])).toEqual([...Object.keys(old), 'specs/new.json']);
  });

  it('when the changed files cannot be listed, the findings keep their order and the log says why', () => {
    const { dir } = pullRequestRepo({ 'specs/a.json': ONE_ERROR }, { 'specs/b.json': ONE_ERROR });
    const event = join(tempDir('clusterlint-event-'), 'unreachable-base.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: 'e'.repeat(40) } } }));
    const run = runAction(dir, {}, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(1);
    expect(commands(run.stdout, 'error').map((l) => /,file=([^,]+),/.exec(l)![1])).toEqual(['specs/a.json', 'specs/b.json']);
    expect(run.stdout).toMatch(/clusterlint: cannot list the changed files \(cannot fetch the base e{40} from origin: .+\); annotations follow the files' order\.\n/);
  });
});

describe('only-changed', () => {
  const base = { 'specs/old.json': ONE_ERROR, 'specs/seed.json': SEED };
  const change = { 'specs/new.json': ONE_ERROR.replace('9lives', '7seas'), 'specs/seed.json': SEED.replace('"Description": "', '"Description": "Changed. ') };

  it('reports only the files the pull request changes (base from the event payload)', () => {
    const { dir, baseSha } = pullRequestRepo(base, change);
    const event = join(tempDir('clusterlint-event-'), `${baseSha}.event.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: baseSha, ref: 'main' } } }));
    const all = runAction(dir);
    expect(all.outputs['error-count']).toBe('2');
    const run = runAction(dir, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' });
    expect(run.status).toBe(1);
    expect(commands(run.stdout, 'error')).toEqual([expect.stringMatching(/^::error title=InvalidName,file=specs\/new\.json,line=2,endLine=2,col=11,endColumn=18::/)]);
    expect(commands(run.stdout, 'warning')).toHaveLength(5);
    expect(run.stdout).not.toContain('specs/old.json');
    expect(run.outputs).toMatchObject({ 'error-count': '1', 'warning-count': '5' });
    expect(run.stdout).toContain(`only-changed: 2 of 3 linted file(s) changed since ${baseSha}.`);
    expect(run.summary).toContain('1 error and 5 warnings in 2 of 2 files');
  });

  it('passes when the changed files are clean, whatever the others hold', () => {
    const { dir, baseSha } = pullRequestRepo(base, { 'specs/seed.json': change['specs/seed.json'] });
    const event = join(tempDir('clusterlint-event-'), `${baseSha}.event.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: baseSha } } }));
    const run = runAction(dir, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(0);
    expect(run.outputs['error-count']).toBe('0');
  });

  it('compares with origin/GITHUB_BASE_REF in a clone', () => {
    const { dir: upstream } = pullRequestRepo(base, {});
    git(upstream, 'checkout', '-q', 'main');
    const clone = tempDir('clusterlint-clone-');
    git(clone, 'clone', '-q', upstream, '.');
    git(clone, 'checkout', '-qb', 'topic');
    for (const [name, text] of Object.entries(change)) writeFileSync(join(clone, name), text);
    git(clone, 'add', '-A');
    git(clone, 'commit', '-qm', 'topic');
    const run = runAction(clone, { 'only-changed': 'true' }, { GITHUB_BASE_REF: 'main' });
    expect(run.outputs['error-count']).toBe('1');
    expect(run.stdout).toContain('only-changed: 2 of 3 linted file(s) changed since origin/main.');
  });

  it('fetches the base into a shallow clone', () => {
    const { dir: upstream, baseSha } = pullRequestRepo(base, change);
    const clone = tempDir('clusterlint-shallow-');
    git(clone, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${upstream}`, '.');
    expect(() => git(clone, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    const event = join(tempDir('clusterlint-event-'), `${baseSha}.shallow.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: baseSha } } }));
    const run = runAction(clone, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(run.outputs['error-count']).toBe('1');
    expect(commands(run.stdout, 'error')[0]).toContain('file=specs/new.json,');
  });

  it('says why it cannot compare, in one line', () => {
    const { dir } = pullRequestRepo(base, change);
    const event = join(tempDir('clusterlint-event-'), 'unknown-base.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: 'f'.repeat(40) } } }));
    const run = runAction(dir, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::clusterlint: only-changed: cannot fetch the base f{40} from origin: .+ \(a checkout with fetch-depth: 0 has every commit\)\n/);
    noStackTrace(run);
  });

  it('a base commit from the event that is not a hex object id reaches no process: one line, no git started with it', () => {
    const { dir } = pullRequestRepo(base, change);
    const marker = join(tempDir('clusterlint-event-'), 'pwned');
    // A git on the PATH that logs each command line, then runs the real git.
    const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    const bin = tempDir('clusterlint-bin-');
    const log = join(bin, 'log');
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
    const option = `--upload-pack=touch ${marker};`;
    const payloads = [
      ...[option, 'f'.repeat(39), `${'a'.repeat(40)} --`, 'HEAD~1'].map((sha) => ({ pull_request: { base: { sha } } })),
      { merge_group: { base_sha: option } },
      { before: option },
    ];
    for (const [i, payload] of payloads.entries()) {
      const event = join(tempDir('clusterlint-event-'), `forged-${i}.json`);
      writeFileSync(event, JSON.stringify(payload));
      const run = runAction(dir, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event, PATH: `${bin}:${process.env.PATH ?? ''}` });
      expect(run.status, event).toBe(1);
      const field = 'pull_request' in payload ? 'pull_request.base.sha' : 'merge_group' in payload ? 'merge_group.base_sha' : 'before';
      expect(run.stdout, event).toContain(`::error::clusterlint: only-changed: the event's ${field} is not a commit id (40 or 64 hexadecimal digits)\n`);
      noStackTrace(run);
    }
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
    // The logging git is the one used: a well-formed id that the clone lacks is fetched, after `--`.
    const event = join(tempDir('clusterlint-event-'), 'missing-base.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: 'f'.repeat(40) } } }));
    runAction(dir, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event, PATH: `${bin}:${process.env.PATH ?? ''}` });
    expect(readFileSync(log, 'utf8')).toContain(`fetch --no-tags --depth=1 -- origin ${'f'.repeat(40)}\n`);
  });

  it('compares a push with the previous head, and a new branch with nothing', () => {
    const { dir, baseSha } = pullRequestRepo(base, change);
    const push = join(tempDir('clusterlint-event-'), `${baseSha}.push.json`);
    writeFileSync(push, JSON.stringify({ before: baseSha, after: git(dir, 'rev-parse', 'HEAD') }));
    expect(runAction(dir, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: push }).outputs['error-count']).toBe('1');
    const created = join(tempDir('clusterlint-event-'), `${baseSha}.created.json`);
    writeFileSync(created, JSON.stringify({ before: '0'.repeat(40), created: true }));
    const run = runAction(dir, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: created });
    expect(run.outputs['error-count']).toBe('2');
    expect(run.stdout).toContain('only-changed: this event has no pull request or push base to compare with; reporting every file.');
  });

  it('reports every file when the event has no base (a manual run)', () => {
    const { dir } = pullRequestRepo(base, change);
    const run = runAction(dir, { 'only-changed': 'true' }, { GITHUB_EVENT_NAME: 'workflow_dispatch' });
    expect(run.outputs['error-count']).toBe('2');
    expect(run.stdout).toContain('only-changed: this event has no pull request or push base to compare with; reporting every file.');
  });
});

describe('a run that lints no spec (SPEC §7: nothing linted is not a pass)', () => {
  const notSpecs = { 'clusters/package.json': '{"name": "app"}\n', 'clusters/ci.yml': 'name: CI\non: push\n' };
  const notice = 'no spec files found in clusters/ (2 JSON/YAML files skipped: not Batch Compute or Container Service specs)';

  it('fails the step with the command line\'s notice, and says how to allow it', () => {
    const run = runAction(tempTree(notSpecs), { paths: 'clusters' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`::error::clusterlint: ${notice} (set error-on-unmatched: false to allow it)\n`);
    expect(run.outputs['error-count']).toBe('0');
    noStackTrace(run);
  });

  it('error-on-unmatched: false lets it pass, with the notice in the log', () => {
    const run = runAction(tempTree(notSpecs), { paths: 'clusters', 'error-on-unmatched': 'false' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`clusterlint: ${notice}\n`);
    expect(run.stdout).not.toContain('::error::');
  });

  it('is about what the paths hold, not what only-changed keeps', () => {
    const run = runAction(tempTree({ ...notSpecs, 'clusters/seed.json': SEED }), { paths: 'clusters', 'only-changed': 'true' });
    expect(run.stdout).not.toContain('no spec files found');
  });
});
