/**
 * Which files a run reads (SPEC §7): explicit files whatever their name, directories walked
 * (skipping node_modules, .git and config `exclude`; symlink loops visited once), stdin for `-`.
 * No file is read past the size limit (`maxFileSize`). A path that cannot be read — named on the
 * command line or found by walking — stops the run with exit code 2 and a line naming it.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterlintConfig } from './config-types.js';
import { reason, UsageError } from './config.js';
import { DEFAULT_MAX_FILE_SIZE } from './limits.js';
import { limitRead, readLimited, type LimitedRead } from './read.js';
import type { LintInput } from './run.js';
import { matchesGlobs } from './severity.js';

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
const SPEC_EXTENSIONS = /\.(json|ya?ml)$/i;

/** Forward slashes, no leading `./`: the path as it appears in every output. */
export function displayPath(path: string): string {
  const p = path.split('\\').join('/');
  return p.startsWith('./') && p.length > 2 ? p.slice(2) : p;
}

/**
 * Collects the inputs named on the command line; a path that cannot be read is a usage error.
 * `stdin(max)` returns standard input, or at least its first `max` bytes when it is longer.
 */
export function collectInputs(
  paths: readonly string[],
  config: ClusterlintConfig,
  baseDir: string,
  stdin: (max: number) => Uint8Array,
  stdinName: string,
): LintInput[] {
  const inputs: LintInput[] = [];
  const seen = new Set<string>();
  const limit = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  for (const path of paths) {
    if (path === '-') {
      let read: LimitedRead;
      try {
        read = limitRead(stdin(limit + 1), limit);
      } catch (e) {
        throw new UsageError(`cannot read standard input: ${reason(e)}`);
      }
      inputs.push(input(displayPath(stdinName), read, true));
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${reason(e)}`);
    }
    if (stat.isDirectory()) walk(path, config, baseDir, inputs, seen, new Set());
    else add(path, true, config, inputs, seen);
  }
  return inputs;
}

function input(file: string, read: LimitedRead, explicit: boolean): LintInput {
  return { file, bytes: read.bytes, explicit, ...(read.oversize ? { oversize: read.oversize } : {}) };
}

function add(path: string, explicit: boolean, config: ClusterlintConfig, inputs: LintInput[], seen: Set<string>): void {
  const file = displayPath(path);
  if (seen.has(file)) return;
  seen.add(file);
  let read: LimitedRead;
  try {
    read = readLimited(path, config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${reason(e)}`);
  }
  inputs.push(input(file, read, explicit));
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
    else if (isFile && wanted(path, config, baseDir)) add(path, false, config, inputs, seen);
  }
}

/** A walked file is read when it matches `include` (when set), else when it is JSON or YAML by name. */
function wanted(path: string, config: ClusterlintConfig, baseDir: string): boolean {
  if (config.include) return matchesGlobs(path, config.include, baseDir);
  return SPEC_EXTENSIONS.test(path);
}
