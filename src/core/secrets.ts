/**
 * Secret values kept out of every output (SPEC §3 PlaintextSecret). Details never quote a secret
 * (the schemas mark them `x-secret`); this module masks them in the source text given to the
 * formats that show source lines, such as stylish's excerpt under each finding.
 *
 * Masking is by key name and deliberately broad: the value of every key that is a secret in any
 * dialect is masked wherever it stands, whatever the file's dialect. Where a document does not
 * parse, the rest of the line after such a key, and the more indented lines below it, are masked.
 * Each masked character becomes `*` and line breaks stay, so lines and columns do not move.
 */
import { deref, DIALECTS, type SchemaNode } from './dialect.js';
import { parseFile } from './parse.js';
import { child, isObject } from './pointer.js';
import type { Span } from './text.js';

/** The names of the keys whose values are secrets in some dialect: the `x-secret` properties of every schema. */
export function secretKeyNames(): Set<string> {
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
  return names;
}

/** A file's text as formats may show it: every secret value replaced by `*`. */
export function maskSecrets(file: string, bytes: Uint8Array): string {
  const spec = parseFile(file, bytes);
  // Decoded leniently, so a file that is not UTF-8 still shows its lines (the offsets of the
  // parsed part are the same: it is a prefix of this text).
  const text = new TextDecoder().decode(bytes);
  const names = secretKeyNames();
  const spans: Span[] = [];
  let guess = false;
  for (const doc of spec.documents) {
    if (doc.syntax) {
      guess = true;
      continue;
    }
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
            if (loc) spans.push(loc.value);
            else guess = true;
          }
        }
      }
    }
  }
  if (guess) spans.push(...guessedSpans(text, names));
  return mask(text, spans);
}

/** For text that did not parse: after each `Secret:` key, the rest of its line and the more indented lines below. */
function guessedSpans(text: string, names: ReadonlySet<string>): Span[] {
  if (names.size === 0) return [];
  const alternatives = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const key = new RegExp(`(["']?)(?:${alternatives})\\1[ \\t]*:`, 'g');
  const spans: Span[] = [];
  for (const m of text.matchAll(key)) {
    const lineStart = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('\r', m.index)) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, m.index))![0].length;
    let end = lineEnd(text, m.index);
    while (end < text.length) {
      const next = end + (text.startsWith('\r\n', end) ? 2 : 1);
      const nextEnd = lineEnd(text, next);
      const line = text.slice(next, nextEnd);
      if (line.trim() !== '' && /^[ \t]*/.exec(line)![0].length <= indent) break;
      end = nextEnd;
    }
    spans.push({ start: m.index + m[0].length, end });
  }
  return spans;
}

/** The offset of the line break that ends the line holding `offset` (or the text's end). */
function lineEnd(text: string, offset: number): number {
  const m = /[\r\n]/g;
  m.lastIndex = offset;
  return m.exec(text)?.index ?? text.length;
}

/**
 * The text with every character inside the spans, except line breaks, replaced by `*`; the quotes
 * around a quoted value stay, so it still reads as a string.
 */
function mask(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    let start = Math.max(at, s.start);
    let end = s.end;
    if (end <= start) continue;
    const quote = text[start];
    if ((quote === '"' || quote === "'") && end - start >= 2 && text[end - 1] === quote) (start++, end--);
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, '*');
    at = end;
  }
  return out + text.slice(at);
}
