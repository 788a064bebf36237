/**
 * The one pipe every finding goes through: a pointer and a catalogue entry in, a positioned
 * diagnostic out. Resolves `{Parameter}` from the schema, applies "one finding per parameter"
 * (SPEC §2) and turns pointers into lines and columns.
 */
import { CHECK_RANK, apiRow, invalid, lint, lintCode, missing, template, type CheckKind, type Resolved, type Severity } from '../catalogue/catalogue.js';
import type { Diagnostic } from '../api/diagnostic.js';
import type { ReportOptions, Reporter, Target } from '../api/rule-api.js';
import { schemaAtPointer, type Dialect } from '../dialect/dialect.js';
import type { SpecDocument } from '../parse/document.js';
import { cachedTokens, get, parent } from '../parse/pointer.js';
import type { Omitted } from './schema.js';
import type { LineIndex, Span } from '../parse/text.js';
import { fixAt, type FixIntent } from '../fix/fix.js';

/** A finding before it has a position. */
export interface Finding extends Resolved {
  severity: Severity;
  rule: string;
  pointer: string;
  target: Target;
  detail?: string;
  /** An explicit span (syntax errors), used instead of the pointer's location. */
  span?: Span;
  /** For validity checks: the parameter instance and the check's rank ("one finding per parameter"). */
  parameter?: string;
  rank?: number;
  /** What the finding's token should say, when that is certain (SPEC §10). */
  fix?: FixIntent;
}

/** Collects findings for one document of one dialect. */
export class FindingSink {
  readonly findings: Finding[] = [];
  /** Findings counted but not made (see `checkSchema`'s budget): unknown keys, and the others. */
  omitted: Omitted = { unknown: 0, other: 0 };

  constructor(private readonly dialect: Dialect | undefined) {}

  /** A reporter bound to one rule (or schema) id. */
  reporter(rule: string): Reporter {
    return new RuleReporter(this, rule);
  }

  /** A documented row by its exact code (`Reporter.api`). */
  api(rule: string, code: string, pointer: string, o?: ReportOptions & { value?: string | number }): void {
    const entry = apiRow(code, o?.value === undefined ? {} : { value: o.value });
    const kind = code.startsWith('QuotaExhausted.') ? 'quota' : undefined;
    this.push({
      ...entry,
      rule,
      pointer,
      severity: o?.severity ?? 'error',
      target: o?.target ?? 'value',
      ...(o?.detail ? { detail: o.detail } : {}),
      ...(kind ? { parameter: `${pointer}#${this.schemaParameter(pointer)}`, rank: CHECK_RANK.quota } : {}),
    });
  }

  /** A lint-only code (`Reporter.lint`). */
  lint(rule: string, code: string, pointer: string, o?: ReportOptions): void {
    this.push({
      ...lint(code),
      rule,
      pointer,
      severity: o?.severity ?? lintCode(code).severity,
      target: o?.target ?? 'value',
      ...(o?.detail ? { detail: o.detail } : {}),
      ...(o?.span ? { span: o.span } : {}),
      ...(o?.fix ? { fix: o.fix } : {}),
    });
  }

  /** Adds a finding as it is (syntax, body and dialect findings have no schema parameter). */
  push(finding: Finding): void {
    this.findings.push(finding);
  }

  /** `Missing{Parameter}` for the schema parameter at `pointer`. */
  missing(rule: string, pointer: string, o?: ReportOptions): void {
    const { codeParam, messageParam, vars } = this.parameter(pointer);
    this.push({
      ...(this.dialect!.errorTable ? missing(codeParam, vars, messageParam) : template('missing', codeParam, vars, messageParam)),
      rule,
      pointer,
      severity: o?.severity ?? 'error',
      target: 'container',
      ...(o?.detail ? { detail: o.detail } : {}),
      parameter: `${pointer}#${codeParam}`,
      rank: CHECK_RANK.missing,
    });
  }

  /** `Invalid{Parameter}` for one kind of check at `pointer`; `schemaParameter` overrides the schema's name (map keys). */
  invalid(rule: string, pointer: string, kind: CheckKind, o?: ReportOptions, schemaParameter?: string): void {
    const { codeParam, messageParam, vars } = this.parameter(pointer, schemaParameter);
    const target = o?.target ?? 'value';
    this.push({
      ...(this.dialect!.errorTable ? invalid(codeParam, kind, vars, messageParam) : template('invalid', codeParam, vars, messageParam)),
      rule,
      pointer,
      severity: o?.severity ?? 'error',
      target,
      ...(o?.detail ? { detail: o.detail } : {}),
      parameter: `${pointer}#${codeParam}`,
      rank: CHECK_RANK[kind],
      ...(o?.fix ? { fix: o.fix } : {}),
    });
  }

