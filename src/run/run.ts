/**
 * The engine: for each document, syntax → body → dialect → schema → rules, through one
 * `FindingSink`; then one finding per parameter, severities from config, positions, sorting.
 * Checks across files run last, over small summaries (never whole documents).
 *
 * Memory stays flat however many files a run has: a file is read, parsed, linted and dropped
 * before the next one (`lintFile` returns plain data: its result and its summaries). The few
 * files that a check across files reports on are read and parsed again to place the finding.
 */
import { apiRow, lint, lintCode } from '../catalogue/catalogue.js';
import { fileResult, sortDiagnostics, type Diagnostic, type FileResult } from '../api/diagnostic.js';
import type * as Crypto from 'node:crypto';
import type { DialectName, DocSummary, RuleContext, Ruleset } from '../api/rule-api.js';
import { DEFAULT_RULESET } from '../../rules/index.js';
import type { ClusterlintConfig } from '../config/config-types.js';
import { decideDialect, DIALECTS, schemaAtPointer, shapeFailure, type Dialect } from '../dialect/dialect.js';
import { bareDocument, type SpecDocument, type SpecFile } from '../parse/document.js';
import { readInput } from '../io/files.js';
import { maxFileSize, maxFindings } from '../config/limits.js';
import { parseFile } from '../parse/parse.js';
import type { Oversize } from '../io/read.js';
import { isObject } from '../parse/pointer.js';
import { usesAliases } from '../fix/fix.js';
import { firstPerParameter, FindingSink, locate, toDiagnostic, type Finding } from '../check/findings.js';
import { checkSchema } from '../check/schema.js';
import { secretScrubber, syntaxDetail } from '../finalize/secrets.js';
import { sniffDialect } from '../dialect/sniff.js';
import { severityFor, dialectOverride, overridesFor } from '../finalize/severity.js';
import { applySuppressions, readDirectives, type Directive } from '../finalize/suppress.js';
import { decodeUtf8, LineIndex } from '../parse/text.js';
import { builtin } from '../io/vendor.js';
import { steerHeap } from './heap.js';

/** One file to lint. */
export interface LintInput {
  /** The path as given or found, with `/` separators. */
  file: string;
  /** The content, when it is already in memory (stdin, tests); otherwise the file is read when linted. */
  bytes?: Uint8Array;
  /** Where to read the file when `bytes` is not given, relative to the run's `cwd`; `file` when absent. */
  path?: string;
  /**
   * What the path named when it was found: a regular file (read without being measured first);
   * anything else is measured as it is read. A named pipe comes with its `bytes`, read once.
   */
  kind?: 'file';
  /** Named on the command line (or stdin): an undecidable dialect is an error rather than a skip. */
  explicit: boolean;
  /** Set when standard input was longer than the size limit and only its head is in `bytes`. */
  oversize?: Oversize;
}

/** Settings of one run. */
export interface LintOptions {
  config: ClusterlintConfig;
  /** `--dialect`. */
  dialect?: DialectName;
  /** The directory config globs are relative to. */
  baseDir: string;
  /** The directory the files' paths are relative to: the run's, which need not be the process's. */
  cwd: string;
  /** The rules to apply (default: every rule). Only the default crosses to worker threads. */
  ruleset?: Ruleset;
}

/**
 * One file's findings, and what the checks across files need from it: plain data (no parsed
 * document), so it can be kept for every file of a run and sent between threads.
 */
export interface FileOutcome {
  /** Undefined when a walked file turned out not to be a spec. */
  result: FileResult | undefined;
  summaries: DocSummary[];
  /** The file's suppression comments, applied once the checks across files have added theirs. */
  directives?: Directive[];
}

/** Files larger than this (1 MiB) steer the heap: a spec is a few kilobytes. */
const LARGE_FILE = 1024 * 1024;

