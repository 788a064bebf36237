/**
 * JSON with positions.
 *
 * The data always comes from the engine's `JSON.parse`, which is exact for every text it accepts
 * (the last of two equal keys wins, `__proto__` is an own property). What `JSON.parse` cannot say
 * — where a node stands, which keys repeat, which whole numbers are written `3.0`, where a syntax
 * error is — comes from `scanJson`, a pass over the text that records the span of every node in
 * flat arrays and builds no values. It runs only when needed:
 * - a syntax error (`JSON.parse` throws): the scan says where and why;
 * - a repeated key: the keys in the text outnumber the keys in the data (`keysMatch`);
 * - a whole number written with a fraction or exponent under a key that a schema types as an
 *   integer: a look at each digit followed by `.`, `e` or `E` finds the candidates and the keys
 *   they stand under (`floatIntegerKeys`), and the integer-literal rule asks for their pointers
 *   only when one of those keys can be an integer;
 * - a finding that needs a position (`loc`, on first use).
 * A clean file therefore costs `JSON.parse`, a walk over the data and a few `indexOf` loops.
 *
 * Two limits keep every later walk over the data, and the positions kept, bounded (README
 * "Security"): nesting deeper than `MAX_DEPTH` and more than `MAX_VALUES` values are syntax errors,
 * reported by the scan where the limit is passed. They cost a clean file no pass of its own: the
 * depth is measured by the walk that counts keys, and only a text long enough to hold more than
 * `MAX_VALUES` values has its value marks counted, before `JSON.parse` builds a tree that large.
 *
 * The scan is iterative (an explicit stack), so no input reaches the end of the call stack; a tab
 * is one column like any other character.
 */
import { bareDocument, NO_FLOATS, type Duplicate, type NodeLoc, type SpecDocument, type SyntaxProblem } from './document.js';
import { MAX_DEPTH, MAX_VALUES, TOO_DEEP, TOO_MANY_VALUES } from '../config/limits.js';
import { child, tokens } from './pointer.js';
import type { Span } from './text.js';

/** Parses a JSON text into one document (SPEC §3 "Syntax"). */
export function parseJson(text: string): SpecDocument {
  const start = rootStart(text);
  // A text that may hold too many values is scanned before JSON.parse builds its tree.
  let shape = mayHoldTooManyValues(text) ? scanJson(text) : undefined;
  if (shape?.syntax) return bareDocument(0, start, undefined, shape.syntax);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // The scan accepts exactly what JSON.parse accepts (within the limits); the engine's message is a last resort.
    return bareDocument(0, start, undefined, scanJson(text).syntax ?? { span: { start: 0, end: Math.min(1, text.length) }, detail: (e as Error).message });
  }
  // Keys that do not match include data nested too deeply to count: the scan then says where.
  const duplicated = !keysMatch(text, data);
  if (!shape && duplicated) shape = scanJson(text);
  // JSON.parse accepted the text, so a problem of the scan is a limit passed.
  if (shape?.syntax) return bareDocument(0, start, undefined, shape.syntax);
  return new JsonDocument(text, data, shape, floatIntegerKeys(text), shape && duplicated ? shape.duplicates() : [], start);
}

/**
 * A JSON document that parsed: its positions and float pointers are worked out on first use. A
 * class rather than an object literal with a getter, which V8 builds much more slowly, once per file.
 */
class JsonDocument implements SpecDocument {
  readonly index = 0;
  private floats: ReadonlySet<string> | undefined;

  constructor(
    private readonly text: string,
    readonly data: unknown,
    private shape: JsonShape | undefined,
    readonly floatIntegerKeys: readonly string[],
    readonly duplicates: readonly Duplicate[],
    readonly start: Span,
  ) {}

  /** Most candidates stand under keys no schema types as integer, and are never asked for. */
  get floatIntegers(): ReadonlySet<string> {
    return (this.floats ??= this.floatIntegerKeys.length ? this.scanned().floatIntegers() : NO_FLOATS);
  }

  loc(pointer: string): NodeLoc | undefined {
    return this.scanned().loc(pointer);
  }

  private scanned(): JsonShape {
    return (this.shape ??= scanJson(this.text));
  }
}

/**
 * True when the text parses as JSON (used to tell JSON from YAML for files of other names). JSON
 * that passes a limit is JSON too (and is reported as such).
 */
