/**
 * Validation of a large body in bounded memory. ajv (compiled with `allErrors`) makes an error
 * object for every failing value: 499,000 UserData values of the wrong type made 499,000 of
 * them, hundreds of megabytes, before `checkSchema` could keep the first findings. Here a body
 * of more than `GROUP_WEIGHT` values is validated as a series of small *views* instead, each a
 * copy of a few parts of it, and every error is taken from exactly one view, where it is the
 * error the whole body gives (same keyword, same schema path, same pointer once translated).
 *
 * The plan. A container (object or array) holding more than `GROUP_WEIGHT` values in all is
 * *heavy*; every ancestor of a heavy container is heavy. A heavy container's members are cut, in
 * order, into *groups* of about `GROUP_WEIGHT` values. Its *fixed* members are those the schema
 * may look at as a whole: every member whose key the schema names anywhere (`properties`,
 * `required`), and the first `countLimit` others (more than any `maxProperties`/`maxItems` in the
 * schema), so that a view has as many members as the body wherever a count keyword could tell.
 *
 * The view of group g of heavy container H: the path from the root to H, each heavy ancestor
 * holding its fixed members as *stubs* (a scalar as it is, a container as an empty one of its
 * kind) and the member on the path; H holding its fixed members as stubs and the members of
 * group g as they are (a heavy one as its stubs). Kept from it: the errors inside a light member
 * of group g (and those about its key), and — for group 0 — the errors of H itself (its type,
 * counts, required members). Anything else the view reports is about a stub, which is another
 * view's to report. Every place in the body is inside exactly one light member of one group, or
 * is a heavy container itself, so each error comes from exactly one view.
 *
 * This holds because nothing in a schema that passes `viewSafe` looks at a container as a whole
 * except the count keywords (which a view answers alike) and `required` (fixed members are all
 * there): conditions (`if`, `anyOf`, `oneOf`, `not`) only read scalars and key names; no
 * `uniqueItems`, `contains`, `dependencies`, `$data`. Other schemas take the plain path.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { child, setOwn, tokens } from '../parse/pointer.js';

/**
 * About how many values one view holds beyond its path; bounds the error objects of one
 * validation. Small, so that a view's errors die young: with 4,096, a view's errors and groups
 * outlived V8's young-generation collections often enough that V8 pretenured their allocation
 * sites, and every later error went straight to the old space as garbage (499,980 UserData values
 * peaked at 359 MB; with 256, 244 MB and less CPU). Every view also holds the stubs of the fixed
 * members (the names the schema knows and `countLimit` others, about 100 today).
 */
export const GROUP_WEIGHT = 256;

/**
 * How many values a body holds before `checkSchema` validates it in views at all. A spec a person
 * writes holds a few hundred and is validated whole, in one call, as before the views were cut
 * smaller; only a larger body pays for the views' stubs.
 */
export const VIEWS_FROM = 4096;

/** What the schema of a dialect allows: whether views are exact, the names it knows, the count limit. */
interface SchemaFacts {
  safe: boolean;
  known: ReadonlySet<string>;
  countLimit: number;
}

const factsOf = new WeakMap<object, SchemaFacts>();

