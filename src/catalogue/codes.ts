/**
 * Every code clusterlint can report, worked out from the catalogue and the dialect schemas, and
 * what a config may write to name some of them (SPEC §6, clarification 10): a code, a templated
 * code written out (`InvalidUserData.team`), or a prefix with a trailing `*`. A name that matches
 * no code is a typo that would silently turn nothing off, so the config refuses it.
 */
import { API_ROWS, LINT_CODES, invalid, missing, template, type CheckKind } from './catalogue.js';
import { deref, DIALECTS, type Dialect, type SchemaNode } from '../dialect/dialect.js';
import { closest } from '../api/helpers.js';
import { KEYWORD_KIND } from '../check/schema.js';

/** One templated code a dialect can produce. */
export interface TemplateCode {
  code: string;
  message: string;
  parameter: string;
}

/** One code the schema pass can produce for a dialect: a documented row or a template. */
export interface SchemaCode extends TemplateCode {
  origin: 'api' | 'template';
}

/**
 * Every `Missing…`/`Invalid…` code (with its message) that a dialect's schema can produce, in the
 * order of the schema: for each node naming a parameter, its type check and each kind of check
 * its keywords make; for each required property, its `Missing…`. `reported` resolves them as the
 * schema pass does (`FindingSink`): a dialect without an error table (Container Service) always
 * gets the templates. `listed` resolves them as the catalogue lists them: by the API table
 * whatever the dialect, so a Container Service code that shares its name with a row
 * (`MissingName`, `InvalidName`, `MissingInstanceType`, `InvalidInstanceType`) is listed under
 * that row only.
 */
export function schemaCodes(dialect: Dialect, resolve: 'reported' | 'listed' = 'reported'): SchemaCode[] {
  const table = resolve === 'listed' || dialect.errorTable;
  const out = new Map<string, SchemaCode>();
  const add = (resolved: { code: string; message: string; origin: string }, parameter: string) => {
    const key = `${resolved.code}\n${resolved.message}`;
    if (!out.has(key)) out.set(key, { code: resolved.code, message: resolved.message, origin: resolved.origin === 'api' ? 'api' : 'template', parameter });
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
      checkKinds(target, kinds);
      const codeParam = dialect.codeName(param);
      for (const kind of kinds) add(table ? invalid(codeParam, kind, {}, param) : template('invalid', codeParam, {}, param), param);
    }
    for (const name of target.required ?? []) {
      const childParam = target.properties?.[name]?.['x-parameter'];
      if (!childParam) continue;
      const codeParam = dialect.codeName(childParam);
      add(table ? missing(codeParam, {}, childParam) : template('missing', codeParam, {}, childParam), childParam);
    }
    for (const child of Object.values(target.properties ?? {})) visit(child, seen);
    if (typeof target.additionalProperties === 'object') visit(target.additionalProperties, seen);
    visit(target.items, seen);
    visit(target.propertyNames, seen);
  };
  visit(dialect.schema, new Set());
  return [...out.values()];
}

/**
 * The kinds of check a node makes: its own keywords', and those of the parts that check the same
 * value (`allOf`, and the `then` / `else` of a condition; an `anyOf` only offers editors values,
 * `checkSchema` reports nothing of it).
 */
function checkKinds(node: SchemaNode, kinds: Set<CheckKind>): void {
  for (const keyword of Object.keys(node)) if (KEYWORD_KIND[keyword]) kinds.add(KEYWORD_KIND[keyword]!);
  const parts = [...(Array.isArray(node.allOf) ? node.allOf : []), node.then, node.else];
  for (const part of parts) if (part && typeof part === 'object') checkKinds(part as SchemaNode, kinds);
}

/** Every `Missing…`/`Invalid…` code of a dialect that has no row of its own in the API table, sorted by code. */
export function templateCodes(dialect: Dialect): TemplateCode[] {
  const out = new Map<string, TemplateCode>();
  for (const c of schemaCodes(dialect, 'listed')) if (c.origin === 'template' && !out.has(c.code)) out.set(c.code, { code: c.code, message: c.message, parameter: c.parameter });
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
