/**
 * Meta-tests of the rules (issue 16): each rule's id is its file name and its test stands beside
 * it; the codes rules declare are catalogue codes, and every catalogue code has a producer (a
 * rule, the schema pass or the engine); `integer-literal` declares what the schemas make it
 * report; and the rule tester fails a rule that emits a code it does not declare.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invalid, template } from '../src/catalogue/catalogue.js';
import { schemaCodes } from '../src/catalogue/codes.js';
import { catalogueCodes } from '../src/catalogue/list.js';
import { DIALECTS, deref, type Dialect, type SchemaNode } from '../src/dialect/dialect.js';
import { defineRule, type DialectName } from '../src/api/rule-api.js';
import { CROSS_FILE_RULES, RULES } from '../rules/index.js';
import integerLiteral from '../rules/integer-literal.js';
import { caseConfig, caseInputs, fixtureCases } from './fixtures.js';
import { lintTexts, ROOT } from './helpers.js';
import { coverageProblems, ruleFindings } from './support/rule-tester.js';

const RULE_DIR = join(ROOT, 'rules');
const ALL = [...RULES, ...CROSS_FILE_RULES];
/** The rule files: every `.ts` file of rules/ but the registry and the tests. */
const ruleFiles = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');

describe('rules', () => {
  it('are all registered, each id equal to its file name, each with docs and codes', () => {
    expect(ALL.map((r) => r.id).sort()).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
    for (const r of ALL) {
      expect(r.docs.length, r.id).toBeGreaterThan(20);
      expect(r.codes.length, r.id).toBeGreaterThan(0);
      expect(new Set(r.codes).size, `${r.id} declares a code twice`).toBe(r.codes.length);
    }
  });

  it('each has its test beside it, which runs that rule through the rule tester', () => {
    const problems: string[] = [];
    for (const r of ALL) {
      const test = join(RULE_DIR, `${r.id}.test.ts`);
      if (!existsSync(test)) {
        problems.push(`rules/${r.id}.test.ts is missing`);
        continue;
      }
      const text = readFileSync(test, 'utf8');
      const runs = CROSS_FILE_RULES.includes(r as never) ? 'testCrossFileRule(rule,' : 'testRule(rule,';
      if (!text.includes(`import rule from './${r.id}.js';`) || !text.includes(runs)) problems.push(`rules/${r.id}.test.ts does not run ${r.id} through ${runs.slice(0, -6)}`);
    }
    expect(problems).toEqual([]);
  });

  it('no test file stands beside a rule that does not exist', () => {
    const tests = readdirSync(RULE_DIR).filter((f) => f.endsWith('.test.ts'));
    expect(tests.filter((t) => !ruleFiles.includes(t.replace(/\.test\.ts$/, '.ts')))).toEqual([]);
  });
});

/**
 * The engine's own findings (not a rule's, not the schema's): each code with the rule ids it is
 * reported under. `RuleFailure` carries the id of the rule that threw (test/run/rule-failure.test.ts).
 */
const ENGINE: Record<string, readonly string[]> = {
  RuleFailure: [],
  InvalidJsonFormat: ['json-syntax'],
  InvalidYamlFormat: ['yaml-syntax', 'yaml-version'],
  InvalidHttpBody: ['http-body'],
  UnknownDialect: ['dialect'],
  FileTooLarge: ['file-size'],
  TooManyFindings: ['findings-limit'],
  UnusedSuppression: ['suppressions'],
};

/** The lint code the schema pass reports besides the Missing/Invalid codes (an undocumented key). */
const SCHEMA_LINT = ['UnknownParameter'];

/** The dialects a rule runs on. */
function dialectsOf(rule: (typeof ALL)[number]): DialectName[] {
  if (!('dialect' in rule)) return ['batchcompute'];
  return rule.dialect === 'any' ? (Object.keys(DIALECTS) as DialectName[]) : [rule.dialect];
}

