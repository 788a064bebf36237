/**
 * The rule tester (in the spirit of ESLint's RuleTester and stylelint's `testRule`): a rule's test
 * file, `rules/<id>.test.ts`, lists valid and invalid documents, and `testRule` runs the rule alone
 * on each (a ruleset of just that rule; the schema pass runs beside it, as it always does) and
 * checks:
 * - a valid case gets no finding from the rule; an invalid case gets exactly the findings listed
 *   (code, message, status, severity, pointer, line, column; end, detail, document and origin
 *   where the case gives them), no more and no fewer;
 * - every code the rule emits is one it declares in `codes` (else the case fails, naming the rule
 *   and the code), and it does not throw;
 * - every declared code is expected by some invalid case; the invalid cases include a JSON one, a
 *   YAML one and one with two findings (STYLE.md "Tests");
 * - every case reaches the rule (it parses, is an object and has a dialect), and an invalid case
 *   expects at least one finding, so that no case passes for nothing.
 * `testCrossFileRule` does the same for a check across files, each case a set of files.
 *
 * Only `runRuleset` knows how the engine is driven: if the engine's internals move, it alone changes.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import type { CrossFileRule, DialectName, Rule, Ruleset } from '../../src/api/rule-api.js';
import type { ClusterlintConfig } from '../../src/config/config-types.js';
import { lintAll } from '../../src/run/run.js';

/** Where a case's text comes from: its format (the file is then `spec.json` or `spec.yaml`) or a file name. */
type Named = { format: 'json' | 'yaml'; filename?: never } | { filename: string; format?: never };

/** Settings of a case. */
interface CaseOptions {
  /** A title for the test. */
  name: string;
  /** `--dialect`: the dialect forced, as the command line can. */
  dialect?: DialectName;
  config?: ClusterlintConfig;
}

/** One document (or several, in one YAML file) for a rule that looks at one document. */
export type RuleCase = CaseOptions & Named & { text: string };

/** One finding a case expects, as the diagnostic reports it. */
export interface ExpectedFinding {
  code: string;
  message: string;
  status: number | null;
  severity: 'error' | 'warning';
  pointer: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Compared when given. */
  detail?: string;
  /** The YAML document's index, compared when given. */
  document?: number;
  /** `api`, `template` or `lint`, compared when given. */
  origin?: Diagnostic['origin'];
  /** For checks across files: the file the finding is in. */
  file?: string;
}

/** An invalid case: the findings it must get, in the order diagnostics are sorted (file, document, line, column, code). */
export type InvalidRuleCase = RuleCase & { findings: ExpectedFinding[] };

/** Several files linted in one run, for a check across files. */
export type CrossFileCase = CaseOptions & { files: Record<string, string> };

/** An invalid case of a check across files: each finding names its `file`. */
export type InvalidCrossFileCase = CrossFileCase & { findings: Array<ExpectedFinding & { file: string }> };

/** What every diagnostic is compared on; the optional fields of `ExpectedFinding` only when a case gives them. */
const ALWAYS = ['code', 'message', 'status', 'severity', 'pointer', 'line', 'column'] as const;

/**
 * Lints in-memory files with a ruleset in place of the default one and returns every diagnostic,
 * sorted as the command line sorts them. The one place the tester drives the engine.
 */
export function runRuleset(files: Record<string, string>, ruleset: Ruleset, options: { config?: ClusterlintConfig; dialect?: DialectName } = {}): Diagnostic[] {
  const inputs = Object.entries(files).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text), explicit: true }));
  const cwd = process.cwd();
  return lintAll(inputs, { config: options.config ?? {}, baseDir: cwd, cwd, ruleset, ...(options.dialect ? { dialect: options.dialect } : {}) }).flatMap((r) => r.diagnostics);
}

/** The file name a case is linted under. */
function fileOf(c: Named): string {
  return c.filename ?? `spec.${c.format}`;
}

/** The engine's findings on a document that no rule looks at (see src/run/run.ts). */
const UNREACHED = ['json-syntax', 'yaml-syntax', 'http-body', 'dialect'];

/** A rule of either kind, as the tester sees it. */
interface AnyRule {
  id: string;
  codes: readonly string[];
}

/**
 * The findings of one rule in a run, after checking that it emitted only codes it declares:
 * an undeclared code throws, naming the rule and the code.
 */
function findingsOf(rule: AnyRule, diagnostics: Diagnostic[]): Diagnostic[] {
  // A document that does not parse, is not an object or has no dialect never reaches a rule:
  // a valid case written so would pass for nothing.
  const unreached = diagnostics.find((d) => UNREACHED.includes(d.rule));
  if (unreached) throw new Error(`a case of ${rule.id} never reaches the rule: ${unreached.file} ${unreached.line}:${unreached.column} ${unreached.code} (${unreached.detail ?? unreached.message})`);
  const own = diagnostics.filter((d) => d.rule === rule.id);
  const failure = own.find((d) => d.code === 'RuleFailure');
  if (failure) throw new Error(`rule ${rule.id} threw on ${failure.file}: ${failure.detail ?? failure.message}`);
  for (const d of own) {
    if (!rule.codes.includes(d.code)) {
      throw new Error(`rule ${rule.id} emitted ${d.code}, which is not among its declared codes (${rule.codes.join(', ')}): declare it in rules/${rule.id}.ts`);
    }
  }
  return own;
}

