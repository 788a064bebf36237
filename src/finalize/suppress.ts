/**
 * Suppressions (SPEC §9): a finding the team accepts is kept out of the report and the exit code,
 * with the reason a reviewer reads, by a YAML comment where it stands or by a config `ignore`
 * entry (JSON has no comments). Suppressed findings stay in `json` (`suppressedDiagnostics`) and
 * SARIF (`suppressions`). A comment that suppresses nothing is itself a finding,
 * `UnusedSuppression`, so stale suppressions do not pile up.
 *
 *   # clusterlint-disable-next-line InvalidDesiredVMCount -- scaled up by a job
 *   DesiredVMCount: 0   # clusterlint-disable-line InvalidDesiredVMCount
 *   # clusterlint-disable Bcs* -- legacy cluster
 *   …
 *   # clusterlint-enable Bcs*
 *   # clusterlint-disable-file PlaintextSecret -- a throwaway test account
 *
 * Never suppressed: `DuplicateKey` (which value the API keeps is not something to accept) and
 * syntax errors; a secret's mask never depends on any of this.
 */
import { lint, lintCode } from '../catalogue/catalogue.js';
import type { Diagnostic, FileResult, Suppression } from '../api/diagnostic.js';
import { fileResult, sortDiagnostics } from '../api/diagnostic.js';
import { codeNameProblem } from '../catalogue/codes.js';
import type { IgnoreEntry } from '../config/config-types.js';
import type { SpecFile } from '../parse/document.js';
import type { LintOptions } from '../api/run-options.js';
import { matchesGlobs } from '../config/glob.js';
import { severityFor } from './severity.js';

/** The codes no directive or ignore entry can suppress. */
const NEVER_SUPPRESSED = new Set(['DuplicateKey', 'InvalidJsonFormat', 'InvalidYamlFormat']);

type Kind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

/** One comment directive of a YAML file, placed (plain data: it travels from worker threads). */
export interface Directive {
  kind: Kind;
  /** The codes it names (a trailing `*` matches a prefix); empty for every code. */
  codes: string[];
  reason: string;
  /** The comment's place, for `UnusedSuppression`. */
  line: number;
  column: number;
  endColumn: number;
  document: number;
}

