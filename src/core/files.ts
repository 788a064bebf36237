/**
 * Which files a run reads (SPEC §7): explicit files whatever their name, directories walked
 * (skipping node_modules, .git and config `exclude`; symlink loops visited once), stdin for `-`;
 * and the one file a run writes, its report. Collecting only names the files; each is read when
 * it is linted (`readInput`) and its bytes are dropped right after, so a run over many files holds
 * one file's text at a time.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ClusterlintConfig } from './config-types.js';
import { reason, UsageError } from './config.js';
import type { LintInput } from './run.js';
import { matchesGlobs } from './severity.js';

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
const SPEC_EXTENSIONS = /\.(json|ya?ml)$/i;

/** Forward slashes, no leading `./`: the path as it appears in every output. */
export function displayPath(path: string): string {
  const p = path.split('\\').join('/');
  return p.startsWith('./') && p.length > 2 ? p.slice(2) : p;
}

/** Collects the inputs named on the command line; a path that cannot be read is a usage error. */
export function collectInputs(paths: readonly string[], config: ClusterlintConfig, baseDir: string, stdin: () => Uint8Array, stdinName: string): LintInput[] {
  const inputs: LintInput[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      // Standard input can be read only once: its bytes are kept (one file).
      inputs.push({ file: displayPath(stdinName), bytes: stdin(), explicit: true });
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${reason(e)}`);
    }
    if (stat.isDirectory()) walk(path, config, baseDir, inputs, seen, new Set());
    else add(path, true, inputs, seen);
  }
  return inputs;
}

function add(path: string, explicit: boolean, inputs: LintInput[], seen: Set<string>): void {
  const file = displayPath(path);
  if (seen.has(file)) return;
  seen.add(file);
  inputs.push({ file, path, explicit });
}

/** The bytes of an input: those it holds, else the file read now; a file that cannot be read is a usage error. */
export function readInput(input: LintInput): Uint8Array {
  if (input.bytes) return input.bytes;
  try {
    return readFileSync(input.path ?? input.file);
  } catch (e) {
    throw new UsageError(`cannot read ${input.file}: ${reason(e)}`);
  }
}

function walk(dir: string, config: ClusterlintConfig, baseDir: string, inputs: LintInput[], seen: Set<string>, visited: Set<string>): void {
  let real: string;
  let entries;
  try {
    real = realpathSync(dir);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`cannot read directory ${displayPath(dir)}: ${reason(e)}`);
  }
  if (visited.has(real)) return;
  visited.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const path = dir === '.' ? entry.name : join(dir, entry.name);
    if (config.exclude && matchesGlobs(path, config.exclude, baseDir)) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = statSync(path);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue; // a dangling link names nothing to lint
      }
    }
    if (isDir) walk(path, config, baseDir, inputs, seen, visited);
    else if (isFile && wanted(path, config, baseDir)) add(path, false, inputs, seen);
  }
}

/** A walked file is read when it matches `include` (when set), else when it is JSON or YAML by name. */
function wanted(path: string, config: ClusterlintConfig, baseDir: string): boolean {
  if (config.include) return matchesGlobs(path, config.include, baseDir);
  return SPEC_EXTENSIONS.test(path);
}

/** Writes a report (`--output-file`, the Action's `sarif-file`), creating its folder; a failure is a usage error. */
export function writeReport(path: string, text: string): void {
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot create the folder ${displayPath(folder)} for ${displayPath(path)}: ${reason(e)}`);
  }
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`cannot write ${displayPath(path)}: ${reason(e)}`);
  }
}
