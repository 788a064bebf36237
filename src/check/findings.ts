/**
 * Where the checks collect their findings: a pointer and a catalogue entry in, the code and
 * message resolved (`{Parameter}` from the schema). Positions, severities and "one finding per
 * parameter" come later, in `finalize`.
 */
import { CHECK_RANK, apiRow, codeOnly, invalid, lint, lintCode, missing, template, type CheckKind, type Resolved, type Severity } from '../catalogue/catalogue.js';
import type { ReportOptions, Reporter, Target } from '../api/rule-api.js';
import { schemaAtPointer, type Dialect } from '../dialect/dialect.js';
import { cachedTokens } from '../parse/pointer.js';
import type { Span } from '../parse/text.js';
import type { FixIntent } from '../fix/fix.js';

/** What `checkSchema` counted instead of reporting (see its budget). */
export interface Omitted {
  /** Unknown keys: each would be one `UnknownParameter` finding. */
  unknown: number;
  /** Other parameters with an error: each would be one finding of its own code. */
  other: number;
}

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

/**
 * How a sink holds the findings of no parameter (lint-only codes: `DuplicateKey`, a rule's
 * `UnknownParameter`…) past a budget: where each stands in the text, and which ones count
 * (`true`: all; else those whose code the config leaves on, the others being dropped by `finalize`).
 */
export interface SinkBudget {
  budget: number;
  offsetOf: (finding: Finding) => number;
  reported: true | ((finding: Finding) => boolean);
}

/**
 * A finding's first fields, written out; the optional ones are then set in their order. Not
 * `{ ...entry, rule, … }`: on Node 20 (V8 11.3) each key written after a spread takes a slow path,
 * ~1.5 µs a key (a microbenchmark: 4.9 µs for three keys, 0.05 µs for the same object written out;
 * V8 issue 11536), which every finding paid at several steps (issue 17).
 */
export function findingOf(entry: Resolved, rule: string, pointer: string, severity: Severity, target: Target): Finding {
  return { code: entry.code, message: entry.message, status: entry.status, origin: entry.origin, rule, pointer, severity, target };
}

/** Collects findings for one document of one dialect. */
export class FindingSink {
  readonly findings: Finding[] = [];
  /** Findings counted but not made (see `checkSchema`'s budget): unknown keys, and the others. */
  omitted: Omitted = { unknown: 0, other: 0 };
  private limit: SinkBudget | undefined;
  /** Findings of no parameter held now, and the text offset from which on they are only counted. */
  private lintOnly = 0;
  private from = Infinity;

  constructor(private readonly dialect: Dialect | undefined) {}

  /**
   * From now on, of the findings of no parameter only the first `budget` in the text are held; the
   * others are counted in `omitted.other` (those that count). `finalize` keeps the first findings of
   * a file in text order, at most half the budget, and counts the rest: it gives the same result,
   * while a hostile file's 60,000 keys written twice no longer hold 60,000 findings, each placed
   * (issue 15). Findings with a parameter are always held: one of lower rank can replace another.
   */
  bound(limit: SinkBudget): void {
    this.limit = limit;
    this.lintOnly = this.findings.filter((f) => f.parameter === undefined).length;
    this.cut();
  }

  /** A reporter bound to one rule (or schema) id. */
  reporter(rule: string): Reporter {
    return new RuleReporter(this, rule);
  }

  /** A documented row by its exact code (`Reporter.api`). */
  api(rule: string, code: string, pointer: string, o?: ReportOptions & { value?: string | number }): void {
    const entry = apiRow(code, o?.value === undefined ? {} : { value: o.value });
    const kind = code.startsWith('QuotaExhausted.') ? 'quota' : undefined;
    const f = findingOf(entry, rule, pointer, o?.severity ?? 'error', o?.target ?? 'value');
    if (o?.detail) f.detail = o.detail;
    if (o?.span) f.span = o.span;
    if (kind) {
      f.parameter = `${pointer}#${this.schemaParameter(pointer)}`;
      f.rank = CHECK_RANK.quota;
    }
    this.push(f);
  }

