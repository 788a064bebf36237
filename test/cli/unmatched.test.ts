/**
 * "Nothing linted is not a pass" (SPEC §7, clarification 3; issue 13 item 5): when the paths
 * yield no spec at all, the command line says so on stderr and exits 2; --no-error-on-unmatched
 * makes that 0; with --ignore-unknown, a run whose named files are all non-specs passes quietly.
 * Named non-specs without it are UnknownDialect findings (exit 1), not this notice.
 */
import { describe, expect, it } from 'vitest';
import { runBin, tempTree } from '../helpers.js';

const SPEC = '{"name": "web", "instance_type": "ecs.g6.large", "network_mode": "vpc", "vpc_id": "vpc-1"}\n';
const NOT_SPECS = {
  'specs/package.json': '{"name": "app", "version": "1.0.0"}\n',
  'specs/db.yaml': 'name: orders\nhost: db\npassword: Not-Shown-1\n',
  'specs/ci.yml': 'name: CI\non: push\n',
};
const SKIPPED = '3 JSON/YAML files skipped: not Batch Compute or Container Service specs';

describe('a run that lints no spec', () => {
  it('a folder of other JSON/YAML files: the notice, exit 2, and the (empty) report still written', () => {
    const cwd = tempTree(NOT_SPECS);
    const r = runBin(['specs'], { cwd });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `clusterlint: no spec files found in specs/ (${SKIPPED})\n`]);
    const json = runBin(['--format', 'json', 'specs/'], { cwd });
    expect([json.status, json.stdout, json.stderr]).toEqual([2, '[]\n', `clusterlint: no spec files found in specs/ (${SKIPPED})\n`]);
  });

  it('the default path, an empty folder, a single file, and several paths', () => {
    expect(runBin([], { cwd: tempTree({ 'a.json': '{"a": 1}\n' }) }).stderr).toBe(
      'clusterlint: no spec files found in ./ (1 JSON/YAML file skipped: not Batch Compute or Container Service specs)\n',
    );
    const empty = tempTree({ 'empty/README.md': '# nothing here\n' });
    const r = runBin(['empty'], { cwd: empty });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'clusterlint: no spec files found in empty/ (no JSON or YAML files)\n']);
    const cwd = tempTree({ ...NOT_SPECS, 'other/x.yaml': 'kind: Pod\n' });
    expect(runBin(['specs', 'other'], { cwd }).stderr).toBe('clusterlint: no spec files found in specs/, other/ (4 JSON/YAML files skipped: not Batch Compute or Container Service specs)\n');
  });

  it("a config include that matches nothing (a typo) says so", () => {
    const cwd = tempTree({ 'clusterlint.config.json': '{"include": ["clusters/**/*.jsn"]}\n', 'clusters/web.json': SPEC });
    const r = runBin([], { cwd });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', "clusterlint: no spec files found in ./ (no file matches the config's include)\n"]);
  });

  it('--no-error-on-unmatched: the same notice, exit 0', () => {
    const cwd = tempTree(NOT_SPECS);
    const r = runBin(['--no-error-on-unmatched', 'specs'], { cwd });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', `clusterlint: no spec files found in specs/ (${SKIPPED})\n`]);
  });

  it('--ignore-unknown: named files that are all non-specs pass quietly; a folder of them still does not', () => {
    const cwd = tempTree(NOT_SPECS);
    const named = runBin(['--ignore-unknown', 'specs/package.json', 'specs/db.yaml', 'specs/ci.yml'], { cwd });
    expect([named.status, named.stdout, named.stderr]).toEqual([0, '', '']);
    const walked = runBin(['--ignore-unknown', 'specs'], { cwd });
    expect([walked.status, walked.stderr]).toEqual([2, `clusterlint: no spec files found in specs/ (${SKIPPED})\n`]);
  });

  it('named non-specs without --ignore-unknown are UnknownDialect findings (exit 1), not the notice', () => {
    const cwd = tempTree({ ...NOT_SPECS, 'empty/.keep': '' });
    const r = runBin(['specs/package.json', 'specs/db.yaml', 'empty'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('UnknownDialect');
    expect(r.stdout).not.toContain('Not-Shown-1');
  });

  it('one spec among the non-specs is a normal run', () => {
    const cwd = tempTree({ ...NOT_SPECS, 'specs/web.json': SPEC });
    const r = runBin(['specs'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('specs/web.json');
  });

  it('--help documents the flag and the exit status', () => {
    const help = runBin(['--help']).stdout;
    expect(help).toContain('--no-error-on-unmatched exit 0, not 2, when the paths hold no spec at all');
    expect(help).toContain('2 usage error or failure, or no\nspec found at all');
  });
});
