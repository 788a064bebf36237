/**
 * The schema pass: the dialect's JSON Schema (compiled ahead of time by ajv, without the editors'
 * `errorMessage`, which only costs time here: scripts/build.mjs) validates the body, and each ajv
 * error becomes a catalogue finding. The schema node that failed names the parameter
 * (`x-parameter`); the keyword tells the kind of check (SPEC §2 order).
 */
import type { ErrorObject } from 'ajv';
import { CHECK_RANK, lintCode, type CheckKind, type Severity } from '../catalogue/catalogue.js';
import { schemaAtPointer, schemaAtPath, type Dialect, type SchemaNode } from '../dialect/dialect.js';
import { child, get, isObject, tokens } from '../parse/pointer.js';
import type { FixIntent } from '../fix/fix.js';
import type { SpecDocument } from '../parse/document.js';
import { FindingSink, type Finding, type Omitted } from './findings.js';
import type { ReportOptions } from '../api/rule-api.js';
import { closest, distance, numberAsWritten, quote } from '../api/helpers.js';
import { isSecretName } from '../secrets/names.js';
import { heavierThan, planViews, schemaFacts, validateInViews, VIEWS_FROM } from './views.js';

/** The rule id schema findings carry: the schema file's name without `.schema.json`. */
export function schemaRuleId(dialect: Dialect): string {
  return dialect.schemaFile.replace(/\.schema\.json$/, '');
}

/** The kind of check each validation keyword makes (SPEC §2 order: type, bounds, format). */
export const KEYWORD_KIND: Record<string, CheckKind> = {
  type: 'type',
  minLength: 'bounds',
  maxLength: 'bounds',
  minimum: 'bounds',
  maximum: 'bounds',
  exclusiveMinimum: 'bounds',
  exclusiveMaximum: 'bounds',
  minProperties: 'bounds',
  maxProperties: 'bounds',
  minItems: 'bounds',
  maxItems: 'bounds',
  pattern: 'format',
  format: 'format',
  enum: 'format',
  const: 'format',
  multipleOf: 'format',
};


/**
 * Which findings other than unknown keys `checkSchema` may count instead of making: none
 * (`false`), all (`true`: no config severity can turn their code off), or those a finding kept
 * by the test would make (a config that turns some codes off: a finding turned off is neither
 * reported nor counted, as when every finding is made).
 */
export type Others = boolean | ((finding: Pick<Finding, 'code' | 'severity'>) => boolean);

/**
 * For a test of findings: whether the errors of one finding (`findingOf`) make a finding the
 * test keeps — the first check in the API's order, as finalize keeps, with the code and severity
 * `mapError` would give it. Only the code is made, not the finding: a config that turned codes
 * off made a bare finding (and its message) for each of 499,980 values, 16 s and 525 MB.
 */
function reportedBy(dialect: Dialect, others: Others): ((errors: ErrorObject[]) => boolean) | undefined {
  if (typeof others !== 'function') return undefined;
  const codes = new FindingSink(dialect);
  return (errors) => {
    // One parameter: the first failing check in the API's order is the finding (SPEC §2).
    let best: { code: string; severity: Severity; rank: number } | undefined;
    for (const e of errors) {
      const f = codeOfError(dialect, e, codes);
      if (f && (!best || f.rank < best.rank)) best = f;
    }
    return best !== undefined && others(best);
  };
}

/** The code, severity and rank of the finding `mapError` makes of an error (none for those it reports nothing for). */
function codeOfError(dialect: Dialect, e: ErrorObject, sink: FindingSink): { code: string; severity: Severity; rank: number } | undefined {
  const site = errorSite(dialect, e);
  if (!site) return undefined;
  switch (site.which) {
    case 'unknown':
      return { code: 'UnknownParameter', severity: lintCode('UnknownParameter').severity, rank: 0 };
    case 'missing':
      return { code: sink.codeOf('missing', site.at, 'type'), severity: 'error', rank: CHECK_RANK.missing };
    default:
      return { code: sink.codeOf('invalid', site.at, site.kind, site.parameter), severity: 'error', rank: CHECK_RANK[site.kind] };
  }
}

