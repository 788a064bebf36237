/**
 * Every code clusterlint can report, worked out from the catalogue and the dialect schemas, and
 * what a config may write to name some of them (SPEC §6, clarification 10): a code, a templated
 * code written out (`InvalidUserData.team`), or a prefix with a trailing `*`. A name that matches
 * no code is a typo that would silently turn nothing off, so the config refuses it.
 */
import { API_ROWS, LINT_CODES, invalid, missing, type CheckKind } from './catalogue.js';
import { deref, DIALECTS, type Dialect, type SchemaNode } from '../dialect/dialect.js';
import { closest } from '../api/helpers.js';
import { KEYWORD_KIND } from '../check/schema.js';

/** One templated code a dialect can produce. */
export interface TemplateCode {
  code: string;
  message: string;
  parameter: string;
}

/** Every `Missing…`/`Invalid…` code of a dialect that has no row of its own in the API table. */
export function templateCodes(dialect: Dialect): TemplateCode[] {
  const out = new Map<string, TemplateCode>();
  const add = (resolved: { code: string; message: string; origin: string }, parameter: string) => {
    if (resolved.origin === 'template' && !out.has(resolved.code)) out.set(resolved.code, { code: resolved.code, message: resolved.message, parameter });
  };
  const visit = (node: SchemaNode | undefined, seen: Set<SchemaNode>) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    const target = deref(dialect.schema, node);
    const param = target['x-parameter'];
    if (param && param !== 'HttpBody' && param !== '$schema') {
      // The kinds of check this node makes; a code with a row for some kinds (InvalidGroups)
      // still uses the template for the others.
      const kinds = new Set<CheckKind>(['type']);
      for (const keyword of Object.keys(target)) if (KEYWORD_KIND[keyword]) kinds.add(KEYWORD_KIND[keyword]!);
      for (const kind of kinds) add(invalid(dialect.codeName(param), kind, {}, param), param);
    }
    for (const name of target.required ?? []) {
      const childParam = target.properties?.[name]?.['x-parameter'];
      if (childParam) add(missing(dialect.codeName(childParam), {}, childParam), childParam);
    }
    for (const child of Object.values(target.properties ?? {})) visit(child, seen);
    if (typeof target.additionalProperties === 'object') visit(target.additionalProperties, seen);
    visit(target.items, seen);
    visit(target.propertyNames, seen);
  };
  visit(dialect.schema, new Set());
  return [...out.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The codes of the catalogue: fixed codes, and `{key}` codes as the text before and after the key. */
interface KnownCodes {
  fixed: Set<string>;
  keyed: Array<{ before: string; after: string }>;
  /** What a did-you-mean may suggest: the fixed codes, and each `{key}` code as its prefix with `*`. */
  names: string[];
}

let known: KnownCodes | undefined;

/** Every code clusterlint reports: the API table, each dialect's templated codes and the lint-only codes (worked out once). */
function knownCodes(): KnownCodes {
  if (known) return known;
  const all = new Set<string>([
    ...API_ROWS.map((r) => r.code).filter((c) => !c.includes('{Parameter}')),
    ...Object.values(DIALECTS).flatMap((d) => templateCodes(d).map((t) => t.code)),
    ...LINT_CODES.map((l) => l.code),
  ]);
  const fixed = new Set<string>();
  const keyed: KnownCodes['keyed'] = [];
  for (const code of all) {
    const at = code.indexOf('{key}');
    if (at < 0) fixed.add(code);
    else keyed.push({ before: code.slice(0, at), after: code.slice(at + '{key}'.length) });
  }
  const names = [...fixed, ...new Set(keyed.map((k) => `${k.before}*`))];
  known = { fixed, keyed, names };
  return known;
}

/**
 * Why `name` — a `severity` key, or a code of a config `ignore` entry — names no code, or
 * undefined when it names at least one: an exact code, a `{key}` code with its key written out
 * (`InvalidUserData.team`, `InvalidUserData.team.value`), or a prefix of some code followed by
 * `*` (`Bcs*`, `InvalidUserData.*`, `*`). The reason is one clause about the quoted name, with a
 * did-you-mean when a code is near.
 */
export function codeNameProblem(name: string): string | undefined {
  const { fixed, keyed, names } = knownCodes();
  const shown = JSON.stringify(name);
  const placeholder = /\{(key|Parameter)\}/.exec(name);
  if (placeholder) return `${shown} is the catalogue's pattern, not a code: write the code with the ${placeholder[1]} filled in, or "${name.slice(0, placeholder.index)}*" for all of them`;
  if (name.endsWith('*')) {
    const prefix = name.slice(0, -1);
    // A key can be anything, so a prefix reaches a `{key}` code when it stops before the key or runs into it.
    if ([...fixed].some((c) => c.startsWith(prefix)) || keyed.some((k) => k.before.startsWith(prefix) || prefix.startsWith(k.before))) return undefined;
    const near = nearestPrefix(prefix, names);
    return `${shown} matches no code${near ? `; did you mean "${near}*"?` : ''}`;
  }
  if (fixed.has(name) || keyed.some((k) => name.length >= k.before.length + k.after.length && name.startsWith(k.before) && name.endsWith(k.after))) return undefined;
  if ([...fixed].some((c) => c.startsWith(name)) || keyed.some((k) => k.before.startsWith(name))) {
    return `${shown} is not a code; to match every code that starts with it, write "${name}*"`;
  }
  const near = closest(name, names);
  return `${shown} is not a code clusterlint reports${near ? `; did you mean "${near}"?` : ''}`;
}

/** The beginning of a known code nearest to a misspelt prefix: one of the same length first, then one a character or two shorter or longer. */
function nearestPrefix(prefix: string, names: readonly string[]): string | undefined {
  for (const delta of [0, -1, 1, -2, 2]) {
    const length = prefix.length + delta;
    if (length < 1) continue;
    const candidates = new Set<string>();
    for (const n of names) {
      const code = n.endsWith('*') ? n.slice(0, -1) : n;
      if (code.length >= length) candidates.add(code.slice(0, length));
    }
    const near = closest(prefix, [...candidates]);
    if (near !== undefined) return near;
  }
  return undefined;
}
