/** Every code clusterlint reports, as one list (README "Code catalogue", the library's `codes`, SARIF rules). */
import { API_ROWS, LINT_CODES, type CodeInfo } from './catalogue.js';
import { templateCodes } from './codes.js';
import { DIALECTS } from '../dialect/dialect.js';
import { RULES } from '../../rules/index.js';

let keyedTemplates: Array<{ code: string; pattern: RegExp }> | undefined;

/**
 * The catalogue code under which the README lists a reported templated code: the code itself, or
 * the `{key}` template it fills (`InvalidEnvVars.PATH.value` → `InvalidEnvVars.{key}.value`), as
 * SARIF help links need an anchor that exists.
 */
export function templateCatalogueCode(code: string): string {
  keyedTemplates ??= Object.values(DIALECTS)
    .flatMap((d) => templateCodes(d))
    .filter((t) => t.code.includes('{key}'))
    .map((t) => ({ code: t.code, pattern: new RegExp(`^${t.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{key\\}', '.*')}$`) }));
  return keyedTemplates.find((t) => t.pattern.test(code))?.code ?? code;
}

/**
 * Every code of the catalogue (README "Code catalogue"): the rows of the Batch Compute error
 * table in its order (a code with several messages has a row for each), then each dialect's
 * templated codes, then the lint-only codes.
 */
export function catalogueCodes(): CodeInfo[] {
  const list: CodeInfo[] = API_ROWS.map((r) => ({ code: r.code, message: r.message, status: r.status, origin: 'api', dialects: ['batchcompute'] }));
  for (const dialect of Object.values(DIALECTS)) {
    for (const t of templateCodes(dialect)) list.push({ code: t.code, message: t.message, status: 400, origin: 'template', dialects: [dialect.name] });
  }
  const all = Object.values(DIALECTS).map((d) => d.name);
  // A lint code reported only by rules of one dialect (the Batch Compute advisories) belongs to
  // that dialect; one that the parser, the schemas or the engine report (syntax, unknown keys,
  // suppressions) or a rule for any dialect reports, to every dialect.
  const byRules = new Map<string, Set<CodeInfo['dialects'][number]>>();
  for (const rule of RULES) {
    for (const code of rule.codes) {
      const set = byRules.get(code) ?? new Set();
      for (const d of rule.dialect === 'any' ? all : [rule.dialect]) set.add(d);
      byRules.set(code, set);
    }
  }
  const schemaCodes = new Set(['UnknownParameter']);
  for (const l of LINT_CODES) {
    const dialects = schemaCodes.has(l.code) || !byRules.has(l.code) ? all : all.filter((d) => byRules.get(l.code)!.has(d));
    list.push({ code: l.code, message: l.message, status: null, origin: 'lint', dialects, severity: l.severity, summary: l.summary });
  }
  return list;
}