/** Lints one file on its own (no checks across files). */
export function lintFile(input: LintInput, options: LintOptions): FileOutcome {
  const limit = maxFileSize(options.config);
  const read = readInput(input, limit, options.cwd);
  // A large file steers the heap (heap.ts) for the rest of the run: left to itself, V8 let the
  // garbage of a hostile 10 MiB file take the process past 350 MB before collecting (issue 15).
  if (read.bytes.length > LARGE_FILE) steerHeap();
  const forced = options.dialect ?? dialectOverride(input.file, options);
  // A file over the limit is never parsed: only its head was read, to tell whether it is a spec.
  if (read.oversize) return fileTooLarge(input, read.bytes, read.oversize, limit, forced, options);
  const spec = parseFile(input.file, read.bytes);
  const kept: Array<{ finding: Finding; doc: SpecDocument }> = [];
  const summaries: DocSummary[] = [];
  let linted = false;
  // Findings counted but not made (`checkSchema`'s budget): unknown keys, and the others.
  let omitted = 0;
  let others = 0;
  for (const doc of spec.documents) {
    const sink = new FindingSink(undefined);
    const outcome = lintDocument(spec, doc, input, forced, options, sink, summaries);
    if (outcome === 'skipped') continue;
    linted = true;
    omitted += outcome.omitted.unknown;
    others += outcome.omitted.other;
    for (const f of firstPerParameter(outcome.findings)) {
      const severity = severityFor(f.code, f.severity, input.file, options);
      if (severity !== 'off') kept.push({ finding: severity === f.severity ? f : { ...f, severity }, doc });
    }
  }
  if (!linted) return { result: undefined, summaries };
  // They count only when unknown keys are reported at all (asked only then: it matches globs).
  if (omitted > 0 && severityFor('UnknownParameter', lintCode('UnknownParameter').severity, input.file, options) === 'off') omitted = 0;
  omitted += others;
  const most = maxFindings(options.config);
  // A YAML node that aliases reuse stands for several places: a fix for one would change the others.
  const fixable = spec.format === 'json' || !usesAliases(spec.text);
  const diagnostics = kept.length + omitted > most ? firstFindings(kept, most, omitted, input, spec, options, fixable) : kept.map(({ finding, doc }) => toDiagnostic(finding, input.file, doc, spec.lines, fixable));
  const directives = readDirectives(spec);
  return { result: fileResult(input.file, sortDiagnostics(withoutReusedSecrets(diagnostics, spec))), summaries, ...(directives.length ? { directives } : {}) };
}

/**
 * The diagnostics with every secret that YAML reuses through an anchor (as another field's value,
 * or as a key) elided from their texts and pointers (`secretScrubber`; SPEC clarification 6).
 * Only a YAML file with an anchor can reuse a node: others are returned as they are.
 */
function withoutReusedSecrets(diagnostics: Diagnostic[], spec: SpecFile): Diagnostic[] {
  if (spec.format !== 'yaml' || diagnostics.length === 0 || !spec.text.includes('&')) return diagnostics;
  const scrubbers = new Map<number, ((d: Diagnostic) => Diagnostic) | undefined>();
  return diagnostics.map((d) => {
    if (!scrubbers.has(d.document)) {
      const doc = spec.documents[d.document];
      scrubbers.set(d.document, doc && secretScrubber(spec.format, spec.text, doc));
    }
    const scrub = scrubbers.get(d.document);
    return scrub ? scrub(d) : d;
  });
}

/**
 * The first `limit` findings of a file in file order, and `TooManyFindings` where the first one
 * left out stands (README "Security"): a file can hold hundreds of thousands of findings (one per
 * unknown key), and positions and messages are made only for those reported.
 */
function firstFindings(kept: Array<{ finding: Finding; doc: SpecDocument }>, limit: number, omitted: number, input: LintInput, spec: SpecFile, options: LintOptions, fixable: boolean): Diagnostic[] {
  const placed = kept.map((k) => ({ ...k, span: locate(k.doc, k.finding) }));
  placed.sort((a, b) => a.doc.index - b.doc.index || a.span.start - b.span.start);
  const diagnostics = placed.slice(0, limit).map(({ finding, doc, span }) => toDiagnostic({ ...finding, span }, input.file, doc, spec.lines, fixable));
  const severity = severityFor('TooManyFindings', lintCode('TooManyFindings').severity, input.file, options);
  if (severity === 'off') return diagnostics;
  const first = placed[limit]!;
  // The unknown keys only counted all stand after those made into findings.
  const more = placed.length + omitted - limit;
  const finding: Finding = {
    ...lint('TooManyFindings'),
    severity,
    rule: 'findings-limit',
    pointer: first.finding.pointer,
    target: 'value',
    span: first.span,
    detail: `${more} more finding${more === 1 ? '' : 's'} from here on ${more === 1 ? 'is' : 'are'} not shown; clusterlint reports at most ${limit} per file (maxFindingsPerFile in the config).`,
  };
  diagnostics.push(toDiagnostic(finding, input.file, first.doc, spec.lines));
  return diagnostics;
}

