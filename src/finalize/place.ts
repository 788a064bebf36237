/**
 * Positions (SPEC §2 "Where a diagnostic points"): a collected finding, a pointer into one
 * document, becomes a candidate diagnostic with its line and column, and its fix when the token
 * is written as the fix expects. Candidates are plain data, so they travel from worker threads.
 */
import type { Diagnostic } from '../api/diagnostic.js';
import { CHECK_RANK } from '../catalogue/catalogue.js';
import type { Finding } from '../check/findings.js';
import { fixAt } from '../fix/fix.js';
import type { SpecDocument } from '../parse/document.js';
import { get, parent } from '../parse/pointer.js';
import type { LineIndex, Span } from '../parse/text.js';

/** A diagnostic before `finalize`: placed, with what "one finding per parameter" needs. */
export interface Candidate extends Diagnostic {
  /** For validity checks: the parameter instance and the check's rank (SPEC §2). */
  parameter?: string;
  rank?: number;
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
  const twice = f.target === 'key' && doc.duplicates.some((d) => d.pointer === f.pointer);
  const fix = fixable && f.fix && !twice ? fixAt(lines.text, span, f.fix) : undefined;
  return {
    code: f.code,
    message: f.message,
    ...(f.detail ? { detail: f.detail } : {}),
    status: f.status,
    origin: f.origin,
    severity: f.severity,
    rule: f.rule,
    file,
    document: doc.index,
    pointer: f.pointer,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    ...(fix ? { fix } : {}),
    ...(f.parameter !== undefined ? { parameter: f.parameter, rank: f.rank ?? 0 } : {}),
  };
}
