/**
 * `runCli` in-process, run for a working directory that is not the process's (as the tests and
 * any embedding tool do): every relative path is relative to `io.cwd` — the paths to lint, the
 * walk's globs, `--output-file`, `--print-config` and standard input's `--stdin-filename`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import type { FileResult } from '../../src/api/diagnostic.js';
import { tempTree } from '../helpers.js';

const SPEC = '{"Name": "9lives", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}}\n';
const CONFIG = JSON.stringify({ exclude: ['specs/old/**'], overrides: [{ files: ['specs/swarm/*.json'], dialect: 'containerservice' }] });

function run(args: string[], cwd: string, stdin = new Uint8Array()) {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { cwd, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: () => stdin, isTTY: false });
  return { status, stdout, stderr };
}

describe('runCli resolves relative paths against io.cwd', () => {
  const cwd = tempTree({ 'clusterlint.config.json': CONFIG, 'specs/a.json': SPEC, 'specs/old/b.json': SPEC, 'specs/swarm/c.json': SPEC });

  it('paths to lint, walked with the config globs', () => {
    expect(process.cwd()).not.toBe(cwd);
    const r = run(['--format', 'json', 'specs'], cwd);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as FileResult[];
    expect(results.map((x) => `${x.file} ${x.diagnostics.map((d) => d.code).join(',')}`)).toEqual([
      'specs/a.json InvalidName',
      // The override's dialect applies: its glob matched the path relative to io.cwd.
      expect.stringMatching(/^specs\/swarm\/c\.json .*MissingSize/),
    ]);
    expect(run(['specs/a.json'], cwd).status).toBe(1);
  });

  it('--output-file is written under io.cwd, folders created', () => {
    const r = run(['--format', 'json', '--output-file', 'out/report.json', 'specs/a.json'], cwd);
    expect(r).toMatchObject({ status: 1, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(cwd, 'out/report.json'), 'utf8'))[0].file).toBe('specs/a.json');
    expect(existsSync(join(process.cwd(), 'out/report.json'))).toBe(false);
  });

  it('--print-config and --stdin-filename match overrides relative to io.cwd', () => {
    expect(JSON.parse(run(['--print-config', 'specs/swarm/x.json'], cwd).stdout).dialect).toBe('containerservice');
    const r = run(['--format', 'json', '--stdin-filename', 'specs/swarm/in.json', '-'], cwd, new TextEncoder().encode(SPEC));
    expect((JSON.parse(r.stdout) as FileResult[])[0]!.diagnostics.map((d) => d.code)).toContain('MissingSize');
  });

  it('a path that cannot be read is named as given', () => {
    expect(run(['specs/nope.json'], cwd)).toMatchObject({ status: 2, stderr: 'clusterlint: cannot read specs/nope.json: no such file or directory\n' });
  });
});