  /** A lint-only code (`Reporter.lint`). */
  lint(rule: string, code: string, pointer: string, o?: ReportOptions): void {
    const f = findingOf(lint(code), rule, pointer, o?.severity ?? lintCode(code).severity, o?.target ?? 'value');
    if (o?.detail) f.detail = o.detail;
    if (o?.span) f.span = o.span;
    if (o?.fix) f.fix = o.fix;
    this.push(f);
  }

  /** Adds a finding as it is (syntax, body and dialect findings have no schema parameter). */
  push(finding: Finding): void {
    const limit = this.limit;
    if (limit && finding.parameter === undefined) {
      // A finding the config turns off is dropped by `finalize`, and not counted.
      if (limit.reported !== true && !limit.reported(finding)) return;
      // At or after the last one held: it comes after the first `budget` (ties in the order reported).
      // Where it stands is asked only once a cut has set the bound (a file with few findings never asks).
      if (this.from !== Infinity && limit.offsetOf(finding) >= this.from) {
        this.omitted.other++;
        return;
      }
      this.lintOnly++;
    }
    this.findings.push(finding);
    if (limit && this.lintOnly >= 2 * limit.budget + 1024) this.cut();
  }

  /** Keeps the first `budget` findings of no parameter in text order (and every other finding, in the order reported). */
  private cut(): void {
    const limit = this.limit!;
    if (this.lintOnly <= limit.budget) return;
    const held: Array<{ at: number; index: number }> = [];
    const dropped = new Set<number>();
    this.findings.forEach((f, index) => {
      if (f.parameter !== undefined) return;
      if (limit.reported === true || limit.reported(f)) held.push({ at: limit.offsetOf(f), index });
      else dropped.add(index);
    });
    held.sort((a, b) => a.at - b.at || a.index - b.index);
    for (const h of held.slice(limit.budget)) dropped.add(h.index);
    this.omitted.other += Math.max(0, held.length - limit.budget);
    if (held.length >= limit.budget) this.from = held[limit.budget - 1]!.at;
    const kept = this.findings.filter((_, index) => !dropped.has(index));
    this.findings.length = 0;
    this.findings.push(...kept);
    this.lintOnly = Math.min(held.length, limit.budget);
  }

  /** `Missing{Parameter}` for the schema parameter at `pointer`. */
  missing(rule: string, pointer: string, o?: ReportOptions): void {
    const { codeParam, messageParam, vars } = this.parameter(pointer);
    const f = findingOf(this.dialect!.errorTable ? missing(codeParam, vars, messageParam) : template('missing', codeParam, vars, messageParam), rule, pointer, o?.severity ?? 'error', 'container');
    if (o?.detail) f.detail = o.detail;
    f.parameter = `${pointer}#${codeParam}`;
    f.rank = CHECK_RANK.missing;
    this.push(f);
  }

  /** `Invalid{Parameter}` for one kind of check at `pointer`; `schemaParameter` overrides the schema's name (map keys). */
  invalid(rule: string, pointer: string, kind: CheckKind, o?: ReportOptions, schemaParameter?: string): void {
    const { codeParam, messageParam, vars } = this.parameter(pointer, schemaParameter);
    const f = findingOf(this.dialect!.errorTable ? invalid(codeParam, kind, vars, messageParam) : template('invalid', codeParam, vars, messageParam), rule, pointer, o?.severity ?? 'error', o?.target ?? 'value');
    if (o?.detail) f.detail = o.detail;
    f.parameter = `${pointer}#${codeParam}`;
    f.rank = CHECK_RANK[kind];
    if (o?.fix) f.fix = o.fix;
    this.push(f);
  }

  /** The code `missing` or `invalid` would give a finding at `pointer`, without making the finding or its message. */
  codeOf(which: 'missing' | 'invalid', pointer: string, kind: CheckKind, schemaParameter?: string): string {
    const { codeParam, vars } = this.parameter(pointer, schemaParameter);
    return codeOnly(which, codeParam, kind, vars, !this.dialect!.errorTable);
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
