/**
 * A run over a set of files: each file on its own (`lintFile`: in turn, or spread over worker
 * threads), then the checks across files in sorted path order (SPEC §4), then `finalize` for each
 * file with all of its findings — so the result never depends on the order in which files were
 * named or on how the work was spread.
 *
 * Memory stays flat however many files a run has: a file is read, parsed, checked and dropped
 * before the next one (`lintFile` returns plain data). The few files that a check across files
 * reports on are read and parsed again to place the finding.
 */
import type { FileResult } from '../api/diagnostic.js';
import type { DocSummary } from '../api/rule-api.js';
import { checkAcrossFiles } from '../check/cross-file.js';
import { maxFileSize } from '../config/limits.js';
import { finalize } from '../finalize/finalize.js';
import { lineAt, place, type Candidate } from '../finalize/place.js';
import { readInput } from '../io/files.js';
import type { SpecFile } from '../parse/document.js';
import { parseFile } from '../parse/parse.js';
import { DEFAULT_RULESET } from '../../rules/index.js';
import { excerptsOf, keepExcerpts, type Excerpts } from './excerpts.js';
import { lintFile, type FileOutcome } from './lint-file.js';
import { keptCandidate, keptHash, keptLine } from '../cache/summary.js';
import type { LintInput, LintOptions } from '../api/run-options.js';

export type { LintInput, LintOptions } from '../api/run-options.js';
export { lintFile, type FileOutcome } from './lint-file.js';

/** Lints each file on its own and returns the outcomes in the same order. */
export type LintEach = (inputs: readonly LintInput[], options: LintOptions) => FileOutcome[];

/** One file after another on this thread. */
export const lintInTurn: LintEach = (inputs, options) => inputs.map((input) => lintFile(input, options));

/** Orders inputs by path (SPEC §4: checks across files run in sorted path order). */
function sortInputs(inputs: readonly LintInput[]): LintInput[] {
  return [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Lints a set of files, checks across files included: one result per linted file, in path order. */
export function lintAll(inputs: LintInput[], options: LintOptions, each: LintEach = lintInTurn): FileResult[] {
  const sorted = sortInputs(inputs);
  const outcomes = each(sorted, options);
  const extra = acrossFiles(sorted, outcomes.flatMap((o) => o.summaries), options);
  const results: FileResult[] = [];
  for (const o of outcomes) {
    if (!o.linted) continue;
    const added = extra.get(o.file);
    const result = finalize({ file: o.file, candidates: added ? [...o.candidates, ...added.candidates] : o.candidates, omitted: o.omitted, directives: o.directives }, options);
    if (o.excerpts) keepExcerpts(result, added?.excerpts ? [...o.excerpts, ...added.excerpts] : o.excerpts);
    results.push(result);
  }
  return results;
}

/** One file on its own, finalized (no checks across files): what `--fix` lints again after each round. */
export function lintOne(input: LintInput, options: LintOptions): FileResult | undefined {
  const o = lintFile(input, options);
  if (!o.linted) return undefined;
  const result = finalize({ file: o.file, candidates: o.candidates, omitted: o.omitted, directives: o.directives }, options);
  if (o.excerpts) keepExcerpts(result, o.excerpts);
  return result;
}

/** How many parsed files the checks across files keep at a time. */
const RECENT_FILES = 4;

/** The candidates of the checks across files, placed, by file (and their excerpts when the run keeps them). */
function acrossFiles(sorted: readonly LintInput[], summaries: readonly DocSummary[], options: LintOptions): Map<string, { candidates: Candidate[]; excerpts?: Excerpts }> {
  const rules = (options.ruleset ?? DEFAULT_RULESET).crossFile;
  const extra = new Map<string, { candidates: Candidate[]; excerpts?: Excerpts }>();
  if (rules.length === 0 || summaries.length === 0) return extra;
  const byFile = new Map(sorted.map((input) => [input.file, input]));
  // The file a finding is placed in, or whose body is hashed, is parsed again. The last few are
  // kept: a reused token asks for its own file and for the earlier one, in turn.
  const recent = new Map<string, { spec: SpecFile; bytes: Uint8Array }>();
  const readOf = (file: string) => {
    let read = recent.get(file);
    if (read) {
      recent.delete(file);
    } else {
      const bytes = readInput(byFile.get(file)!, maxFileSize(options.config), options.cwd).bytes;
      read = { spec: parseFile(file, bytes), bytes };
      if (recent.size >= RECENT_FILES) recent.delete(recent.keys().next().value!);
    }
    recent.set(file, read); // the most recently used last
    return read;
  };
  const specOf = (file: string) => readOf(file).spec;
  const sinks = checkAcrossFiles(rules, summaries, options.config, {
    lineOf: (summary, pointer) => {
      const kept = keptLine(summary, pointer);
      if (kept !== undefined) return kept;
      const spec = specOf(summary.file);
      return lineAt(spec.documents[summary.document]!, spec.lines, pointer);
    },
    data: (summary) => specOf(summary.file).documents[summary.document]!.data as Record<string, unknown>,
    keptHash,
  });
  for (const [summary, sink] of sinks) {
    // Pushed, not copied: one file can hold thousands of documents, each with a finding.
    let list = extra.get(summary.file);
    if (!list) extra.set(summary.file, (list = { candidates: [] }));
    for (const finding of sink.findings) {
      // A place the cache kept, or the file parsed again.
      const kept = keptCandidate(summary, finding);
      if (kept) {
        list.candidates.push(kept);
        continue;
      }
      const spec = specOf(summary.file);
      list.candidates.push(place(finding, summary.file, spec.documents[summary.document]!, spec.lines));
    }
  }
  if (options.excerpts) {
    for (const [file, list] of extra) {
      const { bytes, spec } = readOf(file);
      list.excerpts = excerptsOf(file, bytes, spec, list.candidates.map((c) => c.line));
    }
  }
  return extra;
}
