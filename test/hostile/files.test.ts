/**
 * Walking and reading: symlink loops are visited once, dangling links and special files found by
 * walking are skipped, and a path that cannot be read — named or found — stops the run with exit
 * code 2 and one line naming it (SPEC §7 "unreadable path"). Permission tests run the bundled
 * program as an unprivileged user when the suite runs as root (root reads everything).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, openBundle, runBin, tempTree } from '../helpers.js';

const SPEC = '{"Name":"3d","ImageId":"m-1","InstanceType":"ecs.sn1.medium","Groups":{"g":{"DesiredVMCount":1,"ResourceType":"OnDemand"}}}';

/** The files of a JSON report, in order. */
function linted(stdout: string): string[] {
  return (JSON.parse(stdout) as Array<{ file: string }>).map((r) => r.file);
}

/** Runs the bundle as a user who is subject to file permissions (nobody, when the tests run as root). */
function runUnprivileged(args: string[], cwd: string) {
  const root = process.getuid?.() === 0;
  const r = spawnSync(process.execPath, [root ? openBundle() : BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(root ? { uid: 65534, gid: 65534 } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary tree the unprivileged user can enter. */
function openTree(files: Record<string, string>): string {
  const dir = tempTree(files);
  chmodSync(dir, 0o755);
  return dir;
}

describe('walking', () => {
  it('symlink loops are followed once; a link to itself and a dangling link are skipped', () => {
    const dir = tempTree({ 'specs/a.json': SPEC, 'specs/sub/b.json': SPEC });
    symlinkSync('..', join(dir, 'specs/sub/up'));
    symlinkSync('.', join(dir, 'specs/here'));
    symlinkSync('self.json', join(dir, 'specs/self.json'));
    symlinkSync('missing.json', join(dir, 'specs/dangling.json'));
    const r = runBin(['--format', 'json', 'specs'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(linted(r.stdout)).toEqual(['specs/a.json', 'specs/sub/b.json']);
  });

  it('a directory named twice is linted once', () => {
    const dir = tempTree({ 'specs/a.json': SPEC });
    const r = runBin(['--format', 'json', 'specs', 'specs/', 'specs/a.json'], { cwd: dir });
    expect(linted(r.stdout)).toEqual(['specs/a.json']);
  });

  it('special files found by walking (a FIFO) are skipped, not read', () => {
    const dir = tempTree({ 'a.json': SPEC });
    const mkfifo = spawnSync('mkfifo', [join(dir, 'pipe.json')]);
    expect(mkfifo.status).toBe(0);
    const r = runBin(['--format', 'json', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(linted(r.stdout)).toEqual(['a.json']);
  });
});

describe('named pipes named on the command line', () => {
  it('a FIFO that nobody writes to is read as empty at once, not waited on', () => {
    const dir = tempTree({});
    expect(spawnSync('mkfifo', [join(dir, 'pipe.json')]).status).toBe(0);
    const started = Date.now();
    const r = runBin(['--format', 'json', 'pipe.json'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.status).toBe(1);
    const [result] = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ code: string; detail: string }> }>;
    expect([result!.file, result!.diagnostics.map((d) => `${d.code}: ${d.detail}`)]).toEqual(['pipe.json', ['InvalidJsonFormat: The file is empty; a request body must be a JSON object.']]);
  });

  it('a pipe being written (<(command) in a shell) is read to its end, also when the writer is slow', () => {
    const dir = tempTree({ 'a.json': SPEC });
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" --format json --dialect batchcompute <(sleep 0.3; cat a.json)`], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const [result] = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ code: string }> }>;
    expect(result!.diagnostics.map((d) => d.code)).toEqual(['InvalidName']);
  });
});

describe('unreadable paths: exit 2, one line naming the path', () => {
  it('a named path that does not exist, or a dangling link', () => {
    const dir = tempTree({});
    symlinkSync('nowhere.json', join(dir, 'link.json'));
    expect(runBin(['nope.json'], { cwd: dir })).toMatchObject({ status: 2, stdout: '', stderr: 'clusterlint: cannot read nope.json: no such file or directory\n' });
    expect(runBin(['link.json'], { cwd: dir })).toMatchObject({ status: 2, stderr: 'clusterlint: cannot read link.json: no such file or directory\n' });
  });

  it('a named file that fails to read (root cannot read /proc/self/mem either)', () => {
    expect(runBin(['/proc/self/mem'])).toMatchObject({ status: 2, stdout: '', stderr: 'clusterlint: cannot read /proc/self/mem: input/output error\n' });
  });

  it('a file without read permission, named or found by walking', () => {
    const dir = openTree({ 'specs/ok.json': SPEC, 'specs/secret.json': SPEC });
    chmodSync(join(dir, 'specs'), 0o755);
    chmodSync(join(dir, 'specs/secret.json'), 0o000);
    expect(runUnprivileged(['specs/secret.json'], dir)).toMatchObject({ status: 2, stdout: '', stderr: 'clusterlint: cannot read specs/secret.json: permission denied\n' });
    expect(runUnprivileged(['specs'], dir)).toMatchObject({ status: 2, stdout: '', stderr: 'clusterlint: cannot read specs/secret.json: permission denied\n' });
  });

  it('a directory without read permission, named or found by walking', () => {
    const dir = openTree({ 'specs/ok.json': SPEC });
    mkdirSync(join(dir, 'specs/locked'));
    chmodSync(join(dir, 'specs'), 0o755);
    chmodSync(join(dir, 'specs/locked'), 0o000);
    expect(runUnprivileged(['specs/locked'], dir)).toMatchObject({ status: 2, stderr: 'clusterlint: cannot read directory specs/locked: permission denied\n' });
    expect(runUnprivileged(['.'], dir)).toMatchObject({ status: 2, stderr: 'clusterlint: cannot read directory specs/locked: permission denied\n' });
  });
});
