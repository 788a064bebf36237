/**
 * The pre-commit hook, driven by the real `pre-commit try-repo` (Debian's `pre-commit`; .ci/run
 * installs it): a snapshot of this working tree is committed to a temporary repository, as a
 * plain clone would hold it (the bundle dist/cli.cjs included, nothing built), and the hook runs
 * on sample repositories.
 *
 * The hook is a `script`: pre-commit runs dist/cli.cjs from its clone and installs nothing. The
 * runs below have only node and git on their PATH (no npm), which proves it. The hook lints the
 * whole repository (`pass_filenames: false`), so the checks across files see every spec even
 * where pre-commit would have split a long file list over several processes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { requireTool, ROOT, tempTree } from './helpers.js';
import { SEED } from './sample-specs.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** This working tree's files as a clone would have them (tracked and new, not ignored), committed to a new repository. */
function snapshotRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clusterlint-hook-repo-'));
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    // node_modules may be a symbolic link here (the shared install), which .gitignore's `node_modules/` does not match.
    if (file === 'node_modules' || file.startsWith('node_modules/')) continue;
    try {
      cpSync(join(ROOT, file), join(dir, file), { dereference: false });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // deleted in the working tree
    }
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'snapshot');
  return dir;
}


const temps: string[] = [];
function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** The path of a program on this PATH. */
function which(name: string): string {
  return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
}

/**
 * An environment for pre-commit whose `npm` only records that it was called and fails (so nothing
 * can be installed), with its own empty cache, so each run installs the hook from scratch.
 */
function hookEnv(): NodeJS.ProcessEnv & { NPM_CALLED: string; PRE_COMMIT_HOME: string } {
  const bin = temp('clusterlint-hook-bin-');
  const called = join(bin, 'npm-was-called');
  writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$@" >> '${called}'\nexit 1\n`, { mode: 0o755 });
  return { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, PRE_COMMIT_HOME: temp('clusterlint-pre-commit-home-'), NO_COLOR: '1', NPM_CALLED: called };
}

