/**
 * Secrets never reach any output (SPEC §3 PlaintextSecret, clarifications 2 and 6). A secret is
 * the value of a key that names one (`isSecretName`), wherever it stands, in any file — a spec or
 * not. Two ways out are closed here:
 *
 * - the source lines that formatters show (`redactSecrets`): each secret value is masked, one `*`
 *   per UTF-16 code unit, so every line and column stays where it was;
 * - the texts of a finding (`secretScrubber`): a secret that YAML reuses elsewhere through an
 *   anchor (as another field's value, or as a key) is elided from codes, messages, details and
 *   pointers, since the findings of that other place would otherwise quote it.
 *
 * Where the data cannot say where a value stands — a document that does not parse — every scalar
 * after a secret-named key on its line, and on the more indented lines below it (a YAML block
 * scalar), is masked instead. Every pass is linear in the text: a file can be one line of
 * megabytes holding thousands of secret keys (issue 15).
 */
import type { SpecDocument } from '../parse/document.js';
import { scanJson } from '../parse/json.js';
import { formatOf } from '../parse/parse.js';
import { decodeUtf8, displayText, LineIndex } from '../parse/text.js';
import { parseYaml } from '../parse/yaml.js';
import { child, escapeToken, isObject, tokens } from '../parse/pointer.js';
import type { Span } from '../parse/text.js';
import type { Diagnostic } from '../api/diagnostic.js';
import { isSecretName, secretValues } from './names.js';

/**
 * A file's text as formatters may show it: the value of every secret-named key masked. `parsed`:
 * the file's YAML documents when the caller has already parsed them (they are not parsed again).
 */
export function redactSecrets(file: string, bytes: Uint8Array, parsed?: readonly SpecDocument[]): string {
  const decoded = decodeUtf8(bytes);
  // A file that is not UTF-8 is decoded leniently (UTF-16 and UTF-32 by their byte-order mark),
  // so its lines can still be shown, masked; the part that decodes strictly is a prefix of that
  // text, at the same offsets.
  const text = decoded.ok ? decoded.text : displayText(bytes);
  const masked = new Masked(text);
  if (formatOf(file, text) === 'json') jsonSecrets(text, masked);
  else {
    const documents = decoded.ok ? (parsed ?? parseYaml(text)) : [];
    const lines = new LineIndex(text);
    for (const doc of documents) {
      if (doc.syntax) continue;
      // An anchored secret reached through many aliases is one span, marked once.
      const seen = new Set<number>();
      for (const { pointer } of secretValues(doc.data)) {
        const loc = doc.loc(pointer);
        if (loc && !seen.has(loc.value.start)) {
          seen.add(loc.value.start);
          masked.quoted(loc.value.start, loc.value.end);
        }
      }
      // The data holds the last value of a repeated key; the earlier ones are found by their line
      // (each line once: a flow mapping on one line can repeat a key thousands of times).
      const starts = new Set<number>();
      for (const d of doc.duplicates) {
        if (isSecretName(tokens(d.pointer).pop()!)) starts.add(d.firstKey.start - lines.position(d.firstKey.start).column + 1);
      }
      if (starts.size) guess(text, 'yaml', masked, [...starts].sort((x, y) => x - y));
    }
    if (!decoded.ok || documents.some((d) => d.syntax)) guess(text, 'yaml', masked);
  }
  return masked.text();
}

/**
 * The secret values of a JSON text, from a scan of its nodes in text order (repeated keys
 * included); where the scan stopped at a syntax error, the guess over every line.
 */
function jsonSecrets(text: string, masked: Masked): void {
  const shape = scanJson(text);
  const secret = new Uint8Array(shape.count);
  const p = { parent: -1, keyStart: -1, keyEnd: -1, start: 0, end: 0, container: false };
  for (let node = 0; node < shape.count; node++) {
    shape.place(node, p);
    let named = false;
    if (p.keyStart >= 0) {
      try {
        named = isSecretName(shape.key(node));
      } catch {
        named = true; // a key the scan read but cannot decode: masked rather than shown
      }
    }
    secret[node] = named || (p.parent >= 0 && secret[p.parent] === 1) ? 1 : 0;
    if (secret[node] && !p.container && p.end > p.start) masked.quoted(p.start, p.end);
  }
  if (shape.syntax) guess(text, 'json', masked);
}

