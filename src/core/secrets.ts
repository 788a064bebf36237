/**
 * Secrets never reach any output (SPEC §3 PlaintextSecret, STYLE "Messages"). Details never quote
 * them (`quote()` honours `x-secret`); this module covers the other way out: the source lines that
 * formatters show. It finds the secret parameters from the schemas' `x-secret` annotations and
 * masks their values, one `*` per UTF-16 code unit so that every column stays where it was.
 */
import { DIALECTS, type SchemaNode } from './dialect.js';
import { parseFile } from './parse.js';
import { child, get, isObject, tokens } from './pointer.js';
import type { Span } from './text.js';

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

/**
 * The secret pointers of every dialect. Masking uses all of them whatever a file's dialect: a
 * `password` in a file of undecided dialect is still a password, and masking too much in a source
 * excerpt costs nothing.
 */
function allSecretPointers(): string[] {
  return [...new Set(Object.values(DIALECTS).flatMap((d) => secretPointers(d.schema)))];
}

/**
 * A file's text as formatters may show it: the value of every secret parameter masked. Where the
 * data cannot say where a value stands (a document that does not parse, the earlier value of a
 * repeated key), the rest of the line after each secret key is masked instead.
 */
export function redactSecrets(file: string, bytes: Uint8Array): string {
  const spec = parseFile(file, bytes);
  const pointers = allSecretPointers();
  const names = new Set(pointers.map((p) => tokens(p).pop()!));
  const text = spec.documents.some((d) => d.syntax) ? new TextDecoder().decode(bytes) : spec.text;
  const masked: Span[] = [];
  let byLine = false;
  for (const doc of spec.documents) {
    if (doc.syntax) {
      byLine = true;
      continue;
    }
    for (const pointer of pointers) {
      if (get(doc.data, pointer) === undefined) continue;
      const loc = doc.loc(pointer);
      if (loc) masked.push(withoutQuotes(text, loc.value));
    }
    for (const d of doc.duplicates) if (names.has(tokens(d.pointer).pop()!)) masked.push(restOfLine(text, d.firstKey.end));
  }
  if (byLine) masked.push(...secretLines(text, names));
  return mask(text, masked);
}

/** A string value's span without its quotes, so that the masked text still reads as a string. */
function withoutQuotes(text: string, span: Span): Span {
  const first = text[span.start];
  if (span.end - span.start >= 2 && (first === '"' || first === "'") && text[span.end - 1] === first) return { start: span.start + 1, end: span.end - 1 };
  return span;
}

/** From an offset to the end of its line. */
function restOfLine(text: string, from: number): Span {
  const m = /[\r\n]/.exec(text.slice(from));
  return { start: from, end: m ? from + m.index : text.length };
}

/** After each `name:` / `"name":` of a secret key, the rest of the line. */
function secretLines(text: string, names: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  const key = new RegExp(`(["']?)(${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\1[ \\t]*:`, 'g');
  for (let m = key.exec(text); m; m = key.exec(text)) spans.push(restOfLine(text, m.index + m[0].length));
  return spans;
}

/** The text with every code unit inside the spans (line breaks and blanks kept) replaced by `*`. */
function mask(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const units = text.split('');
  for (const s of spans) {
    for (let i = s.start; i < s.end && i < units.length; i++) if (!/[\s]/.test(units[i]!)) units[i] = '*';
  }
  return units.join('');
}
