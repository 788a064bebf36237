/**
 * The one way out for findings. Every candidate — of the schema pass, the rules, the checks across
 * files, the syntax and limit checks — goes through `finalize`: one finding per parameter (SPEC
 * §2), severities from the config (SPEC §6), the per-file cap (`maxFindingsPerFile`), sorting and
 * de-duplication, then suppressions (SPEC §9).
 */
import { fileResult, sortDiagnostics, type Diagnostic, type FileResult } from '../api/diagnostic.js';
import { lint, lintCode } from '../catalogue/catalogue.js';
import { maxFindings } from '../config/limits.js';
import type { Omitted } from '../check/findings.js';
import type { LintOptions } from '../api/run-options.js';
import { diagnosticAt, type Candidate } from './place.js';
import { overridesFor, severityFor } from './severity.js';
import { applySuppressions, type Directive } from './suppress.js';

/** What `finalize` needs of one file besides its candidates. */
export interface FinalizeInput {
  file: string;
  candidates: readonly Candidate[];
  omitted: Omitted;
  /** The file's suppression comments. */
  directives: readonly Directive[];
}

/** A file's candidates, made into its result. */
export function finalize(input: FinalizeInput, options: LintOptions): FileResult {
  const { file } = input;
  // Most files of a run: nothing found, nothing counted, no comment to apply or find unused.
  if (input.candidates.length === 0 && input.omitted.unknown === 0 && input.omitted.other === 0 && input.directives.length === 0) return fileResult(file, []);
  const kept: Candidate[] = [];
  // The file's overrides, matched once for all of its findings.
  const overrides = input.candidates.length ? overridesFor(file, options) : [];
  for (const c of firstPerParameter(input.candidates)) {
    const severity = severityFor(c.code, c.severity, file, options, overrides);
    if (severity !== 'off') kept.push(severity === c.severity ? c : Object.assign({}, c, { severity }));
  }
  // Unknown keys only counted count when they are reported at all (asked only then: it matches globs).
  let omitted = input.omitted.unknown;
  if (omitted > 0 && severityFor('UnknownParameter', lintCode('UnknownParameter').severity, file, options) === 'off') omitted = 0;
  omitted += input.omitted.other;
  const most = maxFindings(options.config);
  const diagnostics = kept.length + omitted > most ? firstFindings(kept, most, omitted, file, options) : kept.map(bare);
  return applySuppressions(fileResult(file, sortDiagnostics(diagnostics)), input.directives, options);
}

/**
 * Keeps, for each parameter of each document, only the first failing check in the API's order
 * (type, bounds, format, quota); findings of no parameter (lint-only codes) are all kept (SPEC §2).
 */
function firstPerParameter(candidates: readonly Candidate[]): readonly Candidate[] {
  if (candidates.length < 2) return candidates;
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.parameter === undefined) continue;
    const key = `${c.document}:${c.parameter}`;
    const seen = best.get(key);
    if (!seen || c.rank! < seen.rank!) best.set(key, c);
  }
  return candidates.filter((c) => c.parameter === undefined || best.get(`${c.document}:${c.parameter}`) === c);
}

/**
 * The first `limit` findings of a file in file order, and `TooManyFindings` where the first one
 * left out stands (README "Security"): a file can hold hundreds of thousands of findings.
 */
function firstFindings(kept: Candidate[], limit: number, omitted: number, file: string, options: LintOptions): Diagnostic[] {
  const ordered = [...kept].sort((a, b) => a.document - b.document || a.line - b.line || a.column - b.column);
  const diagnostics = ordered.slice(0, limit).map(bare);
  const severity = severityFor('TooManyFindings', lintCode('TooManyFindings').severity, file, options);
  const first = ordered[limit];
  if (severity === 'off' || !first) return diagnostics;
  // The findings only counted all stand after those made.
  const more = ordered.length + omitted - limit;
  const { code, message, status, origin } = lint('TooManyFindings');
  // Fields in the order every other diagnostic has them.
  diagnostics.push({
    code,
    message,
    detail: `${more} more finding${more === 1 ? '' : 's'} from here on ${more === 1 ? 'is' : 'are'} not shown; clusterlint reports at most ${limit} per file (maxFindingsPerFile in the config).`,
    status,
    origin,
    severity,
    rule: 'findings-limit',
    file,
    document: first.document,
    pointer: first.pointer,
    line: first.line,
    column: first.column,
    endLine: first.endLine,
    endColumn: first.endColumn,
  });
  return diagnostics;
}

/** A candidate as the diagnostic it becomes, without what only `finalize` reads. */
function bare(c: Candidate): Diagnostic {
  // Made again rather than copied without two keys: a rest pattern (`{ parameter, rank, ...d }`)
  // is as slow on Node 20 as a key written after a spread (see `findingOf` in check/findings.ts).
  return c.parameter === undefined ? c : diagnosticAt(c, c.file, c.document, c, c.fix);
}
