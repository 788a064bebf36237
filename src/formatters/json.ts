import type { FileResult } from '../api/diagnostic.js';
import { safeJson, safeJsonArray } from './safe-text.js';

/**
 * `--format json`: one JSON array, one entry per file in sorted order (SPEC §7), written file by
 * file. Characters that could drive a terminal or a CI log are written as `\uXXXX` escapes; the
 * data is unchanged.
 */
export default function* formatJson(results: readonly FileResult[]): Generator<string> {
  yield* safeJsonArray(results, 0, cleanEntry);
  yield '\n';
}

/** The keys of a file result with nothing to report, in the order the engine makes them. */
const CLEAN_KEYS = ['file', 'errorCount', 'warningCount', 'diagnostics', 'suppressedDiagnostics'];

/**
 * The entry of a file with nothing reported or suppressed, as `safeJsonArray` would write it at
 * depth 0, from a template (most files of a run are clean: this is most of the report); undefined
 * for any other result, which is then written as it is.
 */
function cleanEntry(item: unknown): string | undefined {
  const r = item as FileResult;
  if (r.errorCount !== 0 || r.warningCount !== 0 || r.diagnostics.length !== 0 || r.suppressedDiagnostics.length !== 0) return undefined;
  const keys = Object.keys(r);
  if (keys.length !== CLEAN_KEYS.length || keys.some((k, i) => k !== CLEAN_KEYS[i])) return undefined;
  return `{\n    "file": ${safeJson(r.file)},\n    "errorCount": 0,\n    "warningCount": 0,\n    "diagnostics": [],\n    "suppressedDiagnostics": []\n  }`;
}