export function looksLikeJson(text: string): boolean {
  if (mayHoldTooManyValues(text)) {
    const problem = scanJson(text).syntax;
    if (problem) return problem.detail === TOO_MANY_VALUES || problem.detail === TOO_DEEP;
  }
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when a text could hold more than `MAX_VALUES` values. Every value but the first follows a
 * `,`, `[`, `{` or `:`, so a text of values and marks shorter than `2 × MAX_VALUES + 1` cannot
 * (a spec file never comes near); a longer one has those characters counted (inside strings too,
 * which bounds the count from above without building anything).
 */
export function mayHoldTooManyValues(text: string): boolean {
  if (text.length <= 2 * MAX_VALUES) return false;
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 44 || c === 91 || c === 123 || c === 58) && ++marks >= MAX_VALUES) return true;
  }
  return false;
}

/** The span of the first non-blank character (the root value's first token). */
function rootStart(text: string): Span {
  const m = /[^ \t\r\n]/.exec(text);
  const start = m ? m.index : text.length;
  return { start, end: Math.min(start + 1, text.length) };
}

// ---------------------------------------------------------------------------------------------
// The cheap checks of the fast path.

// A string token, with the colon that makes it a key.
const STRING_TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g;

/**
 * True when no key of the text is missing from the data, i.e. no key repeats, and the data nests
 * no deeper than `MAX_DEPTH` (else false, and the scan finds the place). Without escapes a string
 * of the text holds no `"`, so a `"` followed by blanks and a `:` ends a key — or opens a string
 * that starts with spaces and a colon, which the data can tell: the keys of the text are counted
 * that way and compared with the keys of the data. With escapes (`\u003a` is a colon too, `\"`
 * a quote) the keys are counted token by token instead.
 */
function keysMatch(text: string, data: unknown): boolean {
  if (text.includes('\\')) {
    let keys = 0;
    STRING_TOKEN.lastIndex = 0;
    for (let m = STRING_TOKEN.exec(text); m; m = STRING_TOKEN.exec(text)) if (m[1] !== undefined) keys++;
    return keys === countKeys(data, 0, false);
  }
  let keys = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    while (j > 0 && isWhite(text.charCodeAt(j))) j--;
    if (text.charCodeAt(j) === 34) keys++;
  }
  return keys === countKeys(data, 0, true);
}

/** True when a string's text would put a `"` right before blanks and a colon: it starts with spaces and a colon. */
function opensWithColon(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 58 || (c === 32 && /^ +:/.test(s));
}

/** Whether parsed data nests deeper than `MAX_DEPTH`, which `parseJson` makes a syntax error. */
export function nestsTooDeep(data: unknown): boolean {
  return countKeys(data, 0, false) < 0;
}

/**
 * The keys of all objects of a value — plus, with `colons`, its strings (keys and values) that
 * start with spaces and a colon —; -1 when objects and arrays nest deeper than `MAX_DEPTH`.
 * Recursive, but never deeper than `MAX_DEPTH` calls.
 */