/** A diagnostic cut down to the fields a finding is compared on. */
function compared(d: Diagnostic, expected: ExpectedFinding | undefined): Record<string, unknown> {
  const keys = [...ALWAYS, ...(['endLine', 'endColumn', 'detail', 'document', 'origin', 'file'] as const).filter((k) => expected && k in expected)];
  return Object.fromEntries(keys.map((k) => [k, d[k]]));
}

/** Runs a rule alone on one case and returns its findings (throws on an undeclared code). */
export function ruleFindings(rule: Rule, c: RuleCase): Diagnostic[] {
  const diagnostics = runRuleset({ [fileOf(c)]: c.text }, { rules: [rule], crossFile: [] }, c);
  return findingsOf(rule, diagnostics);
}

/** Runs a check across files alone on one case and returns its findings (throws on an undeclared code). */
export function crossFileFindings(rule: CrossFileRule, c: CrossFileCase): Diagnostic[] {
  return findingsOf(rule, runRuleset(c.files, { rules: [], crossFile: [rule] }, c));
}

/** Asserts that the findings are exactly the expected ones; a failure shows the text each finding covers. */
function expectFindings(actual: Diagnostic[], expected: ExpectedFinding[], texts: Record<string, string>): void {
  const covered = actual.map((d) => `${d.file} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.code} covers ${JSON.stringify(excerpt(texts[d.file] ?? '', d))}`);
  expect(actual.map((d, i) => compared(d, expected[i])), covered.join('\n')).toEqual(expected);
}

/** The text between a diagnostic's start and end (lines split at LF, CRLF or CR; columns in UTF-16 units). */
function excerpt(text: string, d: Diagnostic): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (d.line === d.endLine) return (lines[d.line - 1] ?? '').slice(d.column - 1, d.endColumn - 1);
  return [(lines[d.line - 1] ?? '').slice(d.column - 1), ...lines.slice(d.line, d.endLine - 1), (lines[d.endLine - 1] ?? '').slice(0, d.endColumn - 1)].join('\n');
}

/**
 * What a rule's cases leave untested: declared codes that no invalid case expects, and a missing
 * JSON case, YAML case or case with two findings. Empty when the cases are complete.
 */
export function coverageProblems(rule: AnyRule, invalid: ReadonlyArray<{ findings: ExpectedFinding[]; formats: ReadonlyArray<'json' | 'yaml'> }>): string[] {
  const problems: string[] = [];
  const expected = new Set(invalid.flatMap((c) => c.findings.map((f) => f.code)));
  for (const code of rule.codes) if (!expected.has(code)) problems.push(`${rule.id} declares ${code}, but no invalid case expects it`);
  for (const format of ['json', 'yaml'] as const) {
    if (!invalid.some((c) => c.findings.length > 0 && c.formats.includes(format))) problems.push(`${rule.id} has no invalid ${format.toUpperCase()} case`);
  }
  if (!invalid.some((c) => c.findings.length >= 2)) problems.push(`${rule.id} has no invalid case with two findings`);
  return problems;
}

/** An invalid case's findings: at least one, or it belongs with the valid cases. */
function expected(c: { name: string; findings: ExpectedFinding[] }): ExpectedFinding[] {
  if (c.findings.length === 0) throw new Error(`the invalid case "${c.name}" expects no finding: list it with the valid cases`);
  return c.findings;
}

/** The format of a file by its extension. */
function formatOf(file: string): 'json' | 'yaml' {
  return /\.json$/i.test(file) ? 'json' : 'yaml';
}

/** Registers the tests of a rule that looks at one document. */
export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] }): void {
  describe(rule.id, () => {
    for (const c of cases.valid) it(`valid: ${c.name}`, () => expectFindings(ruleFindings(rule, c), [], { [fileOf(c)]: c.text }));
    for (const c of cases.invalid) it(`invalid: ${c.name}`, () => expectFindings(ruleFindings(rule, c), expected(c), { [fileOf(c)]: c.text }));
    it('cases cover every declared code, JSON and YAML, and two findings in one case', () => {
      expect(coverageProblems(rule, cases.invalid.map((c) => ({ findings: c.findings, formats: [formatOf(fileOf(c))] })))).toEqual([]);
    });
  });
}

/** Registers the tests of a check across files. */
export function testCrossFileRule(rule: CrossFileRule, cases: { valid: CrossFileCase[]; invalid: InvalidCrossFileCase[] }): void {
  describe(rule.id, () => {
    for (const c of cases.valid) it(`valid: ${c.name}`, () => expectFindings(crossFileFindings(rule, c), [], c.files));
    for (const c of cases.invalid) it(`invalid: ${c.name}`, () => expectFindings(crossFileFindings(rule, c), expected(c), c.files));
    it('cases cover every declared code, JSON and YAML, and two findings in one case', () => {
      const invalid = cases.invalid.map((c) => ({ findings: c.findings, formats: [...new Set(c.findings.map((f) => formatOf(f.file)))] }));
      expect(coverageProblems(rule, invalid)).toEqual([]);
    });
  });
}
