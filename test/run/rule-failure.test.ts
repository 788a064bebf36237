/**
 * A rule that throws is a bug in clusterlint, not in the spec: it becomes one `RuleFailure`
 * diagnostic naming the rule, the other rules and files still run, and the command line's
 * verdict is an internal failure (exit code 2).
 */
import { describe, expect, it } from 'vitest';
import { defineCrossFileRule, defineRule, type Ruleset } from '../../src/api/rule-api.js';
import { verdict } from '../../src/cli/verdict.js';
import { lintAll, type LintInput } from '../../src/run/run.js';
import spotSettings from '../../rules/spot-settings.js';

const SPEC = `{
  "Name": "etl",
  "ImageId": "m-2309yqb5n",
  "InstanceType": "ecs.sn1.medium",
  "Groups": { "g1": { "DesiredVMCount": 1, "ResourceType": "OnDemand", "SpotStrategy": "SpotAsPriceGo" } }
}
`;

const throwing = defineRule({
  id: 'always-throws',
  dialect: 'any',
  docs: 'A rule with a bug.',
  codes: [],
  check({ data }) {
    // The value of a field in the error's message: it must never reach the output.
    throw new TypeError(`cannot read ${String(data.Name)}`);
  },
});

const input = (file: string, text: string): LintInput => ({ file, bytes: new TextEncoder().encode(text), explicit: true });
const run = (ruleset: Ruleset, inputs: LintInput[]) => lintAll(inputs, { config: {}, baseDir: process.cwd(), cwd: process.cwd(), ruleset });

describe('a rule that throws', () => {
  it('is one RuleFailure at the document, naming the rule, never the error message; the other rules still report', () => {
    const [result] = run({ rules: [throwing, spotSettings], crossFile: [] }, [input('specs/etl.json', SPEC)]);
    expect(result!.diagnostics.map((d) => [d.code, d.rule, d.severity, d.line, d.column, d.pointer])).toEqual([
      ['RuleFailure', 'always-throws', 'error', 1, 1, ''],
      ['SpotSettingIgnored', 'spot-settings', 'warning', 5, 88, '/Groups/g1/SpotStrategy'],
    ]);
    const failure = result!.diagnostics[0]!;
    expect(failure.message).toBe('A clusterlint check failed on this document; the other checks ran.');
    expect(failure.status).toBeNull();
    expect(failure.detail).toBe('The rule "always-throws" stopped with a TypeError; its findings for this document are missing. This is a bug in clusterlint: please report it with the spec\'s shape.');
    expect(JSON.stringify(result)).not.toContain('cannot read');
  });

  it('does not stop the run: every file is linted', () => {
    const results = run({ rules: [throwing], crossFile: [] }, [input('a.json', SPEC), input('b.json', SPEC)]);
    expect(results.map((r) => `${r.file} ${r.diagnostics.map((d) => d.code).join(',')}`)).toEqual(['a.json RuleFailure', 'b.json RuleFailure']);
  });

  it('across files: one RuleFailure on the run\'s first document', () => {
    const across = defineCrossFileRule({ id: 'across-throws', docs: 'A check across files with a bug.', codes: [], check: () => { throw new RangeError('x'); } });
    const results = run({ rules: [], crossFile: [across] }, [input('b.json', SPEC), input('a.json', SPEC)]);
    expect(results.map((r) => `${r.file} ${r.diagnostics.map((d) => `${d.code} ${d.rule}`).join(',')}`)).toEqual(['a.json RuleFailure across-throws', 'b.json ']);
    expect(results[0]!.diagnostics[0]!.detail).toContain('stopped with a RangeError');
  });

  it('makes the command line\'s verdict an internal failure (exit code 2 in runCli)', () => {
    const results = run({ rules: [throwing], crossFile: [] }, [input('a.json', SPEC)]);
    expect(verdict(results, -1).failure).toEqual({ cause: 'rule-failure', message: '1 check of clusterlint failed (RuleFailure); the report is incomplete.' });
  });
});
