/**
 * How a run ends (SPEC §7), shared by the command line and the GitHub Action: the counts, and
 * whether they fail the run (errors, or more warnings than `--max-warnings` / `max-warnings`).
 */
import type { FileResult } from '../api/diagnostic.js';
import { UsageError } from '../config/config.js';

/** The counts of a run and, when it fails, why. */
export interface Verdict {
  errors: number;
  warnings: number;
  /** Set when the run fails (exit code 1, or 2 for a rule that failed): the cause and one sentence for the user. */
  failure?: { cause: 'errors' | 'warnings' | 'rule-failure'; message: string };
}

/** Counts the findings and decides the outcome; `maxWarnings` below 0 means no limit. */
export function verdict(results: readonly FileResult[], maxWarnings: number): Verdict {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  // A rule that threw is an internal failure (SPEC §7: exit code 2), said after the report it is in.
  const failed = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.code === 'RuleFailure').length, 0);
  if (failed > 0) return { errors, warnings, failure: { cause: 'rule-failure', message: `${failed} check${failed === 1 ? '' : 's'} of clusterlint failed (RuleFailure); the report is incomplete.` } };
  if (errors > 0) return { errors, warnings, failure: { cause: 'errors', message: `${errors} error${errors === 1 ? '' : 's'} found.` } };
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    return { errors, warnings, failure: { cause: 'warnings', message: `too many warnings (${warnings}); the maximum is ${maxWarnings}.` } };
  }
  return { errors, warnings };
}

/**
 * Reads a `max-warnings` setting given as text: a whole number, or -1 for no limit (as in ESLint,
 * whose users write it in scripts that turn the limit on and off); undefined is no limit too.
 */
export function parseMaxWarnings(value: string | undefined, name: string): number {
  if (value === undefined || value === '-1') return -1;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} takes a whole number, or -1 for no limit, not "${value}"`);
  return Number(value);
}
