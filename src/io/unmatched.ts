/**
 * "Nothing linted is not a pass" (SPEC §7, clarification 3): a run whose paths yield no spec at
 * all says so, so that CI never goes green having checked nothing (an empty folder, an `include`
 * typo, a folder of other JSON and YAML). The command line and the Action both ask here.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath } from './files.js';
import type { LintInput } from '../api/run-options.js';

/** What a run found, for the decision. */
export interface RunShape {
  /** The paths as given (`.` when none was). */
  paths: readonly string[];
  /** Every file read, named or walked. */
  inputs: readonly LintInput[];
  /** How many of `inputs` were named on the command line (before `--ignore-unknown` treated them as walked). */
  named: number;
  /** How many files gave a result (were linted). */
  linted: number;
  /** `--ignore-unknown`: named files that are not specs are skipped, quietly. */
  ignoreUnknown: boolean;
  /** The config's `include` globs choose the walked files (rather than the JSON/YAML extensions). */
  include: boolean;
  cwd: string;
}

/**
 * The sentence to say when the run linted no spec, or undefined when there is nothing to say: a
 * file was linted, or (`--ignore-unknown`, the pre-commit hook) every file read was named on the
 * command line and none was a spec — the hook is handed every staged JSON and YAML file.
 */
export function nothingLinted(run: RunShape): string | undefined {
  if (run.linted > 0) return undefined;
  if (run.ignoreUnknown && run.inputs.length > 0 && run.named === run.inputs.length) return undefined;
  const where = run.paths.map((p) => (isDirectory(p, run.cwd) ? `${displayPath(p).replace(/\/?$/, '/')}` : displayPath(p))).join(', ');
  const n = run.inputs.length;
  const files = run.include ? `file${n === 1 ? '' : 's'} matching the config's include` : `JSON/YAML file${n === 1 ? '' : 's'}`;
  const why = n === 0 ? (run.include ? "no file matches the config's include" : 'no JSON or YAML files') : `${n} ${files} skipped: not Batch Compute or Container Service specs`;
  return `no spec files found in ${where} (${why})`;
}

function isDirectory(path: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isDirectory();
  } catch {
    return false;
  }
}
