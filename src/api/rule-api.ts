/**
 * The rule contract: everything a rule may import. A rule imports this module (and `rules/lib/`)
 * and nothing else of clusterlint: it reads the document's data, reports a JSON Pointer with a
 * catalogue entry, and the engine resolves the code and message and turns the pointer into a
 * position. Rules never print, read files or exit. ARCHITECTURE.md shows where this fits.
 */
import type { CheckKind, Severity } from '../catalogue/catalogue.js';
import type { ClusterlintConfig, DialectName } from '../config/config-types.js';
import type { SchemaNode } from '../dialect/dialect.js';
import type { Duplicate, NodeLoc } from '../parse/document.js';
import type { Span } from '../parse/text.js';
import type { FixIntent } from '../fix/fix.js';
export { get, isObject, parent, tokens, child } from '../parse/pointer.js';
export { exactInteger } from '../fix/fix.js';
export { deref } from '../dialect/dialect.js';
export { closest, isPresent, numberAsWritten, quote } from './helpers.js';
export { isSecretName } from '../secrets/names.js';
export type { CheckKind, ClusterlintConfig, Duplicate, FixIntent, NodeLoc, SchemaNode, Severity, Span };

/** The dialects clusterlint knows (SPEC §1); declared with the config's types, which the library publishes. */
export type { DialectName };

/** Where in the text a finding points (SPEC §2 "Where a diagnostic points"). */
export type Target = 'value' | 'key' | 'container';

/** Options every report accepts. */
export interface ReportOptions {
  /** One sentence about this occurrence (never a secret). */
  detail?: string;
  /** Overrides the default severity of the code for this occurrence. */
  severity?: Severity;
  /** Where to point; each report kind has its own default. */
  target?: Target;
  /**
   * An exact place in the text, for what a pointer cannot name: one occurrence of a key written
   * several times (the pointer leads to the last one). Used instead of `target`.
   */
  span?: Span;
  /** What the token pointed at should say, when that is certain (SPEC §10: `--fix`). */
  fix?: FixIntent;
}

/** The reporting side of a rule's context. */
export interface Reporter {
  /** `Missing{Parameter}` for the parameter at `pointer` (the row when documented, else the template). */
  missing(pointer: string, options?: ReportOptions): void;
  /** `Invalid{Parameter}` for one kind of check on the value at `pointer`. */
  invalid(pointer: string, kind: CheckKind, options?: ReportOptions): void;
  /** A documented row by its exact code (`QuotaExhausted.…`, `IdempotentTokenMismatch`), `{value}` filled. */
  api(code: string, pointer: string, options?: ReportOptions & { value?: string | number }): void;
  /** A lint-only code (SPEC §3). */
  lint(code: string, pointer: string, options?: ReportOptions): void;
}

/** What a rule knows of the document besides its data: where things stand in the text. */
export interface RuleDocument {
  /** 0-based index of the document in its file (YAML streams). */
  index: number;
  /** Every key written twice in one object, in text order. */
  duplicates: readonly Duplicate[];
  /** Where the node at a pointer stands in the text. */
  loc(pointer: string): NodeLoc | undefined;
}

/** Everything a rule may read. */
export interface RuleContext {
  dialect: DialectName;
  document: RuleDocument;
  /** The document's body, known to be an object. */
  data: Record<string, unknown>;
  config: ClusterlintConfig;
  report: Reporter;
  /** The schema node describing the value at a pointer (its type, its `x-` annotations). */
  schema(pointer: string): SchemaNode | undefined;
  /** The 1-based line of an offset, for details that name another place in the file. */
  lineOf(offset: number): number;
  /** The source text of the value at a pointer (the anchored text for an alias), for details that quote what was written. */
  source(pointer: string): string | undefined;
  /**
   * Pointers of the values the schema types as integer that are written as floats (`3.0`, `1e2`,
   * `!!float 2`), in text order.
   */
  integersWrittenAsFloats(): readonly string[];
}

/** A check that a schema cannot say. The id equals the file name under `rules/`. */
export interface Rule {
  id: string;
  dialect: DialectName | 'any';
  /** One sentence: what it checks and which document sets the constraint. */
  docs: string;
  /** The codes it can produce (for the catalogue meta-test and the README). */
  codes: readonly string[];
  check(context: RuleContext): void;
}

/** Declares a rule (an identity function that keeps the type). */
export function defineRule(rule: Rule): Rule {
  return rule;
}


/** What checks across files know of one linted document: never the document itself. */
export interface DocSummary {
  file: string;
  document: number;
  dialect: DialectName;
  /** The top-level IdempotentToken, when it is a string. */
  idempotentToken?: string;
}

/** What a check across files sees: every summary of the run, in sorted path and document order. */
export interface CrossFileContext {
  summaries: readonly DocSummary[];
  config: ClusterlintConfig;
  /** A reporter that places findings in the summarised document. */
  report(summary: DocSummary): Reporter;
  /** The 1-based line of the node at a pointer in a summarised document. */
  lineOf(summary: DocSummary, pointer: string): number;
  /**
   * A hash of a summarised document's body as data (keys sorted; IdempotentToken and $schema left
   * out). Computed on first use by parsing the file again, so only the few documents a check
   * compares pay for it.
   */
  bodyHash(summary: DocSummary): string;
}

/** A check across the files of one run (SPEC §4 "Across the files of one run"). */
export interface CrossFileRule {
  id: string;
  docs: string;
  codes: readonly string[];
  check(context: CrossFileContext): void;
}

/** Declares a check across files. */
export function defineCrossFileRule(rule: CrossFileRule): CrossFileRule {
  return rule;
}

/** The rules a run applies: plain data handed to the engine, so any subset can run alone. */
export interface Ruleset {
  /** Rules that look at one document, in the order they run. */
  rules: readonly Rule[];
  /** Rules that look across the files of a run. */
  crossFile: readonly CrossFileRule[];
}
