/**
 * The source lines a report shows (stylish), kept from the one read of each file: only the lines
 * that findings stand on, every secret value masked (SPEC §3), so no file is read again to print
 * them and a file changed or gone since it was linted still shows what was linted.
 */
import type { Diagnostic, FileResult } from '../api/diagnostic.js';
import type { SpecFile } from '../parse/document.js';
import { redactSecrets } from '../secrets/mask.js';

/** Line number (1-based) → the masked text of that line. */
export type Excerpts = Array<[number, string]>;

/** The masked text of each of `lines` in a file's bytes, parsed as `spec` (not parsed again). */
export function excerptsOf(file: string, bytes: Uint8Array, spec: SpecFile, lines: Iterable<number>): Excerpts {
  const wanted = new Set(lines);
  if (wanted.size === 0) return [];
  const all = redactSecrets(file, bytes, spec.format === 'yaml' ? spec.documents : undefined).split(/\r\n|\r|\n/);
  return [...wanted].filter((n) => n >= 1 && n <= all.length).map((n) => [n, all[n - 1]!]);
}

const kept = new WeakMap<Diagnostic, string>();

/**
 * Attaches each diagnostic of a result (a run made with `excerpts`) to the masked text of its
 * line: to the diagnostic itself, so that copies of the result (`--quiet`, `--fix`) keep it.
 */
export function keepExcerpts(result: FileResult, excerpts: Excerpts): void {
  const lines = new Map(excerpts);
  for (const d of [...result.diagnostics, ...result.suppressedDiagnostics]) {
    const text = lines.get(d.line);
    if (text !== undefined) kept.set(d, text);
  }
}

/** The masked source line a diagnostic stands on, if its run kept it. */
export function excerptOf(d: Diagnostic): string | undefined {
  return kept.get(d);
}