/** What finding an error makes, and where: the one reading of an ajv error that `mapError` and `codeOfError` share. */
type ErrorSite =
  | { which: 'missing'; at: string; name: string }
  | { which: 'unknown'; at: string; name: string; node: SchemaNode | undefined }
  | { which: 'propertyNames'; at: string; name: string; kind: 'bounds'; parameter: string | undefined; names: SchemaNode | undefined }
  | { which: 'invalid'; at: string; kind: CheckKind; parameter?: undefined; node: SchemaNode };

/** Where an error's finding stands and what it is; undefined for the errors that report nothing. */
function errorSite(dialect: Dialect, e: ErrorObject): ErrorSite | undefined {
  // Errors inside `propertyNames` are reported once, by the `propertyNames` error that follows them.
  if ((e as ErrorObject & { propertyName?: string }).propertyName !== undefined) return undefined;
  // An `anyOf` only offers editors the documented values of a field where any other string is a
  // warning (its last branch accepts every string; a rule reports the warning): the node's own
  // keywords make its checks, so neither it nor its branches report anything here.
  if (e.keyword === 'anyOf' || e.schemaPath.includes('/anyOf/') || e.keyword === 'if') return undefined;
  const pointer = e.instancePath;
  switch (e.keyword) {
    case 'required': {
      const name = (e.params as { missingProperty: string }).missingProperty;
      return { which: 'missing', at: child(pointer, name), name };
    }
    case 'additionalProperties': {
      const name = (e.params as { additionalProperty: string }).additionalProperty;
      return { which: 'unknown', at: child(pointer, name), name, node: schemaAtPath(dialect, e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/'))) };
    }
    case 'propertyNames': {
      const name = (e.params as { propertyName: string }).propertyName;
      const names = schemaAtPath(dialect, e.schemaPath);
      return { which: 'propertyNames', at: child(pointer, name), name, kind: 'bounds', parameter: names?.['x-parameter'], names };
    }
  }
  const kind = KEYWORD_KIND[e.keyword];
  const node = schemaAtPath(dialect, e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/')));
  if (!kind || !node) throw new Error(`unmapped schema error ${e.keyword} at ${e.schemaPath}`);
  return { which: 'invalid', at: pointer, kind, node };
}

/**
 * Validates one body and reports every schema finding into `sink`. Past a budget (twice the
 * findings limit), only the first findings in the document's text are made and the others are
 * returned as counts, since the findings limit would keep a thousand of them anyway (a file of
 * nothing but unknown keys, or of 500,000 UserData values of the wrong type, would otherwise make
 * a finding for each, with its message and detail):
 * - unknown keys: each is exactly one `UnknownParameter` finding;
 * - when `boundOthers` (no config severity can turn a code off here), the other errors too,
 *   grouped by the finding they make: the parameter at a pointer (its key, for a key's length),
 *   as "one finding per parameter" (SPEC §2) keeps one of each; each group is one finding.
 */
export function checkSchema(dialect: Dialect, data: unknown, sink: FindingSink, budget = Infinity, doc?: SpecDocument, source?: (pointer: string) => string | undefined, boundOthers: Others = false): Omitted {
  const omitted: Omitted = { unknown: 0, other: 0 };
  // A large body is validated in views, so that ajv never holds an error for every value (views.ts),
  // when the schema allows it; the schema's facts are read only for a heavy body (milliseconds of
  // a cold start that a light one, every spec a person writes, does not spend).
  const large = doc !== undefined && budget < Infinity && typeof data === 'object' && data !== null && heavierThan(data, VIEWS_FROM);
  const planned = large ? planViews(data, () => schemaFacts(dialect.schema)) : undefined;
  const heavies = planned && schemaFacts(dialect.schema).safe ? planned : undefined;
  let errors: ErrorObject[];
  if (heavies && doc) {
    errors = firstInViews(dialect, heavies, budget, doc, omitted, boundOthers, reportedBy(dialect, boundOthers));
  } else {
    if (dialect.validate(data)) return omitted;
    errors = dialect.validate.errors ?? [];
    if (doc && errors.length > budget) {
      const unknown = errors.filter((e) => e.keyword === 'additionalProperties');
      if (unknown.length > budget) {
        const placed = unknown.map((e) => ({ e, at: keyOffset(doc, child(e.instancePath, (e.params as { additionalProperty: string }).additionalProperty)) }));
        placed.sort((a, b) => a.at - b.at);
        const first = new Set(placed.slice(0, budget).map((p) => p.e));
        omitted.unknown = unknown.length - budget;
        errors = errors.filter((e) => e.keyword !== 'additionalProperties' || first.has(e));
      }
      if (boundOthers) errors = firstGroups(errors, budget, doc, omitted, reportedBy(dialect, boundOthers));
    }
  }
  const rule = schemaRuleId(dialect);
  for (const e of errors) mapError(dialect, data, e, rule, sink, source);
  return omitted;
}

/**
 * The errors of a heavy body, validated in views, that `checkSchema`'s budget keeps — the same
 * ones the whole body's errors would give: the first `budget` unknown keys in the text, and (with
 * `boundOthers`) the errors of the first `budget` findings they make (`firstGroups`), the others
 * counted in `omitted`. Only about `budget` of each are held at a time, besides one view's errors.
 * The errors come back in the order the views gave them.
 */
function firstInViews(dialect: Dialect, heavies: NonNullable<ReturnType<typeof planViews>>, budget: number, doc: SpecDocument, omitted: Omitted, boundOthers: Others, reported: ((errors: ErrorObject[]) => boolean) | undefined): ErrorObject[] {
  const unknown = new FirstInText<ErrorObject>(budget);
  const others = new FirstInText<ErrorObject[]>(boundOthers ? budget : Infinity);
  let seq = 0;
  // One view's findings, by the pointer they stand at: all of a finding's errors come from one view.
  let groups = new Map<string, { at: number; seq: number; errors: ErrorObject[] }>();
  const flush = () => {
    for (const g of groups.values()) if (!reported || reported(g.errors)) others.add(g.at, g.seq, g.errors);
    groups = new Map();
  };
  validateInViews(dialect.validate, heavies, (e) => {
    if (e.keyword === 'additionalProperties') {
      unknown.add(keyOffset(doc, child(e.instancePath, (e.params as { additionalProperty: string }).additionalProperty)), seq++, e);
      return;
    }
    // Errors `mapError` reports nothing for are left out (see `firstGroups`).
    const id = findingOf(e);
    if (id === undefined) return;
    let group = groups.get(id.id);
    if (!group) groups.set(id.id, (group = { at: keyOffset(doc, id.at), seq: seq++, errors: [] }));
    group.errors.push(e);
  }, flush);
  flush();
  omitted.unknown = Math.max(0, unknown.total - budget);
  if (boundOthers) omitted.other = Math.max(0, others.total - budget);
  const kept: Array<{ seq: number; errors: ErrorObject[] }> = [...unknown.first().map((u) => ({ seq: u.seq, errors: [u.value] })), ...others.first().map((g) => ({ seq: g.seq, errors: g.value }))];
  kept.sort((a, b) => a.seq - b.seq);
  return kept.flatMap((k) => k.errors);
}

/**
 * The first `limit` items by their place in the text (ties in the order added, `seq` rising), of
 * all those added, and how many were added. Once `limit` items are held, an item that comes after
 * the last of them is only counted, never held: in a body whose views come in text order (the
 * usual case) nothing is held past the first `limit`. Holding every item until a cut let a
 * hostile file's 500,000 findings each live long enough to reach V8's old space, whose garbage is
 * collected late (issue 15: the peak memory).
 */
export class FirstInText<T> {
  total = 0;
  private items: Array<{ at: number; seq: number; value: T }> = [];
  /** The place of the last item held, once `limit` items were sorted: later ones are not held. */
  private bound: { at: number; seq: number } | undefined;

  constructor(private readonly limit: number) {}

  /** Whether an item at this place would be held (`add` would keep it, for now). */
  wants(at: number, seq: number): boolean {
    const b = this.bound;
    return b === undefined || at < b.at || (at === b.at && seq < b.seq);
  }

  add(at: number, seq: number, value: T): void {
    this.total++;
    if (!this.wants(at, seq)) return;
    this.items.push({ at, seq, value });
    // The first `limit` items set the bound; then cut back now and then, to about twice the limit.
    if (this.bound === undefined ? this.items.length >= this.limit : this.items.length >= 2 * this.limit + 1024) this.cut();
  }

  first(): Array<{ at: number; seq: number; value: T }> {
    this.cut();
    return this.items;
  }

  private cut(): void {
    if (this.items.length < this.limit) return;
    this.items.sort((a, b) => a.at - b.at || a.seq - b.seq);
    this.items.length = this.limit;
    const last = this.items[this.limit - 1];
    this.bound = last ? { at: last.at, seq: last.seq } : { at: -Infinity, seq: -Infinity };
  }
}

/**
 * The finding an error other than an unknown key makes, as `firstGroups` groups them: its id
 * (pointer, and whether it is about the key) and the pointer whose place orders it; undefined
 * for errors `mapError` reports nothing for.
 */
function findingOf(e: ErrorObject): { id: string; at: string } | undefined {
  if (e.keyword === 'additionalProperties' || e.keyword === 'if' || e.keyword === 'anyOf' || e.schemaPath.includes('/anyOf/') || (e as ErrorObject & { propertyName?: string }).propertyName !== undefined) return undefined;
  const params = e.params as { missingProperty?: string; propertyName?: string };
  const pointer = e.keyword === 'required' ? child(e.instancePath, params.missingProperty!) : e.keyword === 'propertyNames' ? child(e.instancePath, params.propertyName!) : e.instancePath;
  // A missing member is reported where the object stands, which comes before its members.
  return { id: `${pointer}#${e.keyword === 'propertyNames' ? 'key' : 'value'}`, at: e.keyword === 'required' ? e.instancePath : pointer };
}

/**
 * The errors other than unknown keys of the first `budget` findings they make, in text order, and
 * the number of findings left out (in `omitted.other`). An error belongs to the finding at its
 * pointer — a missing member's own pointer, a key's for a key's length — the way `mapError`
 * reports it; errors it reports nothing for stay.
 */
function firstGroups(errors: ErrorObject[], budget: number, doc: SpecDocument, omitted: Omitted, reported: ((errors: ErrorObject[]) => boolean) | undefined): ErrorObject[] {
  const groups = new Map<string, { at: number; errors: ErrorObject[] }>();
  const kept: ErrorObject[] = [];
  for (const e of errors) {
    const finding = findingOf(e);
    if (!finding) {
      kept.push(e);
      continue;
    }
    let group = groups.get(finding.id);
    if (!group) groups.set(finding.id, (group = { at: keyOffset(doc, finding.at), errors: [] }));
    group.errors.push(e);
  }
  if (groups.size <= budget) return errors;
  // Findings whose code the config turns off are neither kept nor counted.
  const order = [...groups.values()].filter((g) => !reported || reported(g.errors)).sort((a, b) => a.at - b.at);
  for (const g of order.slice(0, budget)) kept.push(...g.errors);
  omitted.other = Math.max(0, order.length - budget);
  return kept;
}

/** Where the key at a pointer stands in a document's text (its value's start for an array element). */
function keyOffset(doc: SpecDocument, pointer: string): number {
  const loc = doc.loc(pointer);
  return loc ? (loc.key ?? loc.value).start : Number.MAX_SAFE_INTEGER;
}

/** Makes the finding of one error (`codeOfError` gives its code alone). */
function mapError(dialect: Dialect, data: unknown, e: ErrorObject, rule: string, sink: FindingSink, source?: (pointer: string) => string | undefined): void {
  const site = errorSite(dialect, e);
  if (!site) return;
  const pointer = e.instancePath;
  switch (site.which) {
    case 'missing':
      sink.missing(rule, site.at, pointer === '' ? {} : { detail: `Add ${site.name} to ${label(data, pointer)}.` });
      return;
    case 'unknown': {
      const { name } = site;
      const known = knownNames(site.node);
      const near = closest(name, known);
      // Say only what the documents say: what the API or an SDK does with the key differs (SPEC §3).
      const where = pointer === '' ? '' : ` of ${label(data, pointer)}`;
      const rename = renameFor(name, get(data, pointer), known);
      sink.reporter(rule).lint('UnknownParameter', site.at, {
        target: 'key',
        detail: `${quote(name)} is not a field${where} in the documented request body.${near ? ` Did you mean "${near}"?` : ''}`,
        ...(rename ? { fix: { from: name, to: rename, quotes: 'keep' } } : {}),
      });
      return;
    }
    case 'propertyNames': {
      const { name, names } = site;
      const n = codePoints(name);
      const detail =
        n === 0
          ? `An empty key is not allowed in ${label(data, pointer)}; keys have ${names?.minLength ?? 1}–${names?.maxLength} characters.`
          : `The key ${quote(name)} has ${n} characters; at most ${names?.maxLength} are allowed.`;
      sink.invalid(rule, site.at, 'bounds', { target: 'key', detail }, site.parameter);
      return;
    }
  }
  const { kind, node } = site;
  const container = e.keyword.endsWith('Properties') || e.keyword.endsWith('Items');
  const value = get(data, pointer);
  const fix = e.keyword === 'type' ? typeFix(value, String((e.params as { type: unknown }).type), isSecret(node, dialect, pointer)) : undefined;
  const o: ReportOptions = {
    target: container ? 'container' : 'value',
    // A number is quoted as written: its double may differ (9007199254740993, 1e400).
    detail: describe(e, node, value, label(data, pointer), dialect, pointer, typeof value === 'number' ? source?.(pointer) : undefined),
  };
  if (fix) o.fix = fix;
  sink.invalid(rule, pointer, kind, o);
}

/** Whether the value at a pointer is a secret: the schema says so, or its key's name does (SPEC §3). */
function isSecret(node: SchemaNode, dialect: Dialect, pointer: string): boolean {
  const last = tokens(pointer).pop();
  return node['x-secret'] === true || schemaAtPointer(dialect, pointer)?.['x-secret'] === true || (last !== undefined && isSecretName(last));
}

/**
 * The fix for a number or boolean written as a string (SPEC §10): `"3"` → `3` where an integer or
 * a number belongs, `"true"` → `true` where a boolean does — only for the text that means exactly
 * that value in JSON and YAML alike, and never for a secret.
 */
function typeFix(value: unknown, expected: string, secret: boolean): FixIntent | undefined {
  if (typeof value !== 'string' || secret) return undefined;
  const types = expected.split(',');
  const integer = /^-?(0|[1-9]\d{0,14})$/.test(value);
  const number = integer || /^-?(0|[1-9]\d{0,14})\.\d{1,15}$/.test(value);
  const fits = (types.includes('integer') && integer) || (types.includes('number') && number) || (types.includes('boolean') && (value === 'true' || value === 'false'));
  return fits ? { from: value, to: value, quotes: 'drop' } : undefined;
}

/**
 * The key an unknown key should be renamed to (SPEC §10, clarification 8): the known names of its
 * object within Levenshtein distance 2 are counted; there must be exactly one, absent from the
 * object, and no other unknown key of the object may have it as its only candidate (two renames
 * to one name would write the key twice).
 */
function renameFor(name: string, object: unknown, known: readonly string[]): string | undefined {
  const target = soleCandidate(name, known);
  if (target === undefined || !isObject(object) || Object.hasOwn(object, target)) return undefined;
  let cache = renameTargets.get(object);
  if (!cache) {
    cache = new Map();
    for (const key of Object.keys(object)) {
      if (known.includes(key)) continue;
      const t = soleCandidate(key, known);
      if (t !== undefined) cache.set(t, (cache.get(t) ?? 0) + 1);
    }
    renameTargets.set(object, cache);
  }
  return cache.get(target) === 1 ? target : undefined;
}

const renameTargets = new WeakMap<object, Map<string, number>>();

/** The only known name within Levenshtein distance 2 of `name`, if exactly one is. */
function soleCandidate(name: string, known: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const k of known) {
    if (k === name || distance(name, k, false) > 2) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}

const namesOf = new WeakMap<SchemaNode, string[]>();

/** The parameter names an object schema defines (`$schema` aside), kept per node: a file can have a million unknown keys. */
function knownNames(node: SchemaNode | undefined): string[] {
  if (!node) return [];
  let names = namesOf.get(node);
  if (!names) namesOf.set(node, (names = Object.keys(node.properties ?? {}).filter((k) => k !== '$schema')));
  return names;
}

/** A readable name of the parameter at a pointer: `Groups.g1.DesiredVMCount`, `Configs.Mounts.Entries[0].Source`. */
export function label(data: unknown, pointer: string): string {
  let out = '';
  let value = data;
  for (const t of tokens(pointer)) {
    out += Array.isArray(value) ? `[${t}]` : out === '' ? t : `.${t}`;
    value = get(value, child('', t));
  }
  return out || 'The request body';
}

/** The number of characters (code points, as the API counts lengths) of a text, without copying it. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

function typeOf(value: unknown, src?: string): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'not a number';
    // `.inf` in YAML; any other infinity is a literal too large for a double (`1e400`, 400 digits).
    if (!Number.isFinite(value)) {
      if (src === undefined || /^[-+]?\.inf$/i.test(src)) return 'infinity';
      return `${/^[-+]?\d+$/.test(src) ? 'an integer' : 'a number'} beyond the range of a 64-bit float`;
    }
    return Number.isInteger(value) ? 'a number' : 'a number with a fraction';
  }
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'boolean') return 'a boolean';
  return 'an object';
}

/** One sentence on what failed for a keyword, with the value (unless secret) and the limit. */
function describe(e: ErrorObject, node: SchemaNode, value: unknown, name: string, dialect: Dialect, pointer: string, src?: string): string {
  const secret = isSecret(node, dialect, pointer);
  const p = e.params as Record<string, unknown>;
  // The value as a detail quotes it; a number as written.
  const say = (v: unknown, hidden = false) => (!hidden && typeof v === 'number' && src !== undefined ? numberAsWritten(v, src) : quote(v, hidden));
  switch (e.keyword) {
    case 'type': {
      const expected = String(p.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(' or ');
      const shown = secret || typeof value === 'object' ? '' : ` (${say(value)})`;
      const hint = p.type === 'boolean' && typeof value === 'string' ? booleanHint(value) : p.type === 'string' ? quotedHint(value, node) : '';
      return `${name} is ${typeOf(value, src)}${shown}; it must be ${expected}.${hint}`;
    }
    case 'minLength':
    case 'maxLength': {
      const n = typeof value === 'string' ? codePoints(value) : 0;
      if (n === 0) return `${name} is empty; at least ${p.limit} character${p.limit === 1 ? ' is' : 's are'} required.`;
      return `${name} has ${n} characters; at ${e.keyword === 'maxLength' ? 'most' : 'least'} ${p.limit} ${p.limit === 1 ? 'is' : 'are'} allowed.`;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const edge = e.keyword.includes('inimum') ? 'smallest' : 'largest';
      // A limit that depends on another field (an if/then branch) says which case it is.
      const when = node['x-hint'] ? ` ${node['x-hint']}` : '';
      return `${name} is ${say(value, secret)}; the ${edge} allowed value is ${p.limit}${when}.`;
    }
    case 'minProperties':
    case 'maxProperties': {
      const n = value && typeof value === 'object' ? Object.keys(value).length : 0;
      if (n === 0) return `${name} is empty; at least ${p.limit} member${p.limit === 1 ? ' is' : 's are'} required.`;
      return `${name} has ${n} members; at ${e.keyword === 'maxProperties' ? 'most' : 'least'} ${p.limit} are allowed.`;
    }
    case 'minItems':
    case 'maxItems':
      return `${name} has ${Array.isArray(value) ? value.length : 0} elements; at ${e.keyword === 'maxItems' ? 'most' : 'least'} ${p.limit} are allowed.`;
    case 'multipleOf': {
      const step = Number(p.multipleOf);
      const decimals = Math.round(-Math.log10(step));
      return Number.isInteger(decimals) && 10 ** -decimals === step
        ? `${name} is ${say(value, secret)}; at most ${decimals} decimals are allowed.`
        : `${name} is ${say(value, secret)}; it must be a multiple of ${step}.`;
    }
    case 'enum':
    case 'const': {
      const allowed = (e.keyword === 'enum' ? (p.allowedValues as unknown[]) : [p.allowedValue]).map((v) => JSON.stringify(v));
      const note = typeof value === 'string' && !secret ? node['x-enum-notes']?.find((n) => new RegExp(n.pattern).test(value)) : undefined;
      if (note) return `${name} is ${say(value)}, ${note.note}; allowed values are ${allowed.join(', ')}.`;
      const near = typeof value === 'string' && !secret ? closest(value, allowedStrings(p)) : undefined;
      const hint = near ? ` Did you mean "${near}"?` : '';
      return `${name} is ${say(value, secret)}; allowed values are ${allowed.join(', ')}.${hint}`;
    }
    default: {
      const hint = node['x-hint'];
      return `${name} ${secret ? 'is not in the expected format' : `${say(value)} is not valid`}${hint ? `: ${hint}` : ''}.`;
    }
  }
}

/**
 * Why a string stands where a boolean belongs, for the words people mean as booleans. YAML 1.1
 * read `yes`/`no`/`on`/`off`/`y`/`n` as booleans; YAML 1.2 (which clusterlint and the `yaml`
 * package follow) and JSON read them as strings. A string `true`/`false` was quoted.
 */
function booleanHint(value: string): string {
  if (/^(yes|no|on|off|y|n)$/i.test(value)) {
    const meant = /^(yes|on|y)$/i.test(value) ? 'true' : 'false';
    return ` YAML 1.2 reads ${value} as a string (only YAML 1.1 read it as a boolean): write ${meant}, without quotes.`;
  }
  if (/^(true|false)$/i.test(value)) return ` The quotes make it a string: write ${value.toLowerCase()} without quotes.`;
  return '';
}

/** For a number or boolean where a string belongs whose text is an allowed value (`io_optimized: true`): write it in quotes. */
function quotedHint(value: unknown, node: SchemaNode): string {
  if (typeof value !== 'boolean' && typeof value !== 'number') return '';
  return node.enum?.includes(String(value)) ? ` Write "${String(value)}", in quotes.` : '';
}

function allowedStrings(p: Record<string, unknown>): string[] {
  const list = (p.allowedValues as unknown[] | undefined) ?? [p.allowedValue];
  return list.filter((v): v is string => typeof v === 'string' && v !== '');
}

