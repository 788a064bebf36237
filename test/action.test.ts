/**
 * The Action's bundle, run the way the runner runs it: `node dist/action.js` in the workspace,
 * every input of action.yml as an `INPUT_*` variable (default values included, names upper-cased
 * with spaces turned into `_` and dashes kept), `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files,
 * an event payload, and temporary git repositories for `only-changed`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintResults, ROOT, tempTree } from './helpers.js';
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
  const files = mkdtempSync(join(tmpdir(), 'clusterlint-runner-'));
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
    expect(Object.keys(ACTION.inputs).sort()).toEqual(['config', 'error-on-unmatched', 'max-warnings', 'only-changed', 'paths', 'sarif-file']);
    expect(Object.keys(ACTION.outputs).sort()).toEqual(['error-count', 'sarif-file', 'warning-count']);
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
    expect(run.outputs).toEqual({ 'error-count': '7', 'warning-count': '6', 'sarif-file': '' });
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
    expect(many.stdout).toContain('::error::clusterlint: max-warnings takes a whole number, not "many"');
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

describe('only-changed', () => {
  const base = { 'specs/old.json': ONE_ERROR, 'specs/seed.json': SEED };
  const change = { 'specs/new.json': ONE_ERROR.replace('9lives', '7seas'), 'specs/seed.json': SEED.replace('"Description": "', '"Description": "Changed. ') };

  it('reports only the files the pull request changes (base from the event payload)', () => {
    const { dir, baseSha } = pullRequestRepo(base, change);
    const event = join(dir, '..', `${baseSha}.event.json`);
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
    const event = join(dir, '..', `${baseSha}.event.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: baseSha } } }));
    const run = runAction(dir, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(0);
    expect(run.outputs['error-count']).toBe('0');
  });

  it('compares with origin/GITHUB_BASE_REF in a clone', () => {
    const { dir: upstream } = pullRequestRepo(base, {});
    git(upstream, 'checkout', '-q', 'main');
    const clone = mkdtempSync(join(tmpdir(), 'clusterlint-clone-'));
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
    const clone = mkdtempSync(join(tmpdir(), 'clusterlint-shallow-'));
    git(clone, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${upstream}`, '.');
    expect(() => git(clone, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    const event = join(clone, '..', `${baseSha}.shallow.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: baseSha } } }));
    const run = runAction(clone, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(run.outputs['error-count']).toBe('1');
    expect(commands(run.stdout, 'error')[0]).toContain('file=specs/new.json,');
  });

  it('says why it cannot compare, in one line', () => {
    const { dir } = pullRequestRepo(base, change);
    const event = join(dir, '..', 'unknown-base.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: 'f'.repeat(40) } } }));
    const run = runAction(dir, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::clusterlint: only-changed: cannot fetch the base f{40} from origin: .+ \(a checkout with fetch-depth: 0 has every commit\)\n/);
    noStackTrace(run);
  });

  it('compares a push with the previous head, and a new branch with nothing', () => {
    const { dir, baseSha } = pullRequestRepo(base, change);
    const push = join(dir, '..', `${baseSha}.push.json`);
    writeFileSync(push, JSON.stringify({ before: baseSha, after: git(dir, 'rev-parse', 'HEAD') }));
    expect(runAction(dir, { 'only-changed': 'true' }, { GITHUB_EVENT_PATH: push }).outputs['error-count']).toBe('1');
    const created = join(dir, '..', `${baseSha}.created.json`);
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