// Keywords a condition (`if`, a branch of `anyOf`/`oneOf`, `not`) may use on the node it stands on,
// and on that node's members through `properties` (one level, scalar keywords only).
const SCALAR_KEYWORDS = new Set(['type', 'const', 'enum', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']);
const ANNOTATION = /^(x-|title$|description$|markdownDescription$|markdownEnumDescriptions$|enumDescriptions$|examples$|default$|\$comment$|errorMessage$|defaultSnippets$)/;
// Applicator keywords whose subschemas apply to the members of a node, as any validation does.
const APPLIED = ['additionalProperties', 'propertyNames', 'items', 'then', 'else'] as const;
const UNSAFE = new Set(['uniqueItems', 'contains', 'dependencies', 'dependentRequired', 'dependentSchemas', 'patternProperties', 'unevaluatedProperties', 'unevaluatedItems', 'prefixItems', 'additionalItems', '$data']);

/** Reads the facts of a schema once. */
export function schemaFacts(schema: object): SchemaFacts {
  let facts = factsOf.get(schema);
  if (facts) return facts;
  const known = new Set<string>();
  let countLimit = 0;
  let safe = true;
  const seen = new Set<object>();
  const condition = (node: unknown, members: boolean): void => {
    if (node === true || node === false) return;
    if (!node || typeof node !== 'object' || Array.isArray(node)) return void (safe = false);
    for (const [k, v] of Object.entries(node)) {
      // A member that is not on a view's path stands as an empty stub: a condition that looks
      // inside a member (its required keys, or an object or array it must equal) would flip.
      if ((k === 'const' || k === 'enum') && [v].flat().some((x) => x !== null && typeof x === 'object')) safe = false;
      else if (ANNOTATION.test(k) || SCALAR_KEYWORDS.has(k)) continue;
      else if (k === 'required' && Array.isArray(v) && members) for (const n of v) known.add(String(n));
      else if (k === 'properties' && members && v && typeof v === 'object') {
        for (const [name, sub] of Object.entries(v)) {
          known.add(name);
          condition(sub, false);
        }
      } else if ((k === 'anyOf' || k === 'oneOf' || k === 'allOf') && Array.isArray(v)) v.forEach((s) => condition(s, members));
      else if (k === 'not') condition(v, members);
      else safe = false;
    }
  };
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      if (!node.every((n) => typeof n === 'boolean' || (n && typeof n === 'object'))) return;
      return node.forEach(walk);
    }
    const n = node as Record<string, unknown>;
    for (const k of Object.keys(n)) if (UNSAFE.has(k)) safe = false;
    if (Array.isArray(n.items)) safe = false;
    for (const k of ['minProperties', 'maxProperties', 'minItems', 'maxItems']) if (typeof n[k] === 'number') countLimit = Math.max(countLimit, n[k] as number);
    if (Array.isArray(n.required)) for (const r of n.required) known.add(String(r));
    if (n.properties && typeof n.properties === 'object') {
      for (const [name, sub] of Object.entries(n.properties)) {
        known.add(name);
        walk(sub);
      }
    }
    for (const k of ['definitions', '$defs']) if (n[k] && typeof n[k] === 'object') Object.values(n[k] as object).forEach(walk);
    for (const k of APPLIED) walk(n[k]);
    if (Array.isArray(n.allOf)) n.allOf.forEach(walk);
    if (n.if !== undefined) condition(n.if, true);
    for (const k of ['anyOf', 'oneOf']) if (Array.isArray(n[k])) (n[k] as unknown[]).forEach((s) => condition(s, true));
    if (n.not !== undefined) condition(n.not, true);
  };
  walk(schema);
  facts = { safe, known, countLimit };
  factsOf.set(schema, facts);
  return facts;
}

/** A heavy container: where it stands, its members cut into groups. */
interface Heavy {
  value: object;
  /** Object keys in order (undefined for an array). */
  keys: string[] | undefined;
  /** The heavy container it is a member of, and its position there. */
  parent: Heavy | undefined;
  position: number;
  /** Where each group ends, as member positions (exclusive), in order. */
  ends: number[];
  /** Positions of the fixed members, ascending. */
  fixed: number[];
  /** Members that are heavy themselves, by position. */
  heavy: Map<number, Heavy>;
}

/**
 * The heavy containers of a body, each before its heavy members, or undefined when the body is
 * light (it holds at most `GROUP_WEIGHT` values). One walk, recursive but never deeper than the
 * nesting limit; a light container costs no more than its weighing.
 */
