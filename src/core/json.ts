/**
 * JSON with positions.
 *
 * Two passes share one contract. The fast pass is the engine's `JSON.parse` plus one regular
 * expression over the text that counts keys and spots numbers written with a fraction or an
 * exponent; it is enough for a file with no duplicate key and no whole number written as `3.0`.
 * Everything else — a syntax error, a duplicate, such a number, or a finding that needs a
 * position — goes through the exact pass below, which records where every node stands.
 *
 * The exact pass is iterative (an explicit stack), so no input reaches the end of the call stack;
 * nesting deeper than `MAX_DEPTH`, and more than `MAX_VALUES` values, are syntax errors in both
 * passes, which keeps every later walk over the data, and the positions kept, bounded too. A tab
 * is one column like any other character.
 */
import type { Duplicate, NodeLoc, SpecDocument, SyntaxProblem } from './document.js';
import { MAX_DEPTH, MAX_VALUES, TOO_DEEP, TOO_MANY_VALUES } from './limits.js';
import { child, setOwn } from './pointer.js';
import type { Span } from './text.js';

/** What the exact pass learns about a text. */
export interface JsonExact {
  data: unknown;
  locs: Map<string, NodeLoc>;
  duplicates: Duplicate[];
  floatIntegers: Set<string>;
  syntax?: SyntaxProblem;
}

/** Parses a JSON text into one document (SPEC §3 "Syntax"). */
export function parseJson(text: string): SpecDocument {
  const fast = fastParse(text);
  if (fast) {
    let exact: JsonExact | undefined;
    const locate = () => (exact ??= parseJsonExact(text, true));
    return {
      index: 0,
      data: fast,
      floatIntegers: new Set(),
      duplicates: [],
      loc: (pointer) => locate().locs.get(pointer),
      start: rootStart(text),
    };
  }
  const exact = parseJsonExact(text, true);
  return {
    index: 0,
    data: exact.syntax ? undefined : exact.data,
    ...(exact.syntax ? { syntax: exact.syntax } : {}),
    floatIntegers: exact.floatIntegers,
    duplicates: exact.duplicates,
    loc: (pointer) => exact.locs.get(pointer),
    start: rootStart(text),
  };
}

/** True when the text parses as JSON (used to tell JSON from YAML for files of other names). */
export function looksLikeJson(text: string): boolean {
  if (mayHoldTooManyValues(text)) {
    // Too large for JSON.parse's whole tree: JSON up to a limit counts as JSON (and is reported so).
    const problem = parseJsonExact(text, false).syntax;
    return !problem || problem.detail === TOO_MANY_VALUES || problem.detail === TOO_DEEP;
  }
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when a text could hold more than `MAX_VALUES` values: every value but the first follows a
 * `,`, `[`, `{` or `:`, so counting those characters (inside strings too) bounds the count from
 * above without building anything.
 */
function mayHoldTooManyValues(text: string): boolean {
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

// A string token (with an optional following colon: a key) or a number with a fraction or exponent.
const SCAN = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * `JSON.parse` when that is exact enough: the text parses, no key repeats (keys counted in the
 * text equal keys in the data), no whole number is written with a fraction or exponent and the
 * limits hold. Returns undefined when the exact pass is needed.
 */
function fastParse(text: string): unknown {
  // JSON.parse builds the whole tree before any limit can be checked.
  if (mayHoldTooManyValues(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  let keysInText = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const token = m[0];
    if (token.charCodeAt(0) === 34) {
      if (m[1] !== undefined) keysInText++;
    } else if (/[.eE]/.test(token) && Number.isInteger(Number(token))) return undefined;
  }
  return keysInText === countKeys(data) ? data : undefined;
}

/**
 * The number of keys in all objects of a value, counted without recursion; -1 when objects and
 * arrays nest deeper than `MAX_DEPTH` (the exact pass then reports where).
 */
function countKeys(root: unknown): number {
  let count = 0;
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  while (stack.length) {
    const { value: v, depth: parentDepth } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    const depth = parentDepth + 1;
    if (depth > MAX_DEPTH) return -1;
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === 'object' && item !== null) stack.push({ value: item, depth });
    } else {
      for (const key in v) {
        count++;
        const item = (v as Record<string, unknown>)[key];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, depth });
      }
    }
  }
  return count;
}

interface Frame {
  isArray: boolean;
  value: Record<string, unknown> | unknown[];
  pointer: string;
  start: number;
  keySpan: Span | undefined;
  /** For an object: the key being read and its span; the spans of keys seen so far. */
  key?: string;
  pendingKey?: Span;
  keys?: Map<string, Span>;
}

class Stop extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.detail);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Describes the character at an offset for a syntax error's detail. */
function found(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const c = text.codePointAt(i)!;
  if (c === 0) return 'a NUL byte';
  if (c < 0x20 || c === 0x7f) return `control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(c)}'`;
}

/**
 * The exact pass: data, the location of every node, every duplicate key, and the whole numbers
 * written with a fraction or exponent. A syntax error stops it where the parser stopped.
 */