/**
 * The code units of a text to be shown as `*`: marked span by span, then written out once. Line
 * breaks and the indentation that starts a line stay as they are (the shape of a block scalar
 * is not secret; the blanks inside a value are, as they would tell its words' lengths). Marking
 * and writing are linear in the text, whatever the number of spans.
 */
class Masked {
  private marks: Uint8Array | undefined;

  constructor(private readonly source: string) {}

  /** Marks `[start, end)`. */
  span(start: number, end: number): void {
    if (end <= start) return;
    const marks = (this.marks ??= new Uint8Array(this.source.length));
    marks.fill(1, start, Math.min(end, marks.length));
  }

  /** Marks a value's span without its quotes, so that the masked text still reads as a string. */
  quoted(start: number, end: number): void {
    const first = this.source[start];
    if (end - start >= 2 && (first === '"' || first === "'") && this.source[end - 1] === first) this.span(start + 1, end - 1);
    else this.span(start, end);
  }

  /** The text with every marked code unit but line breaks and line-starting blanks written as `*`. */
  text(): string {
    const marks = this.marks;
    const t = this.source;
    if (!marks) return t;
    const units = new Uint16Array(t.length);
    let lineStart = true;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10 || c === 13) lineStart = true;
      else if (c !== 32 && c !== 9) lineStart = false;
      units[i] = marks[i] === 1 && c !== 10 && c !== 13 && !lineStart ? 42 : c;
    }
    return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  }
}

const FLOW = new Set([',', '[', ']', '{', '}']);

/**
 * Marks where a value may stand that the data cannot place (clarification 6): on each line (of
 * the lines starting at `only`, ascending, or of the whole text), every scalar after a key whose
 * decoded name names a secret; for YAML also the following lines more indented than that key's
 * line (a block scalar, a plain scalar on several lines). Linear: a line is scanned once, and
 * lines already marked below an earlier key are not scanned again.
 */
function guess(text: string, format: 'json' | 'yaml', masked: Masked, only?: readonly number[]): void {
  let start = only ? (only[0] ?? text.length) : 0;
  let k = 0;
  while (start < text.length) {
    const end = lineEndOf(text, start);
    const found = guessLine(text, start, end, format, masked);
    let next = nextLine(text, end);
    if (found && format === 'yaml') {
      // Lines below that are blank or more indented belong to the value.
      const indent = indentOf(text, start);
      while (next < text.length) {
        const e = lineEndOf(text, next);
        const own = indentOf(text, next);
        if (next + own < e && own <= indent) break;
        masked.span(next + own, e);
        next = nextLine(text, e);
      }
    }
    if (only) {
      while (k < only.length && only[k]! < next) k++;
      if (k >= only.length) break;
      next = only[k]!;
    }
    start = next;
  }
}

/**
 * Scans one line for a key that names a secret (a scalar followed by a colon) and marks every
 * scalar after it: quoted (to its closing quote, or the line's end), plain, or a YAML comment.
 * True when the line has such a key.
 */