  /** The code spelling of the schema parameter at a pointer, if the schema names one. */
  private schemaParameter(pointer: string): string {
    const p = this.dialect && schemaAtPointer(this.dialect, pointer)?.['x-parameter'];
    return p && this.dialect ? this.dialect.codeName(p) : 'value';
  }

  /** The parameter names (code and message spelling) and `{key}` for a pointer, from the schema. */
  parameter(pointer: string, explicit?: string): { codeParam: string; messageParam: string; vars: { key?: string } } {
    if (!this.dialect) throw new Error('a parameter needs a dialect');
    const path = cachedTokens(pointer);
    const messageParam = explicit ?? schemaAtPointer(this.dialect, pointer)?.['x-parameter'];
    if (!messageParam) throw new Error(`the schema names no parameter at ${pointer || '/'}`);
    const at = messageParam.split('.').indexOf('{key}');
    const vars = at >= 0 && path[at] !== undefined ? { key: path[at]! } : {};
    return { codeParam: this.dialect.codeName(messageParam), messageParam, vars };
  }
}

/** A sink's reporter for one rule: a small object per rule and document, with no closures. */
class RuleReporter implements Reporter {
  constructor(
    private readonly sink: FindingSink,
    private readonly rule: string,
  ) {}

  missing(pointer: string, o?: ReportOptions): void {
    this.sink.missing(this.rule, pointer, o);
  }

  invalid(pointer: string, kind: CheckKind, o?: ReportOptions): void {
    this.sink.invalid(this.rule, pointer, kind, o);
  }

  api(code: string, pointer: string, o?: ReportOptions & { value?: string | number }): void {
    this.sink.api(this.rule, code, pointer, o);
  }

  lint(code: string, pointer: string, o?: ReportOptions): void {
    this.sink.lint(this.rule, code, pointer, o);
  }
}

/**
 * Keeps, for each parameter, only the first failing check in the API's order (type, bounds,
 * format, quota); lint-only findings are all kept (SPEC §2).
 */
export function firstPerParameter(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const best = new Map<string, Finding>();
  for (const f of findings) {
    if (f.parameter === undefined) continue;
    const seen = best.get(f.parameter);
    if (!seen || (f.rank ?? 0) < (seen.rank ?? 0)) best.set(f.parameter, f);
  }
  return findings.filter((f) => f.parameter === undefined || best.get(f.parameter) === f);
}

/** Where a finding points, as a span of the file's text (SPEC §2 "Where a diagnostic points"). */
export function locate(doc: SpecDocument, f: Finding): Span {
  if (f.span) return f.span;
  if (f.target === 'container') return containerSpan(doc, f.rank === CHECK_RANK.missing ? parent(f.pointer) : f.pointer);
  const loc = doc.loc(f.pointer);
  if (!loc) return containerSpan(doc, parent(f.pointer));
  return f.target === 'key' ? (loc.key ?? loc.value) : loc.value;
}

/** An object or array as a whole: the key it stands under, an array element's start, or the root's start. */
function containerSpan(doc: SpecDocument, pointer: string): Span {
  if (pointer === '') return doc.start;
  const loc = doc.loc(pointer);
  if (!loc) return containerSpan(doc, parent(pointer));
  if (Array.isArray(get(doc.data, parent(pointer)))) return loc.head;
  return loc.key ?? loc.head;
}

/**
 * A finding with its position, ready for the formatters; with `fixable` (a file whose tokens each
 * stand for one place: `usesAliases`), its fix when the token is written as the fix expects.
 */
export function toDiagnostic(f: Finding, file: string, doc: SpecDocument, lines: LineIndex, fixable = false): Diagnostic {
  const span = locate(doc, f);
  const r = lines.range(span);
  // A key written twice is no certain rename: the earlier one would stay as it is.
  const twice = f.target === 'key' && doc.duplicates.some((d) => d.pointer === f.pointer);
  const fix = fixable && f.fix && !twice ? fixAt(lines.text, span, f.fix) : undefined;
  return {
    code: f.code,
    message: f.message,
    ...(f.detail ? { detail: f.detail } : {}),
    status: f.status,
    origin: f.origin,
    severity: f.severity,
    rule: f.rule,
    file,
    document: doc.index,
    pointer: f.pointer,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    ...(fix ? { fix } : {}),
  };
}
