/**
 * One file through the pipeline up to `finalize`: read (bounded) → parse → for each document,
 * check (collect findings) → place (positions) → secrets reused through YAML anchors elided.
 * What it returns is plain data — no parsed document — so it can be kept for every file of a run
 * and sent between threads; `lintAll` finalizes it once the checks across files have added theirs.
 */
import type { DocSummary } from '../api/rule-api.js';
import { lint, lintCode } from '../catalogue/catalogue.js';
import { turnsCodesOff, checkDocument } from '../check/document.js';
import { findingOf, type Finding, type Omitted } from '../check/findings.js';
import { maxFileSize } from '../config/limits.js';
import { sniffDialect } from '../dialect/sniff.js';
import { usesAliases } from '../fix/fix.js';
import { locate, place, type Candidate } from '../finalize/place.js';
import { secretScrubber } from '../secrets/mask.js';
import { dialectOverride, overridesFor, severityFor } from '../finalize/severity.js';
import { readDirectives, type Directive } from '../finalize/suppress.js';
import { readInput } from '../io/files.js';
import type { LimitedRead, Oversize } from '../io/read.js';
import { bareDocument, type SpecDocument, type SpecFile } from '../parse/document.js';
import { parseFile } from '../parse/parse.js';
import { decodeUtf8, LineIndex } from '../parse/text.js';
import { DEFAULT_RULESET } from '../../rules/index.js';
import type { LintInput, LintOptions } from '../api/run-options.js';
import { excerptsOf, type Excerpts } from './excerpts.js';
import { contentHash, keepForCache } from '../cache/summary.js';

/** One file, checked and placed, waiting for `finalize`. */
export interface FileOutcome {
  file: string;
  /** False when a walked file turned out not to be a spec: it has no result. */
  linted: boolean;
  candidates: Candidate[];
  omitted: Omitted;
  /** The file's suppression comments. */
  directives: Directive[];
  /** What the checks across files need of each document. */
  summaries: DocSummary[];
  /** With `options.excerpts`: the masked source lines of the candidates and suppression comments. */
  excerpts?: Excerpts;
  /** With `options.keepForCache`: the SHA-256 (hex) of the bytes linted (the head of a file over the size limit). */
  hash?: string;
}

/** Checks one file on its own (the checks across files come later, in `lintAll`). */
export function lintFile(input: LintInput, options: LintOptions): FileOutcome {
  const limit = maxFileSize(options.config);
  const read = readInput(input, limit, options.cwd);
  const outcome = lintRead(input, options, read, limit);
  // The cache keeps the hash of exactly the bytes this outcome is of: read once, here.
  if (options.keepForCache) outcome.hash = contentHash(read.bytes);
  return outcome;
}

function lintRead(input: LintInput, options: LintOptions, read: LimitedRead, limit: number): FileOutcome {
  const forced = options.dialect ?? dialectOverride(input.file, options);
  // A file over the limit is never parsed: only its head was read, to tell whether it is a spec.
  if (read.oversize) return fileTooLarge(input, read.bytes, read.oversize, limit, forced !== undefined);
  const spec = parseFile(input.file, read.bytes);
  const outcome: FileOutcome = { file: input.file, linted: false, candidates: [], omitted: { unknown: 0, other: 0 }, directives: [], summaries: [] };
  // Past the findings budget, a finding is counted only if its code stays on in this file.
  const overrides = turnsCodesOff(options.config) ? overridesFor(input.file, options) : undefined;
  const reported = overrides ? (f: Pick<Finding, 'code' | 'severity'>) => severityFor(f.code, f.severity, input.file, options, overrides) !== 'off' : true;
  const run = { file: input.file, explicit: input.explicit, forced, config: options.config, rules: (options.ruleset ?? DEFAULT_RULESET).rules, reported, offsetOf: (doc: SpecDocument, f: Finding) => locate(doc, f).start };
  // A YAML node that aliases reuse stands for several places: a fix for one would change the others.
  const fixable = spec.format === 'json' || !usesAliases(spec.text);
  // What the checks across files may ask of a document (its body's hash, a line, a place) is kept
  // while it is at hand when the cache asks for it, and for a YAML document with an
  // IdempotentToken, the one kind they compare: parsing YAML again costs more than keeping. A JSON
  // file is read again in the rare case (a reused token), as keeping places would need a scan.
  const keepYaml = spec.format === 'yaml';
  for (const doc of spec.documents) {
    const checked = checkDocument(spec, doc, run);
    if (checked === 'skipped') continue;
    outcome.linted = true;
    outcome.omitted.unknown += checked.sink.omitted.unknown;
    outcome.omitted.other += checked.sink.omitted.other;
    if (checked.summary) outcome.summaries.push(options.keepForCache || (keepYaml && checked.summary.idempotentToken !== undefined) ? keepForCache(checked.summary, doc, spec.lines) : checked.summary);
    // Most documents have no finding: nothing is made for them (an empty array made by `map` has
    // another hidden class than a full one, and V8 threw this function's optimized code away each
    // time one met the other: "wrong map", --trace-deopt).
    const findings = checked.sink.findings;
    if (findings.length === 0) continue;
    const scrub = scrubberOf(spec, doc.index, findings.length);
    for (const f of findings) {
      const c = place(f, input.file, doc, spec.lines, fixable);
      outcome.candidates.push(scrub ? scrub(c) : c);
    }
  }
  if (outcome.linted) outcome.directives = readDirectives(spec);
  if (options.excerpts && outcome.linted) outcome.excerpts = excerptsOf(input.file, read.bytes, spec, [...outcome.candidates.map((c) => c.line), ...outcome.directives.map((d) => d.line)]);
  return outcome;
}

/**
 * What takes out of a document's findings every secret that YAML reuses through an anchor (as
 * another field's value, or as a key) (`secretScrubber`; SPEC clarification 6). Only a YAML file
 * with an anchor can reuse a node.
 */
function scrubberOf(spec: SpecFile, index: number, findings: number): ((c: Candidate) => Candidate) | undefined {
  if (spec.format !== 'yaml' || findings === 0 || !spec.text.includes('&')) return undefined;
  const scrub = secretScrubber(spec.format, spec.text, spec.documents[index]!);
  return scrub && ((c) => ({ ...c, ...scrub(c) }));
}

/**
 * `FileTooLarge` at the file's start (the file stands as an empty document). A walked file is
 * reported only when its head looks like a spec, so a large data file elsewhere in a repository
 * is skipped like any other non-spec.
 */
function fileTooLarge(input: LintInput, head: Uint8Array, oversize: Oversize, limit: number, forced: boolean): FileOutcome {
  const outcome: FileOutcome = { file: input.file, linted: false, candidates: [], omitted: { unknown: 0, other: 0 }, directives: [], summaries: [] };
  if (!input.explicit && !forced && !sniffDialect(decodeUtf8(head).text)) return outcome;
  const size = oversize.exact ? `${oversize.size} bytes` : `more than ${limit} bytes`;
  const start = { start: 0, end: 0 };
  const finding = findingOf(lint('FileTooLarge'), 'file-size', '', lintCode('FileTooLarge').severity, 'container');
  finding.detail = `The file has ${size}; clusterlint reads files of at most ${limit} bytes (maxFileSize in the config).`;
  finding.span = start;
  return { ...outcome, linted: true, candidates: [place(finding, input.file, bareDocument(0, start, undefined), new LineIndex(''))] };
}
