/**
 * Where a report may be written (SPEC §7, clarification 11): never over a file the run lints, nor
 * over an existing spec, whatever the run is asked; another existing file (an old report) may be
 * replaced. Checked before anything is linted or written, so a refused file is left as it was and
 * the run ends with a usage error (exit 2).
 */
import { statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { reason, UsageError } from '../config/config.js';
import { displayPath } from './files.js';
import { readLimited } from './read.js';
import { holdsSpec } from '../dialect/holds-spec.js';
import type { LintInput } from '../api/run-options.js';

/** Throws a `UsageError` when a report must not be written to `path` (relative to `cwd`). */
export function checkReportTarget(path: string, inputs: readonly LintInput[], cwd: string, limit: number): void {
  const target = resolve(cwd, path);
  let stat: Stats;
  try {
    stat = statSync(target);
  } catch {
    return; // nothing there yet; a folder that cannot be made is reported when writing
  }
  const refuse = (why: string) => new UsageError(`will not write the report to ${displayPath(path)}: ${why}; choose another file`);
  if (stat.isDirectory()) throw refuse('it is a directory');
  // By name; then, for a regular file, by identity, so a link or another spelling of the same file
  // is caught too (a device such as /dev/null or a pipe holds nothing a report could destroy, and
  // its identity would cost a stat of every file linted).
  const identity = stat.isFile();
  for (const input of inputs) {
    const at = resolve(cwd, input.path ?? input.file);
    if (at === target || (identity && !input.bytes && sameFile(at, stat))) throw refuse('it is one of the files being linted');
  }
  // Only a regular file is read: a pipe or a device holds nothing a report could destroy.
  if (!stat.isFile()) return;
  let spec: boolean;
  try {
    spec = holdsSpecAt(target, limit);
  } catch (e) {
    throw new UsageError(`cannot write ${displayPath(path)}: ${reason(e)}`);
  }
  if (spec) throw refuse('it is a Batch Compute or Container Service spec');
}

/** Whether the regular file at `path` holds a spec (judged on its head when it is over `limit`). */
export function holdsSpecAt(path: string, limit: number): boolean {
  const read = readLimited(path, limit, true);
  return holdsSpec(path, read.bytes, read.oversize !== undefined);
}

function sameFile(path: string, target: Stats): boolean {
  try {
    const s = statSync(path);
    return s.ino === target.ino && s.dev === target.dev;
  } catch {
    return false;
  }
}
