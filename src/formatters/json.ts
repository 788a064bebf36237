import type { FileResult } from '../diagnostic.js';

/** `--format json`: one JSON array, one entry per file in sorted order (SPEC §7). */
export default function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
