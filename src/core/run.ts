/**
 * The engine: for each document, syntax → body → dialect → schema → rules, through one
 * `FindingSink`; then one finding per parameter, severities from config, positions, sorting.
 * Checks across files run last, over small summaries (never whole documents).
 */
import { apiRow, lint, lintCode } from '../catalogue.js';
import { fileResult, sortDiagnostics, type Diagnostic, type FileResult } from '../diagnostic.js';
import { createHash } from 'node:crypto';
import type { DialectName, DocSummary, RuleContext } from '../rule-api.js';
import { CROSS_FILE_RULES, RULES } from '../../rules/index.js';
import type { ClusterlintConfig } from './config-types.js';
import { decideDialect, dialectByShape, dialectOfSchemaRef, DIALECTS, schemaAt, type Dialect } from './dialect.js';
import type { SpecDocument, SpecFile } from './document.js';
import { DEFAULT_MAX_FILE_SIZE, SNIFF_BYTES } from './limits.js';
import { parseFile } from './parse.js';
import { isObject, setOwn, tokens } from './pointer.js';
import { firstPerParameter, FindingSink, toDiagnostic, type Finding } from './report.js';
import { checkSchema } from './schema.js';
import { severityFor, dialectOverride } from './severity.js';
import { decodeUtf8 } from './text.js';

/** One file to lint. */
export interface LintInput {
  /** The path as given or found, with `/` separators. */
  file: string;
  bytes: Uint8Array;
  /** Named on the command line (or stdin): an undecidable dialect is an error rather than a skip. */
  explicit: boolean;
  /**
   * Set when the file is larger than the size limit and only its head was read into `bytes`:
   * its size in bytes, `exact` when known (a regular file) rather than a lower bound (a stream).
   */
  oversize?: { size: number; exact: boolean };
}

/** Settings of one run. */
export interface LintOptions {
  config: ClusterlintConfig;
  /** `--dialect`. */
  dialect?: DialectName;
  /** The directory config globs are relative to. */
  baseDir: string;
}

/** One file's findings, and what the checks across files need from it. */
export interface FileOutcome {
  /** Undefined when a walked file turned out not to be a spec. */
  result: FileResult | undefined;
  summaries: DocSummary[];
  /** Places a finding of a check across files in this file. */
  place(finding: Finding, document: number): Diagnostic;
  /** The 1-based line of the node at a pointer in one document of this file. */
  lineOf(document: number, pointer: string): number;
}

/** Lints one file on its own (no checks across files). */
export function lintFile(input: LintInput, options: LintOptions): FileOutcome {
  const limit = options.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const oversize = input.oversize ?? (input.bytes.length > limit ? { size: input.bytes.length, exact: true } : undefined);
  // A file over the limit is never parsed: it stands as an empty file holding one finding.
  const spec = parseFile(input.file, oversize ? new Uint8Array(0) : input.bytes);
  const forced = options.dialect ?? dialectOverride(input.file, options);
  const diagnostics: Diagnostic[] = [];
  const summaries: DocSummary[] = [];
  let linted = false;
  for (const doc of spec.documents) {
    const sink = new FindingSink(undefined);
    const outcome = oversize
      ? fileTooLarge(input, oversize, limit, forced, sink)
      : lintDocument(spec, doc, input, forced, options, sink, summaries);
    if (outcome === 'skipped') continue;
    linted = true;
    for (const f of firstPerParameter(outcome.findings)) {
      const severity = severityFor(f.code, f.severity, input.file, options);
      if (severity === 'off') continue;
      diagnostics.push(toDiagnostic({ ...f, severity }, input.file, doc, spec.lines));
    }
  }
  return {
    result: linted ? fileResult(input.file, sortDiagnostics(diagnostics)) : undefined,
    summaries,
    place: (finding, index) => toDiagnostic(finding, input.file, spec.documents[index]!, spec.lines),
    lineOf: (index, pointer) => {
      const doc = spec.documents[index]!;
      return spec.lines.position((doc.loc(pointer) ?? { value: doc.start }).value.start).line;
    },
  };
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
    sink.push({ ...entry, severity: 'error', rule: `${spec.format}-syntax`, pointer: '', target: 'value', span: doc.syntax.span, detail: doc.syntax.detail });
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
      detail: 'Name the dialect with --dialect, a config override, or a $schema reference to one of the clusterlint schemas.',
    });
    return sink;
  }
  const typed = new FindingSink(dialect);
  checkSchema(dialect, data, typed);
  const context: Omit<RuleContext, 'report'> = {
    dialect: dialect.name,
    document: doc,
    data,
    config: options.config,
    schema: (pointer) => schemaAt(dialect, tokens(pointer)),
    lineOf: (offset) => spec.lines.position(offset).line,
  };
  for (const rule of RULES) {
    if (rule.dialect !== 'any' && rule.dialect !== dialect.name) continue;
    rule.check({ ...context, report: typed.reporter(rule.id) });
  }
  summaries.push(summarize(input.file, doc.index, dialect, data));
  return typed;
}