export function planViews(data: unknown, schemaFactsOf: SchemaFacts | (() => SchemaFacts)): Heavy[] | undefined {
  // Read when the first heavy container is found: a light body never needs them.
  let known: SchemaFacts | undefined;
  const factsNow = () => (known ??= typeof schemaFactsOf === 'function' ? schemaFactsOf() : schemaFactsOf);
  const heavies: Heavy[] = [];
  // The weight of each member of the containers being weighed, innermost container last.
  const stack: number[] = [];
  const weigh = (value: object, parent: Heavy | undefined, position: number): number => {
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const n = keys ? keys.length : (value as unknown[]).length;
    const base = stack.length;
    // Made before the members are weighed (a heavy member names it as its parent) and dropped
    // again, with anything added after it, if the container turns out light.
    const self: Heavy = { value, keys, parent, position, ends: [], fixed: [], heavy: new Map() };
    const at = heavies.length;
    heavies.push(self);
    let total = 1;
    for (let i = 0; i < n; i++) {
      const member = keys ? (value as Record<string, unknown>)[keys[i]!] : (value as unknown[])[i];
      const w = typeof member !== 'object' || member === null ? 1 : weigh(member, self, i);
      stack.push(w);
      total += w;
    }
    if (total <= GROUP_WEIGHT) {
      heavies.length = at;
      stack.length = base;
      return total;
    }
    parent?.heavy.set(position, self);
    const facts = factsNow();
    let others = 0;
    let weight = 0;
    for (let i = 0; i < n; i++) {
      const w = stack[base + i]!;
      if (keys && facts.known.has(keys[i]!) ? true : others++ <= facts.countLimit) self.fixed.push(i);
      // A heavy member stands in its group as its stubs.
      const cost = w > GROUP_WEIGHT ? 1 : w;
      if (weight > 0 && weight + cost > GROUP_WEIGHT) {
        self.ends.push(i);
        weight = 0;
      }
      weight += cost;
    }
    self.ends.push(n);
    stack.length = base;
    return total;
  };
  if (typeof data === 'object' && data !== null && heavierThan(data, GROUP_WEIGHT)) weigh(data, undefined, 0);
  return heavies.length ? heavies : undefined;
}

/**
 * Whether a body holds more than `limit` values (itself included), counted without allocating and
 * given up on as soon as it does: a spec file holds a few hundred, and then weighing, which makes
 * a record per container, is not needed. Recursive, never deeper than the nesting limit.
 */
export function heavierThan(data: object, limit: number): boolean {
  let left = limit;
  const count = (value: object): boolean => {
    if (--left < 0) return true;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const member: unknown = value[i];
        if (typeof member === 'object' && member !== null ? count(member) : --left < 0) return true;
      }
    } else {
      for (const key in value) {
        const member: unknown = (value as Record<string, unknown>)[key];
        if (typeof member === 'object' && member !== null ? count(member) : --left < 0) return true;
      }
    }
    return false;
  };
  return count(data);
}

/** A container's stub: an empty one of its kind; a scalar as it is. */
function stub(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Array.isArray(value) ? [] : {};
}

/** One member of a heavy container, by position. */
function memberAt(h: Heavy, i: number): unknown {
  return h.keys ? (h.value as Record<string, unknown>)[h.keys[i]!] : (h.value as unknown[])[i];
}

/**
 * A heavy container as a view shows it: its fixed members as stubs, then `shown` (position →
 * the value to show). Returns the value and, for an array, each shown position's index in it.
 */
function render(h: Heavy, shown: Map<number, unknown>, index: Map<number, number> | undefined): unknown {
  if (h.keys) {
    const out: Record<string, unknown> = {};
    for (const i of h.fixed) setOwn(out, h.keys[i]!, shown.has(i) ? shown.get(i) : stub(memberAt(h, i)));
    for (const [i, v] of shown) if (!Object.prototype.hasOwnProperty.call(out, h.keys[i]!)) setOwn(out, h.keys[i]!, v);
    return out;
  }
  // The fixed members of an array are its first elements: they keep their indices.
  const out: unknown[] = h.fixed.map((i) => (shown.has(i) ? shown.get(i) : stub(memberAt(h, i))));
  for (const [i, v] of shown) {
    if (i < out.length) index?.set(i, i);
    else {
      index?.set(i, out.length);
      out.push(v);
    }
  }
  return out;
}