function countKeys(v: unknown, depth: number, colons: boolean): number {
  if (typeof v !== 'object' || v === null) return colons && typeof v === 'string' && opensWithColon(v) ? 1 : 0;
  if (depth >= MAX_DEPTH) return -1;
  let count = 0;
  if (Array.isArray(v)) {
    for (const item of v) {
      if (typeof item !== 'object' && typeof item !== 'string') continue;
      const n = countKeys(item, depth + 1, colons);
      if (n < 0) return -1;
      count += n;
    }
    return count;
  }
  for (const key in v) {
    count += colons && opensWithColon(key) ? 2 : 1;
    const item = (v as Record<string, unknown>)[key];
    if (typeof item !== 'object' && typeof item !== 'string') continue;
    const n = countKeys(item, depth + 1, colons);
    if (n < 0) return -1;
    count += n;
  }
  return count;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
// Digits, '.', 'e', 'E', '+', '-': the characters of a number token.
const isNumberChar = (c: number) => isDigit(c) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
// What stands before a value (':', ',', '[' or white space) and after one (',', '}', ']' or white space).
const isWhite = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const opensValue = (c: number) => c === 58 || c === 44 || c === 91 || isWhite(c);
const closesValue = (c: number) => c === 44 || c === 125 || c === 93 || isWhite(c);

// A digit followed by the mark of a fraction or an exponent.
const FLOAT_MARK = /\d[.eE]/g;

/**
 * The candidates for whole numbers written with a fraction or exponent, by the key each stands
 * under: every digit followed by `.`, `e` or `E` is looked at, and a run of number characters
 * that stands where a value can stand and reads as a whole number is a candidate. Its key is the
 * one written right before it, or '' when the text cannot tell (an array element, a key with
 * escapes, a number inside a string). Empty when the text surely has no such number; the scan
 * says where the candidates are, when a rule asks (`floatIntegers`).
 */
function floatIntegerKeys(text: string): string[] {
  const keys: string[] = [];
  FLOAT_MARK.lastIndex = 0;
  while (FLOAT_MARK.test(text)) {
    const mark = FLOAT_MARK.lastIndex - 1;
    let a = mark - 1;
    while (a > 0 && isNumberChar(text.charCodeAt(a - 1))) a--;
    let b = mark + 1;
    while (b < text.length && isNumberChar(text.charCodeAt(b))) b++;
    FLOAT_MARK.lastIndex = b;
    if (a > 0 && !opensValue(text.charCodeAt(a - 1))) continue;
    if (b < text.length && !closesValue(text.charCodeAt(b))) continue;
    if (Number.isInteger(Number(text.slice(a, b)))) keys.push(keyBefore(text, a));
  }
  return keys;
}

/** The key written right before a value that starts at `at` (`"key": `), or '' when there is none or it has escapes. */
function keyBefore(text: string, at: number): string {
  let j = at - 1;
  while (j > 0 && isWhite(text.charCodeAt(j))) j--;
  if (text.charCodeAt(j) !== 58) return '';
  j--;
  while (j > 0 && isWhite(text.charCodeAt(j))) j--;
  if (j <= 0 || text.charCodeAt(j) !== 34) return '';
  const open = text.lastIndexOf('"', j - 1);
  if (open < 0 || text.charCodeAt(open - 1) === 92) return '';
  const key = text.slice(open + 1, j);
  return key.includes('\\') ? '' : key;
}

// ---------------------------------------------------------------------------------------------
// The scan.

const OBJECT = 1;
const ARRAY = 2;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Describes the character at an offset for a syntax error's detail. */
function found(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const c = text.codePointAt(i)!;
  if (c === 0) return 'a NUL byte';
  if (c < 0x20 || c === 0x7f) return `control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(c)}'`;
}

class Stop extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.detail);
  }
}

// A node's fields in `JsonShape.nodes`, which holds `STRIDE` numbers per node.
const KIND = 0;
const PARENT = 1;
const KEY_START = 2;
const KEY_END = 3;
const START = 4;
const END = 5;
const STRIDE = 6;

/** The longest probe an object's member table may need before its members are looked up by key instead. */
const MAX_PROBES = 128;

/**
 * An object's members in an open-addressing table sized once: per slot, a key's hash and its
 * node + 1 (0: empty), probed linearly from the slot the hash picks.
 */
interface MemberTable {
  slots: Int32Array;
  mask: number;
}