function guessLine(text: string, start: number, end: number, format: 'json' | 'yaml', masked: Masked): boolean {
  let found = false;
  let i = start;
  while (i < end) {
    const c = text[i]!;
    let from: number;
    let to: number;
    let next: number;
    let quote = '';
    if (c === ' ' || c === '\t' || c === ':' || FLOW.has(c)) {
      i++;
      continue;
    } else if (c === '"' || c === "'") {
      to = closingQuote(text, i, end, c === "'" && format === 'yaml');
      from = i + 1;
      next = to + 1;
      quote = c;
    } else if (c === '#' && format === 'yaml' && (i === start || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      // A comment may hold the secret written after the key: it is masked too.
      if (found) masked.span(i, end);
      return found;
    } else if ((c === '-' || c === '?') && format === 'yaml' && (i + 1 >= end || text[i + 1] === ' ' || text[i + 1] === '\t')) {
      i++; // a sequence entry or a complex key's indicator
      continue;
    } else {
      // A plain scalar: up to a flow indicator, a quote, or a colon that ends a key.
      let j = i;
      while (j < end) {
        const d = text[j]!;
        if (FLOW.has(d) || d === '"') break;
        if (d === ':' && (format === 'json' || j + 1 >= end || text[j + 1] === ' ' || text[j + 1] === '\t')) break;
        j++;
      }
      to = j;
      while (to > i && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--;
      from = i;
      next = j;
    }
    if (found) masked.span(from, to);
    else {
      let after = next;
      while (after < end && (text[after] === ' ' || text[after] === '\t')) after++;
      if (text[after] === ':' && isSecretName(quote ? decodeQuoted(text.slice(from, to), quote, format) : text.slice(from, to))) found = true;
    }
    i = Math.max(next, i + 1);
  }
  return found;
}

/** The offset of a quoted scalar's closing quote on its line, or the line's end when it is not closed. */
function closingQuote(text: string, open: number, end: number, doubledQuote: boolean): number {
  const q = text[open]!;
  for (let i = open + 1; i < end; i++) {
    const c = text[i]!;
    if (c === '\\' && q === '"') i++;
    else if (c === q) {
      if (doubledQuote && text[i + 1] === q) i++;
      else return i;
    }
  }
  return end;
}

/** A quoted key's name as the parser would read it: JSON and YAML escapes (`\u0077`, `\x77`), YAML's `''`. */
function decodeQuoted(raw: string, quote: string, format: 'json' | 'yaml'): string {
  if (quote === "'") return format === 'yaml' ? raw.replace(/''/g, "'") : raw;
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|U([0-9a-fA-F]{8})|(.))/g, (_m, u, x, U, other: string | undefined) => {
    const hex = u ?? x ?? U;
    if (hex) {
      const code = Number.parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return other === undefined ? '' : (({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' }) as Record<string, string>)[other] ?? other;
  });
}

/** The offset of the line break that ends the line starting at `start` (or the text's end). */
function lineEndOf(text: string, start: number): number {
  let i = start;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** The start of the line after a line that ends at `end`. */
function nextLine(text: string, end: number): number {
  return end + (text.startsWith('\r\n', end) ? 2 : 1);
}

/** The number of blanks that start the line at `start`. */
function indentOf(text: string, start: number): number {
  let i = start;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - start;
}

/**
 * A syntax error's detail as it may be shown: when the error's line holds a key that names a
 * secret, the text the parser quotes from the source is left out (the JSON scan quotes the
 * character it found, the YAML parser an unexpected token's text), as the excerpt masks it.
 */
export function syntaxDetail(text: string, format: 'json' | 'yaml', offset: number, detail: string): string {
  let start = Math.min(offset, text.length);
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  if (!guessLine(text, start, lineEndOf(text, start), format, new Masked(text))) return detail;
  return format === 'json' ? detail.replace(/(found |Unexpected |at )'(?:'|[^']{1,2})'/u, '$1a character after a secret key') : detail.replace(/:\s[\s\S]*$/, '.');
}

/** What replaces a secret that would otherwise be written in a code, message, detail or pointer. */
const ELIDED = '…';

/**
 * A function that takes the secrets out of a document's findings, or undefined when there is
 * nothing to take out. Only YAML can write one node in two places (an anchor and its aliases): a
 * secret whose text stands where a non-secret value or a key is read from — another field's value
 * through an alias or a merge, a key that is itself the anchored secret — is elided wherever it
 * appears in a finding's code, message, detail and pointer (clarification 6: the mask wins).
 */
export function secretScrubber(format: 'json' | 'yaml', text: string, doc: SpecDocument): ((d: Diagnostic) => Diagnostic) | undefined {
  if (format !== 'yaml' || doc.syntax || !text.includes('&')) return undefined;
  const secrets: Array<{ span: Span; text: string }> = [];
  const secretPointers = new Set<string>();
  for (const { pointer, value } of secretValues(doc.data)) {
    secretPointers.add(pointer);
    const loc = doc.loc(pointer);
    if (loc && (typeof value === 'string' || typeof value === 'number') && String(value) !== '') secrets.push({ span: loc.value, text: String(value) });
  }
  if (secrets.length === 0) return undefined;
  secrets.sort((a, b) => a.span.start - b.span.start);
  const inside = (s: Span): string | undefined => {
    // The last secret starting at or before `s`: spans of distinct nodes nest or are apart.
    let lo = 0;
    let hi = secrets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (secrets[mid]!.span.start <= s.start) lo = mid;
      else hi = mid - 1;
    }
    const c = secrets[lo]!;
    return c.span.start <= s.start && s.end <= c.span.end ? c.text : undefined;
  };
  const reused = new Set<string>();
  const stack: Array<{ value: unknown; pointer: string }> = [{ value: doc.data, pointer: '' }];
  while (stack.length) {
    const { value, pointer } = stack.pop()!;
    const loc = pointer === '' ? undefined : doc.loc(pointer);
    if (loc?.key) {
      const k = inside(loc.key);
      if (k !== undefined) reused.add(k);
    }
    if (loc && !secretPointers.has(pointer)) {
      const v = inside(loc.value);
      if (v !== undefined) reused.add(v);
    }
    if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, pointer: child(pointer, i) }));
    else if (isObject(value)) for (const key of Object.keys(value)) stack.push({ value: value[key], pointer: child(pointer, key) });
  }
  if (reused.size === 0) return undefined;
  // Each secret as a finding may write it: itself, JSON-escaped (as details quote values), cut
  // after 57 characters (as `quote` shortens long values), and as a pointer token. Longest first,
  // so that no shorter form leaves part of a longer one.
  const forms = new Set<string>();
  for (const s of reused) {
    const chars = [...s];
    for (const f of [s, JSON.stringify(s).slice(1, -1), escapeToken(s), ...(chars.length > 60 ? [`${JSON.stringify(chars.slice(0, 57).join('')).slice(1, -1)}…`] : [])]) forms.add(f);
  }
  const scrub = elider(forms);
  return (d) => {
    const detail = d.detail === undefined ? undefined : scrub(d.detail);
    return { ...d, code: scrub(d.code), message: scrub(d.message), ...(detail === undefined ? {} : { detail }), pointer: scrub(d.pointer) };
  };
}

// Made on first use: a Unicode property class costs a few tenths of a millisecond to build, at
// every start otherwise.
let word: RegExp | undefined;
const isWordChar = (c: string) => (word ??= /[\p{L}\p{N}_]/u).test(c);

/**
 * A function that replaces each occurrence of any of `forms` in a text by `ELIDED`, the longest
 * at each place first. A short form (under six characters) is replaced only where it stands as a
 * whole (no letter or digit joined to it), so that a reused `ab` does not take the `ab` out of
 * every word. The forms are looked up by length, so a text costs its length times the number of
 * distinct lengths, however many secrets a document reuses (an alias bomb's budget's worth).
 */
function elider(forms: ReadonlySet<string>): (text: string) => string {
  const byLength = new Map<number, Set<string>>();
  for (const f of forms) {
    if (f === '') continue;
    let set = byLength.get(f.length);
    if (!set) byLength.set(f.length, (set = new Set()));
    set.add(f);
  }
  const lengths = [...byLength.keys()].sort((a, b) => b - a);
  const shortest = lengths[lengths.length - 1] ?? Infinity;
  const joined = (text: string, at: number, form: string): boolean => {
    if ([...form].length >= 6) return false;
    const before = text[at - 1];
    const after = text[at + form.length];
    return (before !== undefined && isWordChar(before) && isWordChar(form[0]!)) || (after !== undefined && isWordChar(after) && isWordChar(form[form.length - 1]!));
  };
  return (text) => {
    if (text.length < shortest) return text;
    let out = '';
    let from = 0;
    let i = 0;
    while (i + shortest <= text.length) {
      let hit = 0;
      for (const n of lengths) {
        if (i + n > text.length) continue;
        const piece = text.slice(i, i + n);
        if (byLength.get(n)!.has(piece) && !joined(text, i, piece)) {
          hit = n;
          break;
        }
      }
      if (hit) {
        out += text.slice(from, i) + ELIDED;
        i += hit;
        from = i;
      } else i++;
    }
    return from === 0 ? text : out + text.slice(from);
  };
}
