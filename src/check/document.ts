/**
 * The checks of one document: whether it parses, whether its body is an object, which dialect it
 * is (SPEC §1), then the schema pass and the rules. Every check only collects findings (pointers
 * and catalogue entries) into a sink; `finalize` makes them into diagnostics.
 */
import type { DialectName, DocSummary, RuleContext, Rule } from '../api/rule-api.js';
import type { ClusterlintConfig } from '../config/config-types.js';
import { maxFindings } from '../config/limits.js';
import { decideDialect, schemaAtPointer, shapeFailure, type Dialect } from '../dialect/dialect.js';
import { sniffDialect } from '../dialect/sniff.js';
import { syntaxDetail } from '../secrets/mask.js';
import type { SpecDocument, SpecFile } from '../parse/document.js';
import { isObject } from '../parse/pointer.js';
import { FindingSink, type Finding } from './findings.js';
import { integersWrittenAsFloats } from './integers.js';
import { runRules } from './rules.js';
import { checkSchema, type Others } from './schema.js';

/** How one document is checked. */
export interface DocumentRun {
  file: string;
  /** Named on the command line: a document whose dialect cannot be decided is reported, not skipped. */
  explicit: boolean;
  /** `--dialect`, or the dialect a config override gives the file. */
  forced: DialectName | undefined;
  config: ClusterlintConfig;
  rules: readonly Rule[];
  /**
   * Which findings other than unknown keys may be counted past the budget instead of made: all
   * (`true`: the config turns no code off), or those a finding the test keeps would make (their
   * code stays on in this file), so that the count stays exact with any config (issue 15).
   */
  reported: Others;
  /**
   * Where a finding stands in the document's text (the start of the span it is placed at). With
   * it, past the budget only the first findings of no parameter are held (`FindingSink.bound`).
   */
  offsetOf?: (doc: SpecDocument, finding: Finding) => number;
}

/** A checked document: its findings, and what checks across files keep of it. */
export interface CheckedDocument {
  sink: FindingSink;
  summary?: DocSummary;
}

/** Checks one document; 'skipped' when a walked file's document is not a spec. */
export function checkDocument(spec: SpecFile, doc: SpecDocument, run: DocumentRun): CheckedDocument | 'skipped' {
  const { explicit, forced } = run;
  if (doc.syntax) {
    if (!explicit && !forced && !sniffDialect(spec.text)) return 'skipped';
    const sink = new FindingSink(undefined);
    const o = { severity: 'error', target: 'value', span: doc.syntax.span, detail: syntaxDetail(spec.text, spec.format, doc.syntax.span.start, doc.syntax.detail) } as const;
    if (spec.format === 'json') sink.api('json-syntax', 'InvalidJsonFormat', '', o);
    else sink.lint('yaml-syntax', 'InvalidYamlFormat', '', o);
    return { sink };
  }
  const data = doc.data;
  if (!isObject(data)) {
    if (!explicit && !forced) return 'skipped';
    const sink = new FindingSink(undefined);
    const what = data === null || data === undefined ? 'empty' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
    sink.api('http-body', 'InvalidHttpBody', '', { target: 'container', detail: `The document is ${what}; a request body must be an object.` });
    return { sink };
  }
  const dialect = decideDialect(data, forced, spec.modelineSchema);
  if (!dialect) {
    if (!explicit) return 'skipped';
    const sink = new FindingSink(undefined);
    sink.lint('dialect', 'UnknownDialect', '', {
      target: 'container',
      detail: `${shapeFailure(Object.keys(data))} If it is a spec, name the dialect with --dialect, a config override, or a $schema reference to one of the clusterlint schemas.`,
    });
    return { sink };
  }
  const sink = new FindingSink(dialect);
  // A `%YAML 1.1` directive: read as YAML 1.2 all the same, and said so (README "Decisions").
  if (doc.versionDirective) {
    const { severity, span, detail } = doc.versionDirective;
    sink.lint('yaml-version', 'InvalidYamlFormat', '', { severity, target: 'value', span, detail });
  }
  const source = (pointer: string) => {
    const loc = doc.loc(pointer);
    return loc ? spec.text.slice(loc.value.start, loc.value.end) : undefined;
  };
  // Twice the findings limit: enough for the first findings in file order whatever else is
  // reported. Other findings than unknown keys are counted as they would be reported
  // (`run.reported`), so the count stays exact.
  sink.omitted = checkSchema(dialect, data, sink, 2 * maxFindings(run.config), doc, source, run.reported);
  // The rules' findings of no parameter under the same budget (a key written 60,000 times).
  const { offsetOf, reported } = run;
  if (offsetOf && reported !== false) sink.bound({ budget: 2 * maxFindings(run.config), offsetOf: (f) => offsetOf(doc, f), reported });
  runRules(run.rules, ruleContext(dialect, doc, data, spec, run.config, sink, source), sink);
  return { sink, summary: summarize(run.file, doc.index, dialect, data) };
}

function ruleContext(dialect: Dialect, doc: SpecDocument, data: Record<string, unknown>, spec: SpecFile, config: ClusterlintConfig, sink: FindingSink, source: (pointer: string) => string | undefined): RuleContext {
  return {
    dialect: dialect.name,
    document: doc,
    data,
    config,
    report: sink.reporter(''),
    schema: (pointer) => schemaAtPointer(dialect, pointer),
    lineOf: (offset) => spec.lines.position(offset).line,
    source,
    integersWrittenAsFloats: () => integersWrittenAsFloats(dialect, doc),
  };
}

/** Whether the config turns any code off (at the top or in an override). */
export function turnsCodesOff(config: ClusterlintConfig): boolean {
  return Object.values(config.severity ?? {}).includes('off') || (config.overrides ?? []).some((o) => Object.values(o.severity ?? {}).includes('off'));
}

/** What checks across files keep of a document: its place, dialect and token (its body is hashed later, if ever). */
function summarize(file: string, document: number, dialect: Dialect, data: Record<string, unknown>): DocSummary {
  const token = data.IdempotentToken;
  if (typeof token !== 'string') return { file, document, dialect: dialect.name };
  // A copy of the token: a YAML scalar is a slice of the file's text, and V8 keeps the whole text
  // alive for as long as a slice of it lives (summaries live until the end of the run: 3 MB of
  // the 13 MB the outcomes of the 10,000 YAML specs of the bench held).
  return { file, document, dialect: dialect.name, idempotentToken: (' ' + token).slice(1) };
}