function lintDocument(
  spec: SpecFile,
  doc: SpecDocument,
  input: LintInput,
  forced: DialectName | undefined,
  options: LintOptions,
  sink: FindingSink,
  summaries: DocSummary[],
): FindingSink | 'skipped' {
  if (doc.syntax) {
    if (!input.explicit && !forced && !sniffDialect(spec.text)) return 'skipped';
    const code = spec.format === 'json' ? 'InvalidJsonFormat' : 'InvalidYamlFormat';
    const entry = code === 'InvalidJsonFormat' ? apiRow(code) : lint(code);
    sink.push({ ...entry, severity: 'error', rule: `${spec.format}-syntax`, pointer: '', target: 'value', span: doc.syntax.span, detail: syntaxDetail(spec.text, spec.format, doc.syntax.span.start, doc.syntax.detail) });
    return sink;
  }
  const data = doc.data;
  if (!isObject(data)) {
    if (!input.explicit && !forced) return 'skipped';
    const what = data === null || data === undefined ? 'empty' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
    sink.push({ ...apiRow('InvalidHttpBody'), severity: 'error', rule: 'http-body', pointer: '', target: 'container', detail: `The document is ${what}; a request body must be an object.` });
    return sink;
  }
  const dialect = decideDialect(data, forced, spec.modelineSchema);
  if (!dialect) {
    if (!input.explicit) return 'skipped';
    sink.push({
      ...lint('UnknownDialect'),
      severity: lintCode('UnknownDialect').severity,
      rule: 'dialect',
      pointer: '',
      target: 'container',
      detail: `${shapeFailure(Object.keys(data))} If it is a spec, name the dialect with --dialect, a config override, or a $schema reference to one of the clusterlint schemas.`,
    });
    return sink;
  }
  const typed = new FindingSink(dialect);
  // A `%YAML 1.1` directive: read as YAML 1.2 all the same, and said so (README "Decisions").
  if (doc.versionDirective) {
    typed.push({ ...lint('InvalidYamlFormat'), severity: doc.versionDirective.severity, rule: 'yaml-version', pointer: '', target: 'value', span: doc.versionDirective.span, detail: doc.versionDirective.detail });
  }
  // Twice the findings limit of unknown keys: enough for the first findings in file order
  // whatever else is reported.
  const source = (pointer: string) => {
    const loc = doc.loc(pointer);
    return loc ? spec.text.slice(loc.value.start, loc.value.end) : undefined;
  };
  // Other findings are counted as they would be reported: all of them where no severity setting
  // could turn a code off, else those whose code stays on in this file (issue 15: the bound holds
  // with any config, and the count stays exact).
  const overrides = turnsCodesOff(options) ? overridesFor(input.file, options) : undefined;
  typed.omitted = checkSchema(dialect, data, typed, 2 * maxFindings(options.config), doc, source, overrides ? (f) => severityFor(f.code, f.severity, input.file, options, overrides) !== 'off' : true);
  // One context for all rules, its reporter swapped per rule (rules run one after another and
  // keep nothing), rather than a copy of the context per rule and document.
  const context: RuleContext = {
    dialect: dialect.name,
    document: doc,
    data,
    config: options.config,
    report: typed.reporter(''),
    schema: (pointer) => schemaAtPointer(dialect, pointer),
    lineOf: (offset) => spec.lines.position(offset).line,
    source,
  };
  for (const rule of (options.ruleset ?? DEFAULT_RULESET).rules) {
    if (rule.dialect !== 'any' && rule.dialect !== dialect.name) continue;
    context.report = typed.reporter(rule.id);
    rule.check(context);
  }
  summaries.push(summarize(input.file, doc.index, dialect, data));
  return typed;
}

