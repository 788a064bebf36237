/**
 * The pre-commit hook, driven by the real `pre-commit try-repo` (Debian's `pre-commit`; .ci/run
 * installs it): a snapshot of this working tree is committed to a temporary repository, as a
 * plain clone would hold it (the bundle dist/cli.js included, nothing built), and the hook runs
 * on a sample repository with a good and a bad spec.
 *
 * pre-commit's node language installs a hook repository by running, in its clone,
 * `npm install --dev --prod`, then `npm pack` and `npm install -g` of the packed tarball into an
 * environment that uses the system's node. The first step installs the devDependencies, so npm is
 * pointed at its cache first (`prefer-offline`): after `npm ci` the run needs no network.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { requireTool, ROOT, tempDir, tempTree } from './helpers.js';
import { SEED } from './sample-specs.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** This working tree's files as a clone would have them (tracked and new, not ignored), committed to a new repository. */
function snapshotRepository(): string {
  const dir = tempDir('clusterlint-hook-repo-');
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

describe('.pre-commit-hooks.yaml', () => {
  it('declares the clusterlint hook: node, JSON and YAML files, serial', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'clusterlint', language: 'node', types_or: ['json', 'yaml'], require_serial: true, entry: 'clusterlint --ignore-unknown' });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[]; scripts: Record<string, string> };
    expect(pkg.bin.clusterlint).toBe('dist/cli.js');
    expect(pkg.files).toContain('dist/');
    // `npm pack` in the clone would run these: none may need a build.
    expect(Object.keys(pkg.scripts).filter((s) => /^(pre|post)?(pack|prepare|install)$/.test(s))).toEqual([]);
  });

  it('installs from a plain clone with pre-commit, passes a good spec and blocks a bad one', { timeout: 600_000 }, (ctx) => {
    requireTool(ctx, 'pre-commit', 'apt-get install pre-commit');
    const hookRepo = snapshotRepository();
    const sample = tempTree({
      'clusters/good.json': SEED,
      'clusters/bad.yaml': 'Name: 9lives\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g:\n    DesiredVMCount: 1\n    ResourceType: OnDemand\n',
      'package.json': '{"name": "infra", "private": true}\n',
    });
    git(sample, 'init', '-q');
    git(sample, 'add', '-A');
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: tempDir('clusterlint-pre-commit-home-'),
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    const tryRepo = (...files: string[]) => {
      const r = spawnSync('pre-commit', ['try-repo', hookRepo, 'clusterlint', '--files', ...files], { cwd: sample, env, encoding: 'utf8', timeout: 280_000 });
      return { status: r.status, output: `${r.stdout}${r.stderr}` };
    };

    const good = tryRepo('clusters/good.json', 'package.json');
    expect(good.output).toMatch(/clusterlint\.+Passed/);
    expect(good.status, good.output).toBe(0);

    const bad = tryRepo('clusters/good.json', 'clusters/bad.yaml', 'package.json');
    expect(bad.output).toMatch(/clusterlint\.+Failed/);
    expect(bad.status, bad.output).toBe(1);
    expect(bad.output).toContain('clusters/bad.yaml');
    expect(bad.output).toMatch(/1:7 +error +Specified parameter Name is not valid\. It must only contain characters within \[a-zA-Z0-9_-\], and must not start with \[0-9\]\. +InvalidName/);
    expect(bad.output).not.toContain('UnknownDialect');

    // Only non-specs staged: nothing linted, and the hook passes quietly (SPEC §7, --ignore-unknown).
    const none = tryRepo('package.json');
    expect(none.output).toMatch(/clusterlint\.+Passed/);
    expect(none.status, none.output).toBe(0);
  });
});