/**
 * `FileTooLarge` at the file's start. A walked file is reported only when its head looks like a
 * spec, so a large data file elsewhere in a repository is skipped like any other non-spec.
 */
function fileTooLarge(input: LintInput, oversize: { size: number; exact: boolean }, limit: number, forced: DialectName | undefined, sink: FindingSink): FindingSink | 'skipped' {
  if (!input.explicit && !forced && !sniffDialect(decodeUtf8(input.bytes.subarray(0, SNIFF_BYTES)).text)) return 'skipped';
  const size = oversize.exact ? `${oversize.size} bytes` : `more than ${limit} bytes`;
  sink.push({
    ...lint('FileTooLarge'),
    severity: lintCode('FileTooLarge').severity,
    rule: 'file-size',
    pointer: '',
    target: 'container',
    span: { start: 0, end: 0 },
    detail: `The file has ${size}; clusterlint reads files of at most ${limit} bytes (maxFileSize in the config).`,
  });
  return sink;
}

/** For a walked file that does not parse: does its text look like a spec of some dialect? */
function sniffDialect(text: string): Dialect | undefined {
  const schema = /[\w.-]+\.schema\.json/.exec(text);
  if (schema) {
    const d = dialectOfSchemaRef(schema[0]);
    if (d) return d;
  }
  const keys = new Set<string>();
  // Keys that start a line (YAML, JSON written one member a line) or quoted anywhere (minified JSON).
  for (const m of text.matchAll(/^[ \t{,]*["']?([A-Za-z_]+)["']?[ \t]*:|"([A-Za-z_]+)"[ \t]*:/gm)) keys.add(m[1] ?? m[2]!);
  return dialectByShape([...keys]);
}

/** What checks across files keep of a document: its place, dialect, token and a hash of its body. */
function summarize(file: string, document: number, dialect: Dialect, data: Record<string, unknown>): DocSummary {
  const token = data.IdempotentToken;
  if (typeof token !== 'string') return { file, document, dialect: dialect.name };
  return { file, document, dialect: dialect.name, idempotentToken: token, bodyHash: hashBody(data) };
}

/**
 * A hash of a body as data: keys sorted, `IdempotentToken` and `$schema` left out. Every key is
 * copied as an own property (`__proto__` too, so it is compared rather than dropped); the
 * recursion is bounded because the parsers reject documents nested deeper than `MAX_DEPTH`.
 */
function hashBody(data: Record<string, unknown>): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (!isObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      if (value === data && (k === 'IdempotentToken' || k === '$schema')) continue;
      setOwn(out, k, canonical(value[k]));
    }
    return out;
  };
  return createHash('sha256').update(JSON.stringify(canonical(data))).digest('hex');
}

/**
 * Lints a set of files: each on its own, then the checks across files in sorted path order
 * (SPEC §4), so the result never depends on the order in which files were named.
 */
export function lintAll(inputs: LintInput[], options: LintOptions): FileResult[] {
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const outcomes = sorted.map((input) => lintFile(input, options));
  const byFile = new Map(outcomes.map((o, i) => [sorted[i]!.file, o]));
  const summaries = outcomes.flatMap((o) => o.summaries);
  const sinks = new Map<DocSummary, FindingSink>();
  for (const rule of CROSS_FILE_RULES) {
    rule.check({
      summaries,
      config: options.config,
      report: (summary) => {
        let sink = sinks.get(summary);
        if (!sink) sinks.set(summary, (sink = new FindingSink(DIALECTS[summary.dialect])));
        return sink.reporter(rule.id);
      },
      lineOf: (summary, pointer) => byFile.get(summary.file)!.lineOf(summary.document, pointer),
    });
  }
  const extra = new Map<string, Diagnostic[]>();
  for (const [summary, sink] of sinks) {
    for (const finding of sink.findings) {
      const severity = severityFor(finding.code, finding.severity, summary.file, options);
      if (severity === 'off') continue;
      const d = byFile.get(summary.file)!.place({ ...finding, severity }, summary.document);
      const list = extra.get(summary.file);
      if (list) list.push(d);
      else extra.set(summary.file, [d]);
    }
  }
  const results: FileResult[] = [];
  for (const o of outcomes) {
    if (!o.result) continue;
    const added = extra.get(o.result.file);
    results.push(added ? fileResult(o.result.file, sortDiagnostics([...o.result.diagnostics, ...added])) : o.result);
  }
  return results;
}
