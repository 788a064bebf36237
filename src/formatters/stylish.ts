/**
 * `--format stylish`, for people: grouped by file; each finding with `line:column`, severity, the
 * message, the detail and the code; the source line with a caret under the position; a summary.
 * Every text that comes from a file (path, code, message, detail, source) goes through
 * `escapeText`, so it can neither drive the terminal nor run a CI log command.
 */
import type { FileResult } from '../api/diagnostic.js';
import { escapeMapped, escapeText } from './safe-text.js';
import { displayWidth } from './width.js';

/** What stylish needs besides the results. */
export interface StylishOptions {
  color: boolean;
  /** A file's line with its secrets masked, to show it; undefined when it cannot be shown. */
  line(file: string, line: number): string | undefined;
}

const CODES = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, underline: 4, cyan: 36 } as const;

/** Formats results as stylish text, file by file (nothing at all when there is nothing to report). */
export default function* formatStylish(results: readonly FileResult[], options: StylishOptions): Generator<string> {
  const paint = (style: keyof typeof CODES, text: string) => (options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
  let errors = 0;
  let warnings = 0;
  let fixed = 0;
  for (const r of results) {
    fixed += r.fixedCount ?? 0;
    if (r.diagnostics.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    const out = [paint('underline', escapeText(r.file))];
    const multiDoc = r.diagnostics.some((d) => d.document > 0);
    for (const d of r.diagnostics) {
      const where = `${d.line}:${d.column}`;
      const sev = d.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
      const doc = multiDoc ? paint('dim', ` [document ${d.document}]`) : '';
      out.push(`  ${paint('dim', where.padEnd(7))} ${sev}  ${escapeText(d.message)}  ${paint('dim', escapeText(d.code))}${doc}`);
      if (d.detail) out.push(`  ${' '.repeat(7)}          ${paint('cyan', escapeText(d.detail))}`);
      const text = options.line(r.file, d.line);
      if (text !== undefined) out.push(...excerpt(text, d.column, d.line === d.endLine ? d.endColumn : text.length + 1, paint, d.severity === 'error' ? 'red' : 'yellow'));
    }
    // A blank line after each file.
    yield `${out.join('\n')}\n\n`;
  }
  const total = errors + warnings;
  // After --fix, the findings fixed are counted too (SPEC §10: `3 fixed`).
  const fixes = fixed ? `, ${fixed} fixed` : '';
  if (total === 0) {
    if (fixed) yield `${paint('green', paint('bold', `✔ ${fixed} fixed, no problems left`))}\n`;
    return;
  }
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})${fixes}`;
  yield `${paint(errors ? 'red' : 'yellow', paint('bold', summary))}\n`;
}

/**
 * The source line (tabs shown as one space) and a caret run under the range, in the colour of the
 * finding's severity; the caret follows the escaped text, so it stays under the right characters
 * when some are shown as escapes, and is measured in terminal columns (`displayWidth`: a CJK or
 * full-width character takes two, a combining mark none), while the diagnostic's columns stay
 * UTF-16 units.
 */
function excerpt(line: string, column: number, endColumn: number, paint: (s: keyof typeof CODES, t: string) => string, caret: 'red' | 'yellow'): string[] {
  const max = 160;
  const start = column > max - 20 ? column - 40 : 0;
  const cut = line.slice(start, start + max).replace(/\t/g, ' ');
  const shown = escapeMapped(cut);
  const at = (col: number) => shown.at(Math.max(0, Math.min(col - 1 - start, cut.length)));
  const prefix = start > 0 ? '…' : '';
  const width = Math.max(1, displayWidth(shown.text.slice(at(column), at(endColumn))));
  const pad = ' '.repeat(displayWidth(prefix + shown.text.slice(0, at(column))));
  return [`          ${paint('dim', '│')} ${prefix}${shown.text}`, `          ${paint('dim', '│')} ${pad}${paint(caret, '^'.repeat(width))}`];
}