/**
 * Validates a heavy body view by view and hands each error it would give, with its pointer in
 * the body (`instancePath` rewritten), to `take` — view after view, in the validator's order
 * within one view; `viewDone` after each view.
 */
export function validateInViews(validate: ValidateFunction, heavies: Heavy[], take: (e: ErrorObject) => void, viewDone: () => void): void {
  for (const h of heavies) {
    // The heavy containers from the root down to H's parent.
    const ancestors: Heavy[] = [];
    for (let a = h.parent; a; a = a.parent) ancestors.unshift(a);
    for (let g = 0; g < h.ends.length; g++) {
      const start = g === 0 ? 0 : h.ends[g - 1]!;
      const end = h.ends[g]!;
      const shown = new Map<number, unknown>();
      for (let i = start; i < end; i++) {
        const heavy = h.heavy.get(i);
        shown.set(i, heavy ? render(heavy, new Map(), undefined) : memberAt(h, i));
      }
      // H as the view shows it, then each ancestor around it, innermost first, with the token
      // of each level in the view and in the body (an array's index can differ).
      const index = new Map<number, number>();
      let view = render(h, shown, h.keys ? undefined : index);
      let viewPrefix = '';
      let realPrefix = '';
      const levels: Array<{ real: string | number; shown: string | number }> = [];
      let below = h;
      for (let a = ancestors.length - 1; a >= 0; a--) {
        const anc = ancestors[a]!;
        const pos = below.position;
        const at = new Map<number, number>();
        view = render(anc, new Map([[pos, view]]), anc.keys ? undefined : at);
        levels.push(anc.keys ? { real: anc.keys[pos]!, shown: anc.keys[pos]! } : { real: pos, shown: at.get(pos)! });
        below = anc;
      }
      for (let l = levels.length - 1; l >= 0; l--) {
        viewPrefix = child(viewPrefix, levels[l]!.shown);
        realPrefix = child(realPrefix, levels[l]!.real);
      }
      const inGroup = new Map<string, number>();
      if (h.keys) for (let i = start; i < end; i++) inGroup.set(h.keys[i]!, i);
      else for (const [i, r] of index) inGroup.set(String(r), i);
      if (!validate(view)) {
        for (const e of validate.errors ?? []) {
          const kept = keep(e, viewPrefix, realPrefix, h, g, inGroup);
          if (kept) take(kept);
        }
        validate.errors = null;
      }
      viewDone();
    }
  }
}

/**
 * The error as the whole body gives it, if this view is the one to report it (see the top of
 * the file); undefined otherwise.
 */
function keep(e: ErrorObject, prefix: string, realPrefix: string, h: Heavy, g: number, inGroup: Map<string, number>): ErrorObject | undefined {
  const path = e.instancePath;
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return undefined;
  if (path === prefix) {
    // About a member's key (an unknown key, a key too long): that member's group reports it.
    const p = e.params as { additionalProperty?: string; propertyName?: string };
    const key = e.keyword === 'additionalProperties' ? p.additionalProperty : e.keyword === 'propertyNames' ? p.propertyName : (e as ErrorObject & { propertyName?: string }).propertyName;
    if (key !== undefined) {
      const i = inGroup.get(key);
      // A heavy member's key too: its own view shows it only as a member of its parent.
      return i !== undefined ? moved(e, realPrefix) : undefined;
    }
    // H itself: group 0 reports it.
    return g === 0 ? moved(e, realPrefix) : undefined;
  }
  const rest = path.slice(prefix.length + 1);
  const cut = rest.indexOf('/');
  const token = cut < 0 ? rest : rest.slice(0, cut);
  const name = h.keys ? tokens(`/${token}`)[0]! : token;
  const i = inGroup.get(name);
  if (i === undefined || h.heavy.has(i)) return undefined;
  const real = child(realPrefix, h.keys ? name : i);
  return moved(e, cut < 0 ? real : real + rest.slice(cut));
}

/** The error with its pointer in the body: changed in place, as the view's errors are dropped after. */
function moved(e: ErrorObject, instancePath: string): ErrorObject {
  e.instancePath = instancePath;
  return e;
}
