/**
 * The language server's pure part: clusterlint's diagnostics as LSP diagnostics, and the edits of
 * its code actions (SPEC §9 suppressions, §10 fixes). Positions are the CLI's own (`--format
 * json`): 1-based lines and UTF-16 columns with an exclusive end, made 0-based here; LSP counts
 * UTF-16 code units too, so no column is converted.
 */
import type { Diagnostic as LspDiagnostic, Position, Range, TextEdit } from 'vscode-languageserver';
import type { Diagnostic } from '../index.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** The `source` of every diagnostic the server sends. */
export const SOURCE = 'clusterlint';

/**
 * The codes of the checks across files (SPEC §4, "Across the files of one run"): a buffer linted
 * alone has them only for its own documents; the workspace run has them for all specs.
 */
export const ACROSS_FILES = new Set(['QuotaExhausted.MaxClusterCount', 'IdempotentTokenMismatch']);

/** Codes no comment can suppress (SPEC §9), and the one that is about a comment itself. */
const NOT_SUPPRESSIBLE = new Set(['DuplicateKey', 'InvalidJsonFormat', 'InvalidYamlFormat', 'UnusedSuppression']);

/** How a text's clusterlint positions map to the editor's: a byte-order mark the engine strips shifts line 1. */
export interface TextShape {
  /** 1 when the buffer starts with U+FEFF (the engine's columns and fix offsets start after it), else 0. */
  bom: number;
}

/** The shape of a buffer's text. */
export function shapeOf(text: string): TextShape {
  return { bom: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
}

/** A 1-based clusterlint line and column as a 0-based LSP position. */
function position(line: number, column: number, shape: TextShape): Position {
  return { line: line - 1, character: column - 1 + (line === 1 ? shape.bom : 0) };
}

/** The range a diagnostic covers, in the editor's positions. */
export function rangeOf(d: Diagnostic, shape: TextShape): Range {
  return { start: position(d.line, d.column, shape), end: position(d.endLine, d.endColumn, shape) };
}

/** One clusterlint diagnostic as an LSP diagnostic; `href` is its README catalogue link (`--explain`'s). */
export function toLspDiagnostic(d: Diagnostic, shape: TextShape, href: string | undefined): LspDiagnostic {
  return {
    range: rangeOf(d, shape),
    // DiagnosticSeverity.Error and .Warning (1, 2), written out so this module needs no runtime import.
    severity: d.severity === 'error' ? 1 : 2,
    code: d.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    // The documented message, then what is wrong here (SPEC §2): both already free of secrets.
    message: d.detail ? `${d.message}\n${d.detail}` : d.message,
    data: { pointer: d.pointer, document: d.document, status: d.status, origin: d.origin, rule: d.rule },
  };
}

/** Whether two ranges share a position (an empty range touching the other counts). */
export function touches(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** The LSP position of a UTF-16 offset into a text (lines end at \r\n, \n or \r, as LSP counts them). */
export function positionAt(text: string, offset: number): Position {
  return TextDocument.create('', '', 0, text).positionAt(offset);
}

/** An edit that replaces the whole of `text` by `after`. */
export function wholeText(text: string, after: string): TextEdit {
  return { range: { start: { line: 0, character: 0 }, end: positionAt(text, text.length) }, newText: after };
}

/** The edit of a diagnostic's `--fix` (SPEC §10): its range is in UTF-16 offsets after a byte-order mark. */
export function fixEdit(d: Diagnostic, text: string, shape: TextShape): TextEdit | undefined {
  if (!d.fix) return undefined;
  const [start, end] = d.fix.range;
  return { range: { start: positionAt(text, start + shape.bom), end: positionAt(text, end + shape.bom) }, newText: d.fix.text };
}

/** The placeholder a suppression comment is written with, for the user to replace by the reason. */
export const REASON_PLACEHOLDER = 'reason';

/**
 * The edit that suppresses a finding of a YAML file (SPEC §9): a
 * `# clusterlint-disable-next-line CODE -- reason` line above the finding's line, indented as that
 * line. Undefined for codes a comment cannot suppress, and for code names a directive cannot spell
 * (a key with spaces or commas in a templated code).
 */
export function suppressEdit(d: Diagnostic, text: string, shape: TextShape): { edit: TextEdit; after: string } | undefined {
  if (NOT_SUPPRESSIBLE.has(d.code) || /[\s,]/.test(d.code)) return undefined;
  const line = d.line - 1;
  const buffer = TextDocument.create('', '', 0, text);
  if (line >= buffer.lineCount) return undefined;
  const start = buffer.offsetAt({ line, character: 0 });
  const content = /^[^\r\n]*/.exec(text.slice(start))![0];
  const indent = /^[ \t]*/.exec(line === 0 && shape.bom ? content.slice(1) : content)![0];
  const after = text.slice(start + content.length, start + content.length + 2);
  const eol = after.startsWith('\r\n') ? '\r\n' : after.startsWith('\r') ? '\r' : '\n';
  const newText = `${indent}# clusterlint-disable-next-line ${d.code} -- ${REASON_PLACEHOLDER}${eol}`;
  // The comment goes after a byte-order mark, which must stay the file's first character.
  const at = line === 0 ? shape.bom : start;
  return { edit: { range: { start: positionAt(text, at), end: positionAt(text, at) }, newText }, after: text.slice(0, at) + newText + text.slice(at) };
}
