import type { FileResult } from '../api/diagnostic.js';
import { safeJsonArray } from './safe-text.js';

/**
 * `--format json`: one JSON array, one entry per file in sorted order (SPEC §7), written file by
 * file. Characters that could drive a terminal or a CI log are written as `\uXXXX` escapes; the
 * data is unchanged.
 */
export default function* formatJson(results: readonly FileResult[]): Generator<string> {
  yield* safeJsonArray(results, 0);
  yield '\n';
}
