/**
 * Secrets never reach any output (SPEC §3 PlaintextSecret, STYLE "Messages"). Details never quote
 * them (`quote()` honours `x-secret`); this module covers the other way out: the source lines that
 * formatters show. It finds the secrets from the schemas' `x-secret` annotations and masks their
 * values, one `*` per UTF-16 code unit, so that every line and column stays where it was.
 *
 * Masking is by key name and deliberately broad: the value of every key that is a secret in any
 * dialect is masked wherever it stands, in every document, whatever the file's dialect (a
 * `password` in a file of undecided dialect is still a password, and masking too much in a source
 * excerpt costs nothing). Where the data cannot say where a value stands — a document that does
 * not parse, the earlier value of a repeated key — the rest of the line after the key and the
 * more indented lines below it (a block scalar) are masked instead.
 */
import { deref, DIALECTS, type SchemaNode } from './dialect.js';
import { parseFile } from './parse.js';
import { child, isObject, tokens } from './pointer.js';
import { displayText, type Span } from './text.js';

const pointerCache = new WeakMap<SchemaNode, string[]>();

/** The pointers of every `x-secret` property of a schema reachable through fixed property names. */
export function secretPointers(root: SchemaNode): string[] {
  const known = pointerCache.get(root);
  if (known) return known;
  const found: string[] = [];
  const walk = (node: SchemaNode, at: string) => {
    if (node['x-secret']) found.push(at);
    if (isObject(node.properties)) for (const [k, v] of Object.entries(node.properties)) walk(v, child(at, k));
  };
  walk(root, '');
  pointerCache.set(root, found);
  return found;
}

let keyNames: ReadonlySet<string> | undefined;

/**
 * The names of the keys whose values are secrets in some dialect: every `x-secret` property of
 * every schema, wherever it stands (behind a `$ref`, under a map's `additionalProperties`).
 */
export function secretKeyNames(): ReadonlySet<string> {
  if (keyNames) return keyNames;
  const names = new Set<string>();
  for (const dialect of Object.values(DIALECTS)) {
    const stack: unknown[] = [dialect.schema];
    while (stack.length) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      if (!isObject(node)) continue;
      if (isObject(node.properties)) {
        for (const [name, property] of Object.entries(node.properties)) {
          if (isObject(property) && deref(dialect.schema, property as SchemaNode)['x-secret'] === true) names.add(name);
        }
      }
      stack.push(...Object.values(node));
    }
  }
  return (keyNames = names);
}

/** A file's text as formatters may show it: the value of every secret key masked. */
export function redactSecrets(file: string, bytes: Uint8Array): string {
  const spec = parseFile(file, bytes);
  const names = secretKeyNames();
  // A file that is not UTF-8 is decoded leniently, so its lines can still be shown; the parsed
  // part is a prefix of that text, at the same offsets.
  const text = spec.documents.some((d) => d.syntax) ? displayText(bytes) : spec.text;
  const masked: Span[] = [];
  let guess = false;
  for (const doc of spec.documents) {
    if (doc.syntax) {
      guess = true;
      continue;
    }
    // Iterative: the data may nest as deep as the parsers allow.
    const stack: Array<{ value: unknown; pointer: string }> = [{ value: doc.data, pointer: '' }];
    while (stack.length) {
      const { value, pointer } = stack.pop()!;
      if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, pointer: child(pointer, i) }));
      else if (isObject(value)) {
        for (const key of Object.keys(value)) {
          const at = child(pointer, key);
          if (!names.has(key)) stack.push({ value: value[key], pointer: at });
          else {
            const loc = doc.loc(at);
            if (loc) masked.push(withoutQuotes(text, loc.value));
            else guess = true;
          }
        }
      }
    }
    // The data holds the last value of a repeated key; the earlier ones stand after their keys' colons.
    for (const d of doc.duplicates) {
      if (!names.has(tokens(d.pointer).pop()!)) continue;
      const colon = text.indexOf(':', d.firstKey.end);
      masked.push(valueAfter(text, colon < 0 ? d.firstKey.end : colon + 1));
    }
  }
  if (guess) masked.push(...guessedSpans(text, names));
  return mask(text, masked);
}

/** A string value's span without its quotes, so that the masked text still reads as a string. */
function withoutQuotes(text: string, span: Span): Span {
  const first = text[span.start];
  if (span.end - span.start >= 2 && (first === '"' || first === "'") && text[span.end - 1] === first) return { start: span.start + 1, end: span.end - 1 };
  return span;
}

/** After each `name:` / `"name":` of a secret key, what may be its value (see `valueAfter`). */
function guessedSpans(text: string, names: ReadonlySet<string>): Span[] {
  if (names.size === 0) return [];
  const alternatives = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const key = new RegExp(`(["']?)(?:${alternatives})\\1[ \\t]*:`, 'g');
  const spans: Span[] = [];
  for (const m of text.matchAll(key)) spans.push(valueAfter(text, m.index + m[0].length));
  return spans;
}

/**
 * From just after a key's colon (blanks skipped) to the end of its line, and on over the lines
 * below that are blank or more indented than the key's line: where a value written after the
 * key can stand, a YAML block scalar included.
 */
function valueAfter(text: string, from: number): Span {
  const lineStart = Math.max(text.lastIndexOf('\n', from - 1), text.lastIndexOf('\r', from - 1)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, from))![0].length;
  let start = from;
  while (text[start] === ' ' || text[start] === '\t') start++;
  let end = lineEnd(text, start);
  while (end < text.length) {
    const next = end + (text.startsWith('\r\n', end) ? 2 : 1);
    const nextEnd = lineEnd(text, next);
    const line = text.slice(next, nextEnd);
    if (line.trim() !== '' && /^[ \t]*/.exec(line)![0].length <= indent) break;
    end = nextEnd;
  }
  return { start, end };
}

/** The offset of the line break that ends the line holding `offset` (or the text's end). */
function lineEnd(text: string, offset: number): number {
  const re = /[\r\n]/g;
  re.lastIndex = offset;
  return re.exec(text)?.index ?? text.length;
}

/**
 * The text with every code unit inside the spans replaced by `*`, except line breaks and the
 * indentation that starts a line (the shape of a block scalar is not secret; the blanks inside a
 * value are, as they would tell its words' lengths).
 */
function mask(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    const start = Math.max(at, s.start);
    const end = Math.min(s.end, text.length);
    if (end <= start) continue;
    out += text.slice(at, start);
    let indent = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) indent = true;
      else if (!(indent && (c === 32 || c === 9))) indent = false;
      out += c === 10 || c === 13 || indent ? text[i] : '*';
    }
    at = end;
  }
  return out + text.slice(at);
}
