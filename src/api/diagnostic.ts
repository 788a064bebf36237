/**
 * The diagnostic: one finding, as every formatter and the JSON output show it (SPEC §2).
 * Defined once here; sorting and de-duplication happen once, in `sortDiagnostics`.
 */
import type { Origin, Severity } from '../catalogue/catalogue.js';

/** One finding in one document of one file. */
export interface Diagnostic {
  /** The error code, e.g. `InvalidName`, `InvalidUserData.env`, `QuotaExhausted.MaxClusterCount`. */
  code: string;
  /** The documented message with its placeholders filled in; nothing else changed. */
  message: string;
  /** One plain sentence on what is wrong here and how to fix it; never contains a secret. */
  detail?: string;
  /** The HTTP status the API would answer, or null for lint-only codes. */
  status: number | null;
  /** `api`: a row of the API's table; `template`: the API's Missing/Invalid pattern; `lint`: clusterlint's own. */
  origin: Origin;
  /** After config: `error` or `warning` (codes turned `off` never become diagnostics). */
  severity: Severity;
  /** The id of the rule or schema that found it (kebab-case). */
  rule: string;
  /** The path as given or found, with `/` separators. */
  file: string;
  /** 0-based index of the YAML document (0 for JSON). */
  document: number;
  /** RFC 6901 JSON Pointer of the parameter; for a missing parameter, the pointer it would have. */
  pointer: string;
  /** 1-based line of the start. */
  line: number;
  /** 1-based column of the start, in UTF-16 code units. */
  column: number;
  /** 1-based line of the end. */
  endLine: number;
  /** 1-based column just past the end (exclusive), in UTF-16 code units. */
  endColumn: number;
  /** Set when the finding has a certain fix (SPEC §10): what `--fix` writes. */
  fix?: Fix;
}

/**
 * A fix (SPEC §10, clarification 8): replace the text `[range[0], range[1])` — UTF-16 offsets into
 * the file's text (after a UTF-8 byte-order mark), the whole token, quotes included — with `text`.
 */
export interface Fix {
  range: [number, number];
  text: string;
}

/** Why a finding is not reported (SPEC §9): a comment in the file, or the config's `ignore`. */
export interface Suppression {
  kind: 'inSource' | 'external';
  /** The reason written after ` -- ` in the comment, or the ignore entry's `reason` ('' when none). */
  justification: string;
}

/** A finding kept out of the report and the exit code, with why. */
export interface SuppressedDiagnostic extends Diagnostic {
  suppression: Suppression;
}

/** The results of one file, as `--format json` prints them. */
export interface FileResult {
  file: string;
  /** Errors and warnings reported (suppressed ones not counted). */
  errorCount: number;
  warningCount: number;
  diagnostics: Diagnostic[];
  /** Findings suppressed by a comment or the config, in the same order. */
  suppressedDiagnostics: SuppressedDiagnostic[];
  /** With `--fix` or `--fix-dry-run` only: how many findings of the file were fixed (or would be). */
  fixedCount?: number;
}

const ORDER: Array<keyof Diagnostic> = ['file', 'document', 'line', 'column', 'code'];

/** Compares two diagnostics by file, document, line, column, code (SPEC §2). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  for (const field of ORDER) {
    const x = a[field];
    const y = b[field];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** Sorts diagnostics in place order and drops exact duplicates. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  if (list.length < 2) return list;
  const sorted = [...list].sort(compareDiagnostics);
  const seen = new Set<string>();
  return sorted.filter((d) => {
    const key = JSON.stringify([d.file, d.document, d.line, d.column, d.endLine, d.endColumn, d.code, d.message, d.detail, d.severity, d.pointer]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Builds a file's result with its counts. */
export function fileResult(file: string, diagnostics: Diagnostic[]): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errorCount++;
    else warningCount++;
  }
  return { file, errorCount, warningCount, diagnostics, suppressedDiagnostics: [] };
}
