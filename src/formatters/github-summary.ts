/**
 * The GitHub Action's job summary: every finding in one table, because GitHub shows only the
 * first annotations of each kind per step. HTML rather than a Markdown table, so that nothing
 * taken from a spec (keys, values in details) can be read as Markdown, a link or a mention: all
 * of it is escaped. The summary stays within the size GitHub accepts; rows that do not fit are
 * counted, not cut in half.
 */
import type { Diagnostic, FileResult } from '../api/diagnostic.js';
import type { FormatContext } from './context.js';
import { repositoryPath } from './paths.js';
import { escapeText } from './safe-text.js';

/** GitHub's limit on one step's summary: 1 MiB (larger summaries are dropped whole). */
export const SUMMARY_LIMIT = 1024 * 1024;

/** Annotations of each kind (errors, warnings) that GitHub shows for one step. */
export const ANNOTATIONS_SHOWN = 10;

/** Annotations of each kind that GitHub shows for a whole job (all its steps together). */
const ANNOTATIONS_SHOWN_PER_JOB = 50;

/** What the summary needs besides the results. */
export interface SummaryOptions {
  /** Bytes the summary may take (the limit, less what the summary file already holds). */
  budget: number;
  /** A link to a line of a repository file, when the run knows its repository and commit. */
  link?: (path: string, line: number) => string;
  /** The findings of the files the change touches come first (so they got the annotations GitHub shows). */
  changedFirst?: boolean;
}

/** Bytes kept free for the closing tags and the note on rows left out. */
const RESERVE = 512;

/** Formats the results as the job summary (HTML, which GitHub's summary Markdown accepts). */
export function formatJobSummary(results: readonly FileResult[], ctx: Pick<FormatContext, 'cwd' | 'root'>, options: SummaryOptions): string {
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = results.length;
  let head = '<h2>clusterlint</h2>\n';
  if (diagnostics.length === 0) return `${head}<p>No problems in ${count(files, 'file')}.</p>\n`;
  const withFindings = results.filter((r) => r.diagnostics.length > 0).length;
  head += `<p>${count(errors, 'error')} and ${count(warnings, 'warning')} in ${withFindings} of ${count(files, 'file')}.</p>\n`;
  const hiddenErrors = Math.max(0, errors - ANNOTATIONS_SHOWN);
  const hiddenWarnings = Math.max(0, warnings - ANNOTATIONS_SHOWN);
  if (hiddenErrors + hiddenWarnings > 0) {
    head +=
      `<p>GitHub shows ${ANNOTATIONS_SHOWN} error and ${ANNOTATIONS_SHOWN} warning annotations per step (and ${ANNOTATIONS_SHOWN_PER_JOB} of each per job): ` +
      `${count(hiddenErrors, 'error')} and ${count(hiddenWarnings, 'warning')} are not shown as annotations. Every finding is listed below` +
      `${options.changedFirst ? ', the files this change touches first, as the annotations were given' : ''}.</p>\n`;
  }
  head += '<table>\n<thead><tr><th>Severity</th><th>Location</th><th>Code</th><th>Message</th></tr></thead>\n<tbody>\n';
  const tail = '</tbody>\n</table>\n';
  let used = bytes(head) + bytes(tail) + RESERVE;
  const rows: string[] = [];
  for (const d of diagnostics) {
    const row = rowOf(d, ctx, options);
    if (used + bytes(row) > options.budget) break;
    used += bytes(row);
    rows.push(row);
  }
  const left = diagnostics.length - rows.length;
  const note = left
    ? `<p>${count(left, 'more finding')} ${left === 1 ? 'is' : 'are'} not listed: a job summary holds at most 1 MiB. The annotations, the SARIF file (input <code>sarif-file</code>) and <code>clusterlint</code> run locally show them all.</p>\n`
    : '';
  return head + rows.join('') + tail + note;
}

function rowOf(d: Diagnostic, ctx: Pick<FormatContext, 'cwd' | 'root'>, options: SummaryOptions): string {
  const path = repositoryPath(d.file, ctx);
  const where = `${path ?? d.file}:${d.line}:${d.column}${d.document > 0 ? ` [document ${d.document}]` : ''}`;
  const location = path !== undefined && options.link ? `<a href="${html(options.link(path, d.line))}">${html(where)}</a>` : html(where);
  const message = html(d.message) + (d.detail ? `<br>${html(d.detail)}` : '');
  return `<tr><td>${d.severity}</td><td>${location}</td><td><code>${html(d.code)}</code></td><td>${message}</td></tr>\n`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes text for HTML content and (double-quoted) attribute values; controls and bidirectional
 * marks, which could make a row read otherwise than it is, are shown as escapes (`escapeText`).
 */
function html(text: string): string {
  return escapeText(text).replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}