describe('codes', () => {
  const catalogue = catalogueCodes();

  it('every code a rule declares is a catalogue code of a dialect the rule runs on', () => {
    const problems: string[] = [];
    for (const r of ALL) {
      for (const code of r.codes) {
        const dialects = dialectsOf(r);
        if (!catalogue.some((c) => c.code === code && c.dialects.some((d) => dialects.includes(d)))) problems.push(`${r.id}: ${code} is not a catalogue code of ${dialects.join(' or ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every catalogue code is produced by a rule, the schema pass or the engine', () => {
    const byRules = new Set(ALL.flatMap((r) => r.codes));
    const bySchema = new Set(Object.values(DIALECTS).flatMap((d) => schemaCodes(d).map((c) => `${d.name} ${c.code} ${c.message}`)));
    // The table's own template row (`Invalid{Parameter}`) stands for each code the schema pass makes from it.
    const template = (c: { code: string; message: string }) => c.code.includes('{Parameter}') && [...bySchema].some((s) => pattern(c).test(s));
    const orphans = catalogue.filter(
      (c) =>
        !byRules.has(c.code) &&
        !SCHEMA_LINT.includes(c.code) &&
        !(c.code in ENGINE) &&
        !template(c) &&
        !c.dialects.some((d) => bySchema.has(`${d} ${c.code} ${c.message}`)),
    );
    expect(orphans.map((c) => `${c.code}: ${c.message}`)).toEqual([]);
  });

  it('every code and message the schema pass reports is in the catalogue, but for four Container Service templates listed under Batch Compute rows', () => {
    const listed = new Set(catalogue.flatMap((c) => c.dialects.map((d) => `${d} ${c.code} ${c.message}`)));
    const unlisted = Object.values(DIALECTS).flatMap((d) => schemaCodes(d).map((c) => `${d.name} ${c.code} ${c.message}`)).filter((line) => !listed.has(line));
    // A known gap of the catalogue (src/catalogue/codes.ts, schemaCodes 'listed'): these codes
    // share their names with rows of the Batch Compute table, so the catalogue lists only the rows.
    expect(unlisted.sort()).toEqual([
      'containerservice InvalidInstanceType Specified parameter instance_type is not valid.',
      'containerservice InvalidName Specified parameter name is not valid.',
      'containerservice MissingInstanceType instance_type is mandatory for this action.',
      'containerservice MissingName name is mandatory for this action.',
    ]);
  });

  it('the engine reports its codes under the rule ids listed here (in the golden files)', () => {
    const found = new Map<string, Set<string>>();
    for (const file of fixtureCases()) {
      for (const d of lintTexts(caseInputs(file), { config: caseConfig(file) })) {
        if (!(d.code in ENGINE) || !d.rule) continue;
        const set = found.get(d.code) ?? new Set();
        set.add(d.rule);
        found.set(d.code, set);
      }
    }
    // InvalidYamlFormat comes from the syntax and from a %YAML directive; the goldens hold the syntax one.
    // No spec makes a rule throw, so no golden holds RuleFailure.
    const expected = Object.fromEntries(
      Object.entries(ENGINE)
        .filter(([code]) => code !== 'RuleFailure')
        .map(([code, rules]) => [code, code === 'InvalidYamlFormat' ? ['yaml-syntax'] : [...rules]]),
    );
    expect(Object.fromEntries([...found].map(([code, rules]) => [code, [...rules].sort()]))).toEqual(expected);
  });

  it('integer-literal declares the type code of every parameter the schemas type as integer', () => {
    const codes = Object.values(DIALECTS).flatMap((d) => integerParameters(d).map((p) => (d.errorTable ? invalid(d.codeName(p), 'type', {}, p) : template('invalid', d.codeName(p), {}, p)).code));
    expect([...integerLiteral.codes].sort()).toEqual([...new Set(codes)].sort());
  });
});

/** A catalogue entry with `{Parameter}` as a pattern over `schemaCodes` lines (`dialect code message`). */
function pattern(c: { code: string; message: string }): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{Parameter\\?\}/g, '[^ ]+');
  return new RegExp(`^[a-z]+ ${escape(c.code)} ${escape(c.message)}$`);
}

/** The parameters (`x-parameter`) of every schema node typed as integer, wherever it stands. */
function integerParameters(dialect: Dialect): string[] {
  const found = new Set<string>();
  const seen = new Set<SchemaNode>();
  const stack: unknown[] = [dialect.schema];
  while (stack.length) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      stack.push(...item);
      continue;
    }
    if (!item || typeof item !== 'object' || seen.has(item as SchemaNode)) continue;
    const node = deref(dialect.schema, item as SchemaNode);
    seen.add(item as SchemaNode);
    const type = node.type;
    if (node['x-parameter'] && (type === 'integer' || (Array.isArray(type) && type.includes('integer')))) found.add(node['x-parameter']);
    stack.push(...Object.values(node as Record<string, unknown>));
  }
  return [...found];
}

describe('the rule tester', () => {
  const body = '{"Name": "etl", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}}\n';

  it('fails a rule that emits a code it does not declare, naming the rule and the code', () => {
    const fake = defineRule({
      id: 'fake-rule',
      dialect: 'any',
      docs: 'A rule made for this test: it declares DuplicateKey and reports PlaintextSecret.',
      codes: ['DuplicateKey'],
      check({ report }) {
        report.lint('PlaintextSecret', '/Name');
      },
    });
    expect(() => ruleFindings(fake, { name: 'any body', format: 'json', text: body })).toThrow(
      'rule fake-rule emitted PlaintextSecret, which is not among its declared codes (DuplicateKey): declare it in rules/fake-rule.ts',
    );
  });

  it('returns the findings of a rule that emits what it declares, and only that rule\'s', () => {
    const honest = defineRule({ id: 'honest-rule', dialect: 'batchcompute', docs: 'A rule made for this test: it reports PlaintextSecret at Name.', codes: ['PlaintextSecret'], check: ({ report }) => report.lint('PlaintextSecret', '/Name') });
    const found = ruleFindings(honest, { name: 'a body with a schema error too', format: 'json', text: body.replace('"DesiredVMCount": 1', '"DesiredVMCount": "1"') });
    expect(found.map((d) => `${d.rule} ${d.code} ${d.line}:${d.column}`)).toEqual(['honest-rule PlaintextSecret 1:10']);
  });

  it('fails a rule that throws, naming it', () => {
    const broken = defineRule({ id: 'broken-rule', dialect: 'any', docs: 'A rule made for this test: it throws.', codes: ['PlaintextSecret'], check: () => { throw new TypeError('x is undefined'); } });
    expect(() => ruleFindings(broken, { name: 'any body', format: 'json', text: body })).toThrow(/^rule broken-rule threw on spec\.json: The rule "broken-rule" stopped with a TypeError/);
  });

  it('fails a case whose document never reaches the rule (a syntax error, no dialect)', () => {
    const honest = defineRule({ id: 'any-rule', dialect: 'any', docs: 'A rule made for this test: it reports nothing.', codes: ['PlaintextSecret'], check: () => undefined });
    expect(() => ruleFindings(honest, { name: 'broken', format: 'json', text: '{"Name": ' })).toThrow(/^a case of any-rule never reaches the rule: spec\.json 1:10 InvalidJsonFormat/);
    expect(() => ruleFindings(honest, { name: 'no dialect', format: 'yaml', text: 'replicas: 3\n' })).toThrow(/^a case of any-rule never reaches the rule: spec\.yaml 1:1 UnknownDialect/);
  });

  it('reports a declared code that no invalid case expects, and a missing JSON case, YAML case or case of two findings', () => {
    const rule = { id: 'two-codes', codes: ['SpotSettingIgnored', 'SpotPriceLimitMissing'] };
    const finding = { code: 'SpotSettingIgnored', message: 'm', status: null, severity: 'warning', pointer: '/a', line: 1, column: 1 } as const;
    expect(coverageProblems(rule, [{ findings: [finding], formats: ['json'] }])).toEqual([
      'two-codes declares SpotPriceLimitMissing, but no invalid case expects it',
      'two-codes has no invalid YAML case',
      'two-codes has no invalid case with two findings',
    ]);
    expect(coverageProblems(rule, [{ findings: [finding, { ...finding, code: 'SpotPriceLimitMissing' }], formats: ['yaml'] }, { findings: [finding], formats: ['json'] }])).toEqual([]);
  });
});