export function parseJsonExact(text: string, withLocs: boolean): JsonExact {
  const locs = new Map<string, NodeLoc>();
  const duplicates: Duplicate[] = [];
  const floatIntegers = new Set<string>();
  const n = text.length;
  let i = 0;

  const fail = (at: number, detail: string, len = 1): never => {
    const start = Math.min(at, n);
    throw new Stop({ span: { start, end: Math.min(start + len, n) }, detail });
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const readString = (): string => {
    const start = i;
    i++;
    let out = '';
    let chunk = i;
    while (true) {
      if (i >= n) fail(start, 'A string is not closed before the end of the file; add the closing ".', 1);
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(chunk, i);
        i++;
        return out;
      }
      if (c < 0x20) fail(i, `A string contains ${found(text, i)}; write it as an escape such as \\n or \\t.`);
      if (c === 92) {
        out += text.slice(chunk, i);
        const e = text.charCodeAt(i + 1);
        const simple: Record<number, string> = { 34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t' };
        if (simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else if (e === 117 && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail(i, `Invalid escape sequence at ${found(text, i + 1)}; JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.`, 2);
        chunk = i;
      } else i++;
    }
  };

  const stack: Frame[] = [];
  let values = 0;
  let root: unknown;
  let pointer = '';
  let keySpan: Span | undefined;

  try {
    ws();
    if (i >= n) fail(i, 'The file is empty; a request body must be a JSON object.');
    // Each turn reads one value at `pointer`, then attaches completed values to their parents.
    parseValue: while (true) {
      ws();
      const start = i;
      if (++values > MAX_VALUES) fail(start, TOO_MANY_VALUES);
      const c = text.charCodeAt(i);
      let value: unknown;
      if (c === 123 || c === 91) {
        const isArray = c === 91;
        const frame: Frame = { isArray, value: isArray ? [] : {}, pointer, start, keySpan };
        if (!isArray) frame.keys = new Map();
        stack.push(frame);
        if (stack.length > MAX_DEPTH) fail(start, TOO_DEEP);
        i++;
        ws();
        if (text.charCodeAt(i) === (isArray ? 93 : 125)) {
          i++;
          stack.pop();
          value = frame.value;
          if (withLocs) locs.set(pointer, { ...(keySpan ? { key: keySpan } : {}), value: { start, end: i }, head: { start, end: start + 1 } });
        } else {
          if (isArray) {
            pointer = child(frame.pointer, 0);
            keySpan = undefined;
          } else readKey(frame);
          continue parseValue;
        }
      } else {
        if (c === 34) value = readString();
        else if (c === 116 && text.startsWith('true', i)) (value = true), (i += 4);
        else if (c === 102 && text.startsWith('false', i)) (value = false), (i += 5);
        else if (c === 110 && text.startsWith('null', i)) (value = null), (i += 4);
        else {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (!m) {
            if (i >= n) fail(i, 'The file ends where a value was expected.');
            fail(i, `Expected a value (object, array, string, number, true, false or null), found ${found(text, i)}.`);
          }
          const token = m![0];
          i += token.length;
          const num = Number(token);
          if (Number.isInteger(num) && /[.eE]/.test(token)) floatIntegers.add(pointer);
          value = num;
        }
        if (withLocs) locs.set(pointer, { ...(keySpan ? { key: keySpan } : {}), value: { start, end: i }, head: { start, end: i } });
      }
      // Attach the finished value, closing every container that ends here.
      while (true) {
        const top = stack[stack.length - 1];
        if (!top) {
          root = value;
          ws();
          if (i < n) fail(i, `Unexpected ${found(text, i)} after the end of the JSON value.`);
          break parseValue;
        }
        if (top.isArray) (top.value as unknown[]).push(value);
        else setOwn(top.value as Record<string, unknown>, top.key!, value);
        ws();
        const d = text.charCodeAt(i);
        if (d === 44) {
          i++;
          ws();
          if (top.isArray) {
            pointer = child(top.pointer, (top.value as unknown[]).length);
            keySpan = undefined;
          } else readKey(top);
          continue parseValue;
        }
        if (d === (top.isArray ? 93 : 125)) {
          i++;
          stack.pop();
          value = top.value;
          if (withLocs)
            locs.set(top.pointer, {
              ...(top.keySpan ? { key: top.keySpan } : {}),
              value: { start: top.start, end: i },
              head: { start: top.start, end: top.start + 1 },
            });
          continue;
        }
        if (i >= n) fail(i, `The file ends inside ${top.isArray ? 'an array' : 'an object'}; a closing ${top.isArray ? ']' : '}'} is missing.`);
        fail(i, `Expected ',' or '${top.isArray ? ']' : '}'}' after ${top.isArray ? 'an array element' : 'a property value'}, found ${found(text, i)}.`);
      }
    }
  } catch (e) {
    if (e instanceof Stop) return { data: undefined, locs, duplicates, floatIntegers, syntax: e.problem };
    throw e;
  }
  return { data: root, locs, duplicates, floatIntegers };

  /** Reads `"key" :` inside an object and points `pointer` at the member's value. */
  function readKey(frame: Frame): void {
    if (text.charCodeAt(i) !== 34) {
      if (i >= n) fail(i, 'The file ends inside an object; a closing } is missing.');
      fail(i, `Expected a property name in double quotes, found ${found(text, i)}.`);
    }
    const start = i;
    const key = readString();
    const span = { start, end: i };
    ws();
    if (text.charCodeAt(i) !== 58) fail(i, `Expected ':' after the property name, found ${found(text, i)}.`);
    i++;
    const earlier = frame.keys!.get(key);
    pointer = child(frame.pointer, key);
    if (earlier) duplicates.push({ pointer, key: span, firstKey: earlier });
    frame.keys!.set(key, span);
    frame.key = key;
    keySpan = span;
  }
}