/** Whether the config turns any code off (at the top or in an override). */
function turnsCodesOff(options: LintOptions): boolean {
  const c = options.config;
  return Object.values(c.severity ?? {}).includes('off') || (c.overrides ?? []).some((o) => Object.values(o.severity ?? {}).includes('off'));
}

/**
 * `FileTooLarge` at the file's start (the file stands as an empty document). A walked file is
 * reported only when its head looks like a spec, so a large data file elsewhere in a repository
 * is skipped like any other non-spec.
 */
function fileTooLarge(input: LintInput, head: Uint8Array, oversize: Oversize, limit: number, forced: DialectName | undefined, options: LintOptions): FileOutcome {
  if (!input.explicit && !forced && !sniffDialect(decodeUtf8(head).text)) return { result: undefined, summaries: [] };
  const severity = severityFor('FileTooLarge', lintCode('FileTooLarge').severity, input.file, options);
  if (severity === 'off') return { result: fileResult(input.file, []), summaries: [] };
  const size = oversize.exact ? `${oversize.size} bytes` : `more than ${limit} bytes`;
  const start = { start: 0, end: 0 };
  const finding: Finding = {
    ...lint('FileTooLarge'),
    severity,
    rule: 'file-size',
    pointer: '',
    target: 'container',
    span: start,
    detail: `The file has ${size}; clusterlint reads files of at most ${limit} bytes (maxFileSize in the config).`,
  };
  return { result: fileResult(input.file, [toDiagnostic(finding, input.file, bareDocument(0, start, undefined), new LineIndex(''))]), summaries: [] };
}

/**
 * Whether a file's bytes hold a spec of some dialect, judged as a directory walk judges a file (no
 * `--dialect`, no override): a `$schema` reference or the shape of a document's keys; for text
 * that does not parse (or only the head of a file over the size limit), the keys it seems to have.
 */
export function holdsSpec(file: string, bytes: Uint8Array, head = false): boolean {
  if (head) return sniffDialect(decodeUtf8(bytes).text) !== undefined;
  const spec = parseFile(file, bytes);
  return spec.documents.some((doc) =>
    doc.syntax ? sniffDialect(spec.text) !== undefined : isObject(doc.data) && decideDialect(doc.data, undefined, spec.modelineSchema) !== undefined,
  );
}

/** What checks across files keep of a document: its place, dialect and token (its body is hashed later, if ever). */
function summarize(file: string, document: number, dialect: Dialect, data: Record<string, unknown>): DocSummary {
  const token = data.IdempotentToken;
  if (typeof token !== 'string') return { file, document, dialect: dialect.name };
  return { file, document, dialect: dialect.name, idempotentToken: token };
}

/**
 * A hash of a body as data: keys sorted, `IdempotentToken` and `$schema` left out. Every own key
 * counts, `__proto__` too (it is written as text, never assigned to an object).
 */
function hashBody(data: Record<string, unknown>): string {
  const top = Object.keys(data)
    .filter((k) => k !== 'IdempotentToken' && k !== '$schema')
    .sort();
  return builtin<typeof Crypto>('node:crypto').createHash('sha256').update(canonicalJson(data, top)).digest('hex');
}

/**
 * The JSON text of a value with every object's keys sorted (`keys` for the root), written
 * straight into one string. Iterative, so a deeply nested body cannot exhaust the call stack:
 * the stack holds values to write and, flagged in `literal`, pieces of text (brackets, keys).
 */
function canonicalJson(root: Record<string, unknown>, keys: string[]): string {
  let out = '';
  const items: unknown[] = [root];
  const literal: boolean[] = [false];
  const push = (item: unknown, text: boolean) => {
    items.push(item);
    literal.push(text);
  };
  let rootKeys: string[] | undefined = keys;
  while (items.length) {
    const v = items.pop();
    if (literal.pop()) {
      out += v as string;
    } else if (Array.isArray(v)) {
      push(']', true);
      for (let i = v.length - 1; i >= 0; i--) {
        push(v[i], false);
        if (i > 0) push(',', true);
      }
      out += '[';
    } else if (isObject(v)) {
      const names = rootKeys ?? Object.keys(v).sort();
      rootKeys = undefined;
      push('}', true);
      for (let i = names.length - 1; i >= 0; i--) {
        push(v[names[i]!], false);
        push(`${i > 0 ? ',' : ''}${JSON.stringify(names[i])}:`, true);
      }
      out += '{';
    } else out += JSON.stringify(v) ?? 'null';
  }
  return out;
}

