/**
 * Where a report may be written (SPEC §7, clarification 11): never over a file the run lints, nor
 * over an existing spec, whatever the run is asked; another existing file (an old report) may be
 * replaced. Checked before anything is linted or written, so a refused file is left as it was and
 * the run ends with a usage error (exit 2).
 */
import { realpathSync, statSync, type Stats } from 'node:fs';
import { basename, resolve } from 'node:path';
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
  const names = namesOf(target, stat);
  for (const input of inputs) {
    if (names && input.kind === 'file' && !input.explicit && !input.bytes && !names.has(nameKey(lastName(input.file)))) continue;
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

/**
 * The names a walked file must have to be the report's target, when that can be told from names
 * alone; otherwise undefined (every input is compared by path and identity). A walked file that is
 * not a link (`kind: 'file'`) is the target by name only if the two paths end in the same name,
 * and by identity, when the target has one link, only if its name is the target's real name (its
 * folders may be links; it is not). A file with several hard links may be linted under any name,
 * and inputs named on the command line or that are links are always compared in full: a repeat
 * run writing its report over the last one would otherwise stat every file it lints. Names are
 * compared by `nameKey`, as a file system that ignores case or normalization would see them.
 */
export function namesOf(target: string, stat: Stats): Set<string> | undefined {
  if (stat.isFile() && stat.nlink !== 1) return undefined;
  const names = new Set([nameKey(basename(target))]);
  if (stat.isFile()) {
    try {
      names.add(nameKey(basename(realpathSync(target))));
    } catch {
      return undefined;
    }
  }
  return names;
}

/**
 * A file name as a case-insensitive, normalization-insensitive file system may take it (macOS,
 * Windows): `REPORT.json`, `report.json` and `Report.JSON` are one file there, and a name differing
 * only so must still be compared by identity. Upper then lower case folds `ß` with `ss`.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase();
}

/** The last name of a path as the walk writes it (`/` separators). */
function lastName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
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