// A YAML comment starts with `#` at a line's start or after white space (YAML 1.2 §6.6).
const DIRECTIVE = /(^|[ \t])(#[ \t]*clusterlint-(disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])([^\r\n]*))/gm;

/** The directives of a YAML file's comments, in text order; none for JSON. */
export function readDirectives(spec: SpecFile): Directive[] {
  if (spec.format !== 'yaml' || !spec.text.includes('clusterlint-')) return [];
  const out: Directive[] = [];
  for (const m of spec.text.matchAll(DIRECTIVE)) {
    const comment = m[2]!.trimEnd();
    const start = m.index! + m[1]!.length;
    const { line, column } = spec.lines.position(start);
    const rest = m[4]!;
    const split = rest.search(/\s--(\s|$)/);
    const codesPart = split < 0 ? rest : rest.slice(0, split);
    const reason = split < 0 ? '' : rest.slice(split).replace(/^\s--/, '').trim();
    out.push({
      kind: m[3] as Kind,
      codes: codesPart.split(/[\s,]+/).filter(Boolean),
      reason,
      line,
      column,
      endColumn: column + comment.length,
      document: documentAt(spec, start),
    });
  }
  return out;
}

/** The index of the YAML document holding an offset: the last that starts at or before it. */
function documentAt(spec: SpecFile, offset: number): number {
  let index = 0;
  for (const doc of spec.documents) if (doc.start.start <= offset) index = doc.index;
  return index;
}

function matches(code: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return true;
  return patterns.some((p) => (p.endsWith('*') ? code.startsWith(p.slice(0, -1)) : code === p));
}

/** Whether a directive covers a finding of `code` on `line` (the directive names the code). */
function covers(d: Directive, line: number, code: string, enables: readonly Directive[]): boolean {
  switch (d.kind) {
    case 'disable-line':
      return line === d.line;
    case 'disable-next-line':
      return line === d.line + 1;
    case 'disable-file':
      return true;
    case 'disable':
      // From the next line to the end of the file, unless an enable that names the code (or names
      // none) stands between.
      return line > d.line && !enables.some((e) => e.line > d.line && e.line < line && matches(code, e.codes));
    default:
      return false;
  }
}

/** A JSON Pointer pattern of an ignore entry (`*` is one whole token) as a test. */
function pointerTest(pattern: string): (pointer: string) => boolean {
  const tokens = pattern.split('/');
  return (pointer) => {
    const got = pointer.split('/');
    return got.length === tokens.length && tokens.every((t, i) => t === '*' || t === got[i]);
  };
}

/**
 * A file's result with its suppressed findings moved to `suppressedDiagnostics`, and an
 * `UnusedSuppression` for each directive that suppressed nothing (or names a code that cannot be
 * suppressed or does not exist).
 */
export function applySuppressions(result: FileResult, directives: readonly Directive[], options: LintOptions): FileResult {
  const entries = (options.config.ignore ?? []).filter((e) => matchesGlobs(result.file, e.files, options.baseDir, options.cwd));
  if (directives.length === 0 && entries.length === 0) return result;
  const active = directives.filter((d) => d.kind !== 'enable');
  const enables = directives.filter((d) => d.kind === 'enable');
  const used = new Set<Directive>();
  const kept: Diagnostic[] = [];
  const suppressed: Array<Diagnostic & { suppression: Suppression }> = [];
  for (const d of result.diagnostics) {
    const suppression = NEVER_SUPPRESSED.has(d.code) ? undefined : bySource(d, active, enables, used) ?? byConfig(d, entries);
    if (suppression) suppressed.push({ ...d, suppression });
    else kept.push(d);
  }
  const stale = unused(result.file, active, used, options);
  const out = fileResult(result.file, stale.length ? sortDiagnostics([...kept, ...stale]) : kept);
  out.suppressedDiagnostics = suppressed;
  return out;
}

function bySource(d: Diagnostic, active: readonly Directive[], enables: readonly Directive[], used: Set<Directive>): Suppression | undefined {
  for (const directive of active) {
    if (!matches(d.code, directive.codes) || !covers(directive, d.line, d.code, enables)) continue;
    used.add(directive);
    return { kind: 'inSource', justification: directive.reason };
  }
  return undefined;
}

function byConfig(d: Diagnostic, entries: readonly IgnoreEntry[]): Suppression | undefined {
  for (const e of entries) {
    if (matches(d.code, e.codes) && (e.pointer === undefined || pointerTest(e.pointer)(d.pointer))) return { kind: 'external', justification: e.reason ?? '' };
  }
  return undefined;
}

/** `UnusedSuppression` for each directive that suppressed nothing (severity from config applied by the caller's rules). */
function unused(file: string, active: readonly Directive[], used: ReadonlySet<Directive>, options: LintOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of active) {
    const problem = d.codes.map(codeNameProblem).find((p) => p !== undefined);
    const never = d.codes.find((c) => NEVER_SUPPRESSED.has(c));
    if (used.has(d) && problem === undefined) continue;
    let detail: string;
    if (problem !== undefined) {
      // The same words as a config that names no code (SPEC §6), as a sentence.
      detail = `${problem[0]!.toUpperCase()}${problem.slice(1)}${/[.?]$/.test(problem) ? '' : '.'}`;
    } else if (never !== undefined) {
      detail = `${never} is never suppressed: ${never === 'DuplicateKey' ? 'the API would keep only one of the two values, so remove one of the keys' : 'a file that does not parse cannot be checked'}.`;
    } else {
      const where = { 'disable-next-line': 'on the next line', 'disable-line': 'on this line', disable: 'after it', 'disable-file': 'in this file', enable: '' }[d.kind];
      detail = `No ${d.codes.length ? `${d.codes.join(' or ')} ` : ''}finding is reported ${where}; remove the comment.`;
    }
    const severity = severityFor('UnusedSuppression', lintCode('UnusedSuppression').severity, file, options);
    if (severity === 'off') continue;
    const { code, message, status, origin } = lint('UnusedSuppression');
    // Fields in the order every other diagnostic has them.
    out.push({ code, message, detail, status, origin, severity, rule: 'suppressions', file, document: d.document, pointer: '', line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn });
  }
  return out;
}