function tryRepo(hookRepo: string, cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  const r = spawnSync(which('pre-commit'), ['try-repo', hookRepo, 'clusterlint', ...args], { cwd, env, encoding: 'utf8', timeout: 280_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A git repository holding `files`, all committed. */
function sampleRepository(files: Record<string, string>): string {
  const dir = tempTree(files);
  temps.push(dir);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'specs');
  return dir;
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares the clusterlint hook: the committed program run from the clone, over the whole repository, when JSON or YAML changes', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(hooks).toEqual([
      {
        id: 'clusterlint',
        name: 'clusterlint',
        description: expect.any(String),
        entry: 'dist/cli.cjs --no-error-on-unmatched',
        language: 'script',
        pass_filenames: false,
        types_or: ['json', 'yaml'],
        require_serial: true,
      },
    ]);
    // pre-commit runs the entry by its #! line, which needs the executable bit (git keeps it).
    // The CommonJS loader: Node starts it without its ES module loader (README "Performance").
    expect(readFileSync(join(ROOT, 'dist/cli.cjs'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(join(ROOT, 'dist/cli.cjs')).mode & 0o111).toBe(0o111);
  });

  it('runs from a plain clone with nothing installed: passes a good repository, blocks a bad spec', { timeout: 600_000 }, (ctx) => {
    requireTool(ctx, 'pre-commit', 'apt-get install pre-commit; .ci/run does');
    const hookRepo = snapshotRepository();
    temps.push(hookRepo);
    const env = hookEnv();
    const sample = sampleRepository({ 'clusters/good.json': SEED, 'package.json': '{"name": "infra", "private": true}\n' });

    const good = tryRepo(hookRepo, sample, env, '--all-files');
    expect(good.output).toMatch(/clusterlint\.+Passed/);
    expect(good.status, good.output).toBe(0);
    // Nothing was installed: npm was never called, and the clone holds no environment.
    expect(existsSync(env.NPM_CALLED)).toBe(false);
    expect(readdirSync(env.PRE_COMMIT_HOME).filter((d) => d.startsWith('repo')).flatMap((d) => readdirSync(join(env.PRE_COMMIT_HOME, d))).filter((f) => /env|node_modules/.test(f))).toEqual([]);

    writeFileSync(join(sample, 'clusters/bad.yaml'), 'Name: 9lives\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g:\n    DesiredVMCount: 1\n    ResourceType: OnDemand\n');
    git(sample, 'add', 'clusters/bad.yaml');
    const bad = tryRepo(hookRepo, sample, env);
    expect(bad.output).toMatch(/clusterlint\.+Failed/);
    expect(bad.status, bad.output).toBe(1);
    expect(bad.output).toContain('clusters/bad.yaml');
    expect(bad.output).toMatch(/1:7 +error +Specified parameter Name is not valid\. It must only contain characters within \[a-zA-Z0-9_-\], and must not start with \[0-9\]\. +InvalidName/);
    expect(bad.output).not.toContain('UnknownDialect');

    // Only a change to a file that could be a spec runs it.
    writeFileSync(join(sample, 'notes.txt'), 'x\n');
    git(sample, 'add', 'notes.txt');
    git(sample, 'reset', '-q', 'clusters/bad.yaml');
    expect(tryRepo(hookRepo, sample, env).output).toMatch(/clusterlint\.+\(no files to check\)Skipped/);

    // A repository whose JSON and YAML files are no specs (an app next to its config): the hook
    // has nothing to lint and passes (--no-error-on-unmatched), rather than blocking every commit.
    const plain = sampleRepository({ 'package.json': '{"name": "app", "private": true}\n', 'config/database.yaml': 'name: app\nhost: db.internal\n' });
    const none = tryRepo(hookRepo, plain, env, '--all-files');
    expect(none.output).toMatch(/clusterlint\.+Passed/);
    expect(none.status, none.output).toBe(0);
  });

  it('sees every spec of a 3,000-spec repository: 500 QuotaExhausted.MaxClusterCount over a quota of 2,500, one IdempotentTokenMismatch', { timeout: 600_000 }, (ctx) => {
    requireTool(ctx, 'pre-commit', 'apt-get install pre-commit; .ci/run does');
    const files: Record<string, string> = { 'clusterlint.config.yaml': 'quotas:\n  MaxClusterCount: 2500\n' };
    const body = (i: number, token?: string) =>
      `${JSON.stringify({ Name: `etl_${i}`, ImageId: 'img-ubuntu', InstanceType: 'ecs.sn1.medium', ...(token ? { IdempotentToken: token } : {}), Groups: { workers: { DesiredVMCount: 1 + (i % 3), ResourceType: 'OnDemand' } } }, null, 2)}\n`;
    const paths: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const path = `clusters/region-cn-hangzhou/team-${String(i % 10).padStart(2, '0')}/batch-compute-cluster-${String(i).padStart(4, '0')}.json`;
      paths.push(path);
      // The first and the last spec in sorted order share a token with different bodies.
      files[path] = body(i, i === 0 || i === 2999 ? 'nightly_etl_token' : undefined);
    }
    // Passed one by one, these names would not fit one command line: pre-commit would have
    // split them over several processes (at most 128 KiB of arguments each).
    expect(paths.reduce((n, p) => n + p.length + 1, 0)).toBeGreaterThan(2 ** 17);
    const sample = sampleRepository(files);
    const hookRepo = snapshotRepository();
    temps.push(hookRepo);

    const env = hookEnv();
    const r = tryRepo(hookRepo, sample, env, '--all-files');
    expect(existsSync(env.NPM_CALLED)).toBe(false);
    expect(r.output).toMatch(/clusterlint\.+Failed/);
    expect(r.status).toBe(1);
    const lines = r.output.split('\n');
    expect(lines.filter((l) => / error +The MaxClusterCount \(2500\) quota is exhausted\. +QuotaExhausted\.MaxClusterCount$/.test(l))).toHaveLength(500);
    expect(lines.filter((l) => / error +Specified idempotent token mismatch\. +IdempotentTokenMismatch$/.test(l))).toHaveLength(1);
    expect(r.output).toContain('This is cluster 3000 of this run; the quota allows 2500.');
    expect(r.output).toMatch(/✖ 501 problems \(501 errors, 0 warnings\)/);
  });
});
