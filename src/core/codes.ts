/**
 * Which codes exist, for what users write about codes (suppression directives, config): every row
 * of the API table, every lint code, and every templated code of each dialect, where a `{key}`
 * placeholder stands for any name (`InvalidUserData.team` is a code).
 */
import { API_ROWS, LINT_CODES } from '../catalogue.js';
import { templateCodes } from '../docs/catalogue.js';
import { DIALECTS } from './dialect.js';
import { closest } from './schema.js';

let known: readonly string[] | undefined;

/** Every code pattern of the catalogue, as the README's catalogue lists them. */
export function codePatterns(): readonly string[] {
  // The table's own template rows (`Invalid{Parameter}`) are no code: the dialects' templated codes stand for them.
  const rows = API_ROWS.map((r) => r.code).filter((c) => !c.includes('{Parameter}'));
  known ??= [...new Set([...rows, ...LINT_CODES.map((l) => l.code), ...Object.values(DIALECTS).flatMap((d) => templateCodes(d).map((t) => t.code))])];
  return known;
}

/** A pattern as a test of whole codes: `{key}` and other placeholders match one name or more. */
function patternTest(pattern: string): RegExp {
  return new RegExp(`^${pattern.split(/\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
}

let tests: RegExp[] | undefined;

/** Whether a code (`InvalidName`, `InvalidUserData.team`) or a prefix with a trailing `*` (`Bcs*`) names any code of the catalogue. */
export function isKnownCode(code: string): boolean {
  const patterns = codePatterns();
  if (code.endsWith('*')) {
    const prefix = code.slice(0, -1);
    return prefix !== '' && patterns.some((p) => p.startsWith(prefix) || prefixOfPattern(prefix, p));
  }
  tests ??= patterns.map(patternTest);
  return tests.some((t) => t.test(code));
}

/** Whether a written prefix can start a code of a pattern whose placeholder it reaches into (`InvalidUserData.te`). */
function prefixOfPattern(prefix: string, pattern: string): boolean {
  const fixed = pattern.split('{')[0]!;
  return pattern.includes('{') && prefix.startsWith(fixed);
}

/** The catalogue code closest to an unknown one, for a did-you-mean. */
export function closestCode(code: string): string | undefined {
  return closest(code.replace(/\*$/, ''), codePatterns());
}