/** Lints each file on its own and returns the outcomes in the same order. */
export type LintEach = (inputs: readonly LintInput[], options: LintOptions) => FileOutcome[];

/** One file after another on this thread. */
export const lintInTurn: LintEach = (inputs, options) => inputs.map((input) => lintFile(input, options));

/** Orders inputs by path (SPEC §4: checks across files run in sorted path order). */
export function sortInputs(inputs: readonly LintInput[]): LintInput[] {
  return [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Lints a set of files: each on its own (`each`: in turn, or spread over worker threads), then the
 * checks across files in sorted path order (SPEC §4), so the result never depends on the order
 * in which files were named or on how the work was spread.
 */
export function lintAll(inputs: LintInput[], options: LintOptions, each: LintEach = lintInTurn): FileResult[] {
  const sorted = sortInputs(inputs);
  const outcomes = each(sorted, options);
  const extra = acrossFiles(sorted, outcomes.flatMap((o) => o.summaries), options);
  const results: FileResult[] = [];
  for (const o of outcomes) {
    if (!o.result) continue;
    const added = extra.get(o.result.file);
    const result = added ? fileResult(o.result.file, sortDiagnostics([...o.result.diagnostics, ...added])) : o.result;
    results.push(applySuppressions(result, o.directives ?? [], options));
  }
  return results;
}

/** How many parsed files the checks across files keep at a time. */
const RECENT_FILES = 4;

/** The findings of the checks across files, placed, by file. */
function acrossFiles(sorted: readonly LintInput[], summaries: readonly DocSummary[], options: LintOptions): Map<string, Diagnostic[]> {
  const byFile = new Map(sorted.map((input) => [input.file, input]));
  // The file a finding is placed in, or whose body is hashed, is parsed again. The last few are
  // kept: a reused token asks for its own file and for the earlier one, in turn.
  const recent = new Map<string, SpecFile>();
  const specOf = (file: string): SpecFile => {
    let spec = recent.get(file);
    if (spec) {
      recent.delete(file);
    } else {
      spec = parseFile(file, readInput(byFile.get(file)!, maxFileSize(options.config), options.cwd).bytes);
      if (recent.size >= RECENT_FILES) recent.delete(recent.keys().next().value!);
    }
    recent.set(file, spec); // the most recently used last
    return spec;
  };
  const sinks = new Map<DocSummary, FindingSink>();
  const hashes = new Map<DocSummary, string>();
  for (const rule of (options.ruleset ?? DEFAULT_RULESET).crossFile) {
    rule.check({
      summaries,
      config: options.config,
      report: (summary) => {
        let sink = sinks.get(summary);
        if (!sink) sinks.set(summary, (sink = new FindingSink(DIALECTS[summary.dialect])));
        return sink.reporter(rule.id);
      },
      lineOf: (summary, pointer) => {
        const spec = specOf(summary.file);
        const doc = spec.documents[summary.document]!;
        return spec.lines.position((doc.loc(pointer) ?? { value: doc.start }).value.start).line;
      },
      bodyHash: (summary) => {
        let hash = hashes.get(summary);
        if (hash === undefined) {
          hash = hashBody(specOf(summary.file).documents[summary.document]!.data as Record<string, unknown>);
          hashes.set(summary, hash);
        }
        return hash;
      },
    });
  }
  const extra = new Map<string, Diagnostic[]>();
  for (const [summary, sink] of sinks) {
    for (const finding of sink.findings) {
      const severity = severityFor(finding.code, finding.severity, summary.file, options);
      if (severity === 'off') continue;
      const spec = specOf(summary.file);
      const d = toDiagnostic({ ...finding, severity }, summary.file, spec.documents[summary.document]!, spec.lines);
      // Pushed, not copied: one file can hold thousands of documents, each with a finding.
      const list = extra.get(summary.file);
      if (list) list.push(d);
      else extra.set(summary.file, [d]);
    }
  }
  return extra;
}
