/**
 * Positions (SPEC §2 "Where a diagnostic points"): a collected finding, a pointer into one
 * document, becomes a candidate diagnostic with its line and column, and its fix when the token
 * is written as the fix expects. Candidates are plain data, so they travel from worker threads.
 */
import type { Diagnostic, Fix } from '../api/diagnostic.js';
import { CHECK_RANK } from '../catalogue/catalogue.js';
import type { Finding } from '../check/findings.js';
import { fixAt } from '../fix/fix.js';
import type { SpecDocument } from '../parse/document.js';
import { get, parent } from '../parse/pointer.js';
import type { LineIndex, Range, Span } from '../parse/text.js';

/** A diagnostic before `finalize`: placed, with what "one finding per parameter" needs. */
export interface Candidate extends Diagnostic {
  /** For validity checks: the parameter instance and the check's rank (SPEC §2). */
  parameter?: string;
  rank?: number;
}

/** The 1-based line of the node at a pointer (the document's start when there is none). */
export function lineAt(doc: SpecDocument, lines: LineIndex, pointer: string): number {
  return lines.position((doc.loc(pointer) ?? { value: doc.start }).value.start).line;
}

/** Where a finding points, as a span of the file's text. */
export function locate(doc: SpecDocument, f: Finding): Span {
  if (f.span) return f.span;
  if (f.target === 'container') return containerSpan(doc, f.rank === CHECK_RANK.missing ? parent(f.pointer) : f.pointer);
  const loc = doc.loc(f.pointer);
  if (!loc) return containerSpan(doc, parent(f.pointer));
  return f.target === 'key' ? (loc.key ?? loc.value) : loc.value;
}

/** An object or array as a whole: the key it stands under, an array element's start, or the root's start. */
function containerSpan(doc: SpecDocument, pointer: string): Span {
  if (pointer === '') return doc.start;
  const loc = doc.loc(pointer);
  if (!loc) return containerSpan(doc, parent(pointer));
  if (Array.isArray(get(doc.data, parent(pointer)))) return loc.head;
  return loc.key ?? loc.head;
}

/**
 * A finding with its position; with `fixable` (a file whose tokens each stand for one place:
 * `usesAliases`), its fix when the token is written as the fix expects.
 */
export function place(f: Finding, file: string, doc: SpecDocument, lines: LineIndex, fixable = false): Candidate {
  const span = locate(doc, f);
  const r = lines.range(span);
  // A key written twice is no certain rename: the earlier one would stay as it is.
  const fix = fixable && f.fix && !(f.target === 'key' && writtenTwice(doc).has(f.pointer)) ? fixAt(lines.text, span, f.fix) : undefined;
  return placeAt(f, file, doc.index, r, fix);
}

/** A finding as a candidate at a place already known (`place`, or a place the cache kept). */
export function placeAt(f: Finding, file: string, document: number, r: Range, fix?: Fix): Candidate {
  const c: Candidate = diagnosticAt(f, file, document, r, fix);
  if (f.parameter !== undefined) {
    c.parameter = f.parameter;
    c.rank = f.rank ?? 0;
  }
  return c;
}

/**
 * A diagnostic, its keys in the order a report shows them. They are set one by one: a key written
 * after a spread is slow on Node 20 (see `findingOf` in check/findings.ts). Also what a candidate
 * becomes without what only `finalize` reads.
 */
export function diagnosticAt(f: Pick<Finding, 'code' | 'message' | 'detail' | 'status' | 'origin' | 'severity' | 'rule' | 'pointer'>, file: string, document: number, r: Range, fix?: Fix): Diagnostic {
  const d = { code: f.code, message: f.message } as Diagnostic;
  if (f.detail) d.detail = f.detail;
  d.status = f.status;
  d.origin = f.origin;
  d.severity = f.severity;
  d.rule = f.rule;
  d.file = file;
  d.document = document;
  d.pointer = f.pointer;
  d.line = r.line;
  d.column = r.column;
  d.endLine = r.endLine;
  d.endColumn = r.endColumn;
  if (fix) d.fix = fix;
  return d;
}

const twice = new WeakMap<SpecDocument, ReadonlySet<string>>();

/** The pointers of a document's keys written twice, as a set (a hostile file repeats thousands). */
function writtenTwice(doc: SpecDocument): ReadonlySet<string> {
  let set = twice.get(doc);
  if (!set) twice.set(doc, (set = new Set(doc.duplicates.map((d) => d.pointer))));
  return set;
}