/** The first slot of a hash (its bits mixed: the low bits of FNV-1a alone cluster). */
function slotOf(hash: number, mask: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) & mask;
}

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`, as a 32-bit integer. */
function hashText(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The nodes of a JSON text in text order, as offsets in one flat array (no object per node):
 * node 0 is the root; each node has its kind, its parent, its key's span (-1 in an array) and its
 * value's span. A node's children are the following nodes that name it as their parent.
 */
export class JsonShape {
  private nodes = new Int32Array(STRIDE * 64);
  /** How many nodes there are. */
  count = 0;
  /** Numbers whose value is whole but which are written with a fraction or exponent. */
  readonly floats: number[] = [];
  syntax: SyntaxProblem | undefined;
  private readonly kids = new Map<number, number[]>();
  /** An object's members by the hash of their key (`keyHash`): a node, or the nodes of keys whose hashes collide. */
  private readonly byKey = new Map<number, MemberTable>();
  /** An object's members by key, where its table would need a probe longer than `MAX_PROBES`. */
  private readonly byName = new Map<number, Map<string, number>>();

  constructor(readonly text: string) {}

  /** Adds a node under `parent` and returns its id. */
  add(parent: number, keyStart: number, keyEnd: number, start: number): number {
    const id = this.count++;
    let at = id * STRIDE;
    if (at + STRIDE > this.nodes.length) {
      const grown = new Int32Array(this.nodes.length * 2);
      grown.set(this.nodes);
      this.nodes = grown;
    }
    const nodes = this.nodes;
    nodes[at++] = 0;
    nodes[at++] = parent;
    nodes[at++] = keyStart;
    nodes[at++] = keyEnd;
    nodes[at++] = start;
    nodes[at] = start;
    return id;
  }

  /** One field of a node. */
  field(node: number, field: number): number {
    return this.nodes[node * STRIDE + field]!;
  }

  /** Sets one field of a node. */
  set(node: number, field: number, value: number): void {
    this.nodes[node * STRIDE + field] = value;
  }

  /** The children of a node, in text order (kept for the nodes asked about: a large object is asked many times). */
  children(node: number): number[] {
    let out = this.kids.get(node);
    if (out) return out;
    out = [];
    const end = this.field(node, END);
    for (let c = node + 1; c < this.count && this.field(c, START) < end; c++) if (this.field(c, PARENT) === node) out.push(c);
    this.kids.set(node, out);
    return out;
  }

  /**
   * Indexes an object's members by the hash of their key (for a repeated key, the last), kept like
   * `children`: a table of numbers sized once for the object. A Map of the keys held a second
   * copy of every key of the body, and grew by doubling (500,000 keys: about 35 MB more heap;
   * issue 15). Keys crafted to share a hash (it is no secret) make long probes: past
   * `MAX_PROBES`, the object is indexed by the keys themselves, as before.
   */
  private index(node: number): void {
    if (this.byKey.has(node) || this.byName.has(node)) return;
    const kids = this.children(node);
    let size = 8;
    while (size < 2 * kids.length) size *= 2;
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (const c of kids) {
      const h = this.keyHash(c);
      for (let i = slotOf(h, mask), probes = 0; ; i = (i + 1) & mask, probes++) {
        const held = slots[2 * i + 1]!;
        if (held === 0) {
          slots[2 * i] = h;
          slots[2 * i + 1] = c + 1;
          break;
        }
        // The same key written again: the later one is the member.
        if (slots[2 * i] === h && this.key(held - 1) === this.key(c)) {
          slots[2 * i + 1] = c + 1;
          break;
        }
        if (probes >= MAX_PROBES) {
          const named = new Map<string, number>();
          for (const m of kids) named.set(this.key(m), m);
          this.byName.set(node, named);
          return;
        }
      }
    }
    this.byKey.set(node, { slots, mask });
  }

  /** The member of an object with a key (for a repeated key, the last), or -1. */
  private member(node: number, key: string): number {
    this.index(node);
    const named = this.byName.get(node);
    if (named) return named.get(key) ?? -1;
    const { slots, mask } = this.byKey.get(node)!;
    const h = hashText(key, 0, key.length);
    for (let i = slotOf(h, mask); ; i = (i + 1) & mask) {
      const held = slots[2 * i + 1]!;
      if (held === 0) return -1;
      if (slots[2 * i] === h && this.hasKey(held - 1, key)) return held - 1;
    }
  }

  /** Whether a member node's key is `key` (its text compared in place when neither has an escape). */
  private hasKey(node: number, key: string): boolean {
    const start = this.field(node, KEY_START) + 1;
    const end = this.field(node, KEY_END) - 1;
    if (!key.includes('\\') && end - start === key.length && this.text.startsWith(key, start)) return true;
    return this.escaped(start, end) && this.key(node) === key;
  }

  /** Whether the text from `start` to `end` holds a backslash (an escape, in a key). */
  private escaped(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.text.charCodeAt(i) === 92) return true;
    return false;
  }

  /** The hash of a member node's decoded key, read in place from the text when it has no escape. */
  private keyHash(node: number): number {
    const start = this.field(node, KEY_START) + 1;
    const end = this.field(node, KEY_END) - 1;
    if (!this.escaped(start, end)) return hashText(this.text, start, end);
    const key = this.key(node);
    return hashText(key, 0, key.length);
  }

  /**
   * One node's place, for walks over every node in text order: its parent (-1 for the root), its
   * key's span (`keyStart` -1 in an array), its value's span (empty while the scan had not finished
   * the value) and whether it is an object or array.
   */
  place(node: number, into: { parent: number; keyStart: number; keyEnd: number; start: number; end: number; container: boolean }): void {
    const at = node * STRIDE;
    const n = this.nodes;
    into.parent = n[at + PARENT]!;
    into.keyStart = n[at + KEY_START]!;
    into.keyEnd = n[at + KEY_END]!;
    into.start = n[at + START]!;
    into.end = n[at + END]!;
    into.container = n[at + KIND] !== 0;
  }

  /** The decoded key of a member node. */
  key(node: number): string {
    const raw = this.text.slice(this.field(node, KEY_START) + 1, this.field(node, KEY_END) - 1);
    return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
  }

  /** The JSON Pointer of a node. */
  pointer(node: number): string {
    const parent = this.field(node, PARENT);
    if (parent < 0) return '';
    const up = this.pointer(parent);
    return this.field(parent, KIND) === ARRAY ? child(up, indexIn(this.children(parent), node)) : child(up, this.key(node));
  }

  /** The node at a pointer (for a repeated key, the last one, whose value the data holds), or -1. */
  find(pointer: string): number {
    if (this.count === 0) return -1;
    let node = 0;
    for (const token of tokens(pointer)) {
      const kind = this.field(node, KIND);
      let next = -1;
      if (kind === ARRAY) {
        if (/^(0|[1-9]\d*)$/.test(token)) next = this.children(node)[Number(token)] ?? -1;
      } else if (kind === OBJECT) {
        next = this.member(node, token);
      }
      if (next < 0) return -1;
      node = next;
    }
    return node;
  }

  /** Where the node at a pointer stands. */
  loc(pointer: string): NodeLoc | undefined {
    const n = this.find(pointer);
    if (n < 0 || this.field(n, END) <= this.field(n, START)) return undefined;
    const value = { start: this.field(n, START), end: this.field(n, END) };
    const head = this.field(n, KIND) === 0 ? value : { start: value.start, end: value.start + 1 };
    const keyStart = this.field(n, KEY_START);
    return keyStart >= 0 ? { key: { start: keyStart, end: this.field(n, KEY_END) }, value, head } : { value, head };
  }

  /** The pointers of the numbers written with a fraction or exponent whose value is whole. */
  floatIntegers(): ReadonlySet<string> {
    return this.floats.length ? new Set(this.floats.map((n) => this.pointer(n))) : NO_FLOATS;
  }

  /** Every repeated key, in text order, with the span of the occurrence before it. */
  duplicates(): Duplicate[] {
    const out: Duplicate[] = [];
    for (let node = 0; node < this.count; node++) {
      if (this.field(node, KIND) !== OBJECT) continue;
      const seen = new Map<string, Span>();
      for (const c of this.children(node)) {
        const name = this.key(c);
        const span = { start: this.field(c, KEY_START), end: this.field(c, KEY_END) };
        const earlier = seen.get(name);
        if (earlier) out.push({ pointer: this.pointer(c), key: span, firstKey: earlier });
        seen.set(name, span);
      }
    }
    return out.sort((a, b) => a.key.start - b.key.start);
  }
}

/** Where a node stands in a list of ascending node ids that holds it (a binary search: arrays can be long). */
function indexIn(ids: readonly number[], node: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < node) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Scans a JSON text: the span of every node, the whole numbers written with a fraction or
 * exponent, and — when the text does not parse or passes a limit — where the scan stopped and why.
 */
export function scanJson(text: string): JsonShape {
  const scanner = new Scanner(text);
  try {
    scanner.run();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    scanner.shape.syntax = e.problem;
  }
  return scanner.shape;
}

/** The state of one scan (a class, so the hot loop works on fields rather than closure variables). */
class Scanner {
  readonly shape: JsonShape;
  private readonly n: number;
  private i = 0;
  private keyStart = -1;
  private keyEnd = -1;

  constructor(private readonly text: string) {
    this.shape = new JsonShape(text);
    this.n = text.length;
  }

  run(): void {
    const { text, shape, n } = this;
    // The open containers, innermost last.
    const open: number[] = [];
    let parent = -1;
    this.ws();
    if (this.i >= n) this.fail(this.i, 'The file is empty; a request body must be a JSON object.');
    // Each turn reads one value, then closes every container that ends after it.
    parseValue: while (true) {
      this.ws();
      let i = this.i;
      const node = shape.add(parent, this.keyStart, this.keyEnd, i);
      if (shape.count > MAX_VALUES) this.fail(i, TOO_MANY_VALUES);
      const c = text.charCodeAt(i);
      if (c === 123 || c === 91) {
        // The open containers and this one: an empty one counts too, as in `countKeys`.
        if (open.length >= MAX_DEPTH) this.fail(i, TOO_DEEP);
        const kind = c === 91 ? ARRAY : OBJECT;
        shape.set(node, KIND, kind);
        this.i = i + 1;
        this.ws();
        if (text.charCodeAt(this.i) === (kind === ARRAY ? 93 : 125)) {
          shape.set(node, END, ++this.i);
        } else {
          open.push(node);
          parent = node;
          if (kind === ARRAY) this.keyStart = this.keyEnd = -1;
          else this.readKey();
          continue parseValue;
        }
      } else {
        if (c === 34) this.skipString();
        else if (c === 116 && text.startsWith('true', i)) this.i = i + 4;
        else if (c === 102 && text.startsWith('false', i)) this.i = i + 5;
        else if (c === 110 && text.startsWith('null', i)) this.i = i + 4;
        else {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (!m) {
            if (i >= n) this.fail(i, 'The file ends where a value was expected.');
            this.fail(i, `Expected a value (object, array, string, number, true, false or null), found ${found(text, i)}.`);
          }
          const token = m![0];
          this.i = i + token.length;
          if (/[.eE]/.test(token) && Number.isInteger(Number(token))) shape.floats.push(node);
        }
        shape.set(node, END, this.i);
      }
      // Close every container that ends here; a comma starts the next member or element.
      while (true) {
        const top = open[open.length - 1];
        if (top === undefined) {
          this.ws();
          if (this.i < n) this.fail(this.i, `Unexpected ${found(text, this.i)} after the end of the JSON value.`);
          break parseValue;
        }
        const isArray = shape.field(top, KIND) === ARRAY;
        this.ws();
        i = this.i;
        const d = text.charCodeAt(i);
        if (d === 44) {
          this.i = i + 1;
          this.ws();
          if (!isArray) this.readKey();
          continue parseValue;
        }
        if (d === (isArray ? 93 : 125)) {
          shape.set(top, END, (this.i = i + 1));
          open.pop();
          parent = open.length ? open[open.length - 1]! : -1;
          this.keyStart = this.keyEnd = -1;
          continue;
        }
        if (i >= n) this.fail(i, `The file ends inside ${isArray ? 'an array' : 'an object'}; a closing ${isArray ? ']' : '}'} is missing.`);
        this.fail(i, `Expected ',' or '${isArray ? ']' : '}'}' after ${isArray ? 'an array element' : 'a property value'}, found ${found(text, i)}.`);
      }
    }
  }

  private fail(at: number, detail: string, len = 1): never {
    const start = Math.min(at, this.n);
    throw new Stop({ span: { start, end: Math.min(start + len, this.n) }, detail });
  }

  private ws(): void {
    const { text, n } = this;
    let i = this.i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      i++;
    }
    this.i = i;
  }

  /** Skips a string token starting at a '"', checking its characters and escapes. */
  private skipString(): void {
    const { text, n } = this;
    const start = this.i;
    let i = start + 1;
    while (true) {
      if (i >= n) this.fail(start, 'A string is not closed before the end of the file; add the closing ".', 1);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) this.fail(i, `A string contains ${found(text, i)}; write it as an escape such as \\n or \\t.`);
      if (c === 92) {
        const e = text.charCodeAt(i + 1);
        if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) i += 2;
        else if (e === 117 && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else this.fail(i, `Invalid escape sequence at ${found(text, i + 1)}; JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.`, 2);
      } else i++;
    }
    this.i = i + 1;
  }

  /** Reads `"key" :` inside an object and keeps the key's span for the member read next. */
  private readKey(): void {
    const { text, n } = this;
    const start = this.i;
    if (text.charCodeAt(start) !== 34) {
      if (start >= n) this.fail(start, 'The file ends inside an object; a closing } is missing.');
      this.fail(start, `Expected a property name in double quotes, found ${found(text, start)}.`);
    }
    this.skipString();
    this.keyStart = start;
    this.keyEnd = this.i;
    this.ws();
    if (text.charCodeAt(this.i) !== 58) this.fail(this.i, `Expected ':' after the property name, found ${found(text, this.i)}.`);
    this.i++;
  }
}
