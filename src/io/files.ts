/**
 * Which files a run reads (SPEC §7): explicit files whatever their name, directories walked
 * (skipping node_modules, .git and config `exclude`; symlink loops visited once), stdin for `-`;
 * and the one file a run writes, its report. Collecting only names the files; each is read when
 * it is linted (`readInput`) and its bytes are dropped right after, so a run over many files holds
 * one file's text at a time. No file is read past the size limit (`maxFileSize`). A path that
 * cannot be read — named on the command line or found by walking — stops the run with exit code
 * 2 and a line naming it. Relative paths are relative to the run's working directory (`cwd`),
 * which need not be the process's (the CLI run in-process).
 */
import { closeSync, mkdirSync, openSync, readdirSync, realpathSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import type { ClusterlintConfig } from '../config/config-types.js';
import { reason, UsageError } from '../config/config.js';
import { maxFileSize } from '../config/limits.js';
import { limitRead, readLimited, readPipe, type LimitedRead } from './read.js';
import type { LintInput } from '../api/run-options.js';
import { matchesGlobs } from '../config/glob.js';

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
const SPEC_EXTENSIONS = /\.(json|ya?ml)$/i;

/**
 * Forward slashes, no leading `./`: the path as it appears in every output. A backslash is a
 * separator only on Windows; elsewhere it is a character of a file's name (`a\\b.json` is not
 * `a/b.json`).
 */
export function displayPath(path: string): string {
  const p = sep === '\\' ? path.split('\\').join('/') : path;
  return p.startsWith('./') && p.length > 2 ? p.slice(2) : p;
}

/**
 * Collects the inputs named on the command line, paths relative to `cwd`; a path that cannot be
 * read is a usage error. `stdin(max)` returns standard input, or at least its first `max` bytes
 * when it is longer.
 */
export function collectInputs(
  paths: readonly string[],
  config: ClusterlintConfig,
  baseDir: string,
  cwd: string,
  stdin: (max: number) => Uint8Array,
  stdinName: string,
): LintInput[] {
  const inputs: LintInput[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      // Standard input can be read only once: its bytes are kept (one file), no more than the
      // limit and one byte to notice that it is longer.
      const limit = maxFileSize(config);
      let read: LimitedRead;
      try {
        read = limitRead(stdin(limit + 1), limit, false);
      } catch (e) {
        throw new UsageError(`cannot read standard input: ${reason(e)}`);
      }
      inputs.push({ file: displayPath(stdinName), bytes: read.bytes, explicit: true, ...(read.oversize ? { oversize: read.oversize } : {}) });
      continue;
    }
    let stat;
    try {
      stat = statSync(resolve(cwd, path));
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${reason(e)}`);
    }
    if (stat.isDirectory()) walk(path, { config, baseDir, cwd, inputs, seen, visited: new Set() });
    else if (stat.isFIFO()) addPipe(path, maxFileSize(config), cwd, inputs, seen);
    else add(path, true, stat.isFile() ? 'file' : undefined, inputs, seen);
  }
  return inputs;
}

function add(path: string, explicit: boolean, kind: LintInput['kind'], inputs: LintInput[], seen: Set<string>): void {
  const file = displayPath(path);
  if (seen.has(file)) return;
  seen.add(file);
  // A run can name many thousands of files: the path is kept only when it is not the file's
  // name as shown, and made absolute only when read (a resolved path costs several times more).
  const input: LintInput = file === path ? { file, explicit } : { file, path, explicit };
  if (kind) input.kind = kind;
  inputs.push(input);
}

/**
 * A named pipe (`<(command)` in a shell, a FIFO) can be read only once, and what it held is needed
 * again by the checks across files and the source excerpts: it is read now, like standard input,
 * and its bytes are kept (no more than the limit). It is read without waiting for a writer.
 */
function addPipe(path: string, limit: number, cwd: string, inputs: LintInput[], seen: Set<string>): void {
  const file = displayPath(path);
  if (seen.has(file)) return;
  seen.add(file);
  let read: LimitedRead;
  try {
    read = readPipe(resolve(cwd, path), limit);
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${reason(e)}`);
  }
  inputs.push({ file, bytes: read.bytes, explicit: true, ...(read.oversize ? { oversize: read.oversize } : {}) });
}

/**
 * The path a file input is opened (or stat'ed) by, relative to `cwd`: as given when `cwd` is the
 * process's directory (resolving costs more than the read), else resolved against it.
 */
export function pathToOpen(input: LintInput, cwd: string): string {
  const path = input.path ?? input.file;
  return cwd === process.cwd() ? path : resolve(cwd, path);
}

/**
 * The bytes of an input, no more than `limit` (`maxFileSize`): those it holds, else the file read
 * now, its path relative to `cwd`. Over the limit, only the head is returned, with the size
 * (SNIFF_BYTES in `limits.ts`). A file that cannot be read is a usage error.
 */
export function readInput(input: LintInput, limit: number, cwd: string): LimitedRead {
  if (input.bytes) return input.oversize ? { bytes: input.bytes, oversize: input.oversize } : limitRead(input.bytes, limit, true);
  try {
    return readLimited(pathToOpen(input, cwd), limit, input.kind === 'file');
  } catch (e) {
    throw new UsageError(`cannot read ${input.file}: ${reason(e)}`);
  }
}

/** What a directory walk carries along. */
interface Walk {
  config: ClusterlintConfig;
  baseDir: string;
  cwd: string;
  inputs: LintInput[];
  seen: Set<string>;
  /** The real paths of the directories walked, so a symlink loop is walked once. */
  visited: Set<string>;
}

function walk(dir: string, w: Walk): void {
  let real: string;
  let entries;
  try {
    const at = resolve(w.cwd, dir);
    real = realpathSync(at);
    entries = readdirSync(at, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`cannot read directory ${displayPath(dir)}: ${reason(e)}`);
  }
  if (w.visited.has(real)) return;
  w.visited.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prefix = entryPrefix(dir);
  for (const entry of entries) {
    const path = prefix + entry.name;
    if (skipped(path, entry.name, w)) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    const link = entry.isSymbolicLink();
    if (link) {
      try {
        const s = statSync(resolve(w.cwd, path));
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue; // a dangling link names nothing to lint
      }
    }
    if (isDir) walk(path, w);
    // A link is measured as it is read, and is not `kind: 'file'`: a report's target is compared
    // by identity only with the inputs that may be another name for it (report-target.ts).
    else if (isFile && wanted(path, w)) add(path, false, link ? undefined : 'file', w.inputs, w.seen);
  }
}

/**
 * What the path of an entry of folder `dir` starts with: `join(dir, name)` is `prefix + name` for
 * any name a folder lists (no separator, not `.` or `..`), and joining normalizes the folder's
 * path again for each of its files (~2 us each, 20 ms over 10,000).
 */
export function entryPrefix(dir: string): string {
  const d = normalize(dir);
  if (d === '.' || d === `.${sep}`) return '';
  return d.endsWith(sep) ? d : d + sep;
}

/** Whether a walk passes over an entry (file or folder) at `path`, named `name`: node_modules, .git, or excluded by the config. */
function skipped(path: string, name: string, w: Pick<Walk, 'config' | 'baseDir' | 'cwd'>): boolean {
  return ALWAYS_SKIPPED.has(name) || (w.config.exclude !== undefined && matchesGlobs(path, w.config.exclude, w.baseDir, w.cwd));
}

/**
 * Whether a walk of the folder `root` reads the file `file` (both relative to `cwd`): no folder on
 * the way from `root`, nor the file, is skipped, and the file is wanted. A file outside `root` is
 * judged as a walk of its own folder would judge it. What the language server asks of an open
 * buffer, so that the editor shows findings only where `clusterlint .` would report them.
 */
export function walkReads(file: string, root: string, config: ClusterlintConfig, baseDir: string, cwd: string): boolean {
  const target = resolve(cwd, file);
  let from = resolve(cwd, root);
  let rel = relative(from, target);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    from = dirname(target);
    rel = basename(target);
  }
  const w = { config, baseDir, cwd };
  let path = from;
  for (const name of rel.split(sep)) {
    path = join(path, name);
    if (skipped(path, name, w)) return false;
  }
  return wanted(path, w);
}

/** A walked file is read when it matches `include` (when set), else when it is JSON or YAML by name. */
function wanted(path: string, w: Pick<Walk, 'config' | 'baseDir' | 'cwd'>): boolean {
  if (w.config.include) return matchesGlobs(path, w.config.include, w.baseDir, w.cwd);
  return SPEC_EXTENSIONS.test(path);
}

/**
 * Writes a report (`--output-file`, the Action's `sarif-file`), given piece by piece, to a path
 * relative to `cwd`, creating its folder; a failure is a usage error naming the path as given.
 * Pieces are gathered into writes of about `WRITE_BATCH` characters, so a long report is never
 * held whole.
 */
export function writeReport(path: string, pieces: Iterable<string>, cwd: string): void {
  const target = resolve(cwd, path);
  const folder = dirname(target);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot create the folder ${displayPath(dirname(path))} for ${displayPath(path)}: ${reason(e)}`);
  }
  const failed = (e: unknown) => new UsageError(`cannot write ${displayPath(path)}: ${reason(e)}`);
  let fd: number;
  try {
    fd = openSync(target, 'w');
  } catch (e) {
    throw failed(e);
  }
  try {
    // Only the writes are the file's failures; a formatter's own error stays an internal one.
    inBatches(pieces, (text) => {
      try {
        writeAll(fd, text);
      } catch (e) {
        throw failed(e);
      }
    });
  } finally {
    closeSync(fd);
  }
}

const WRITE_BATCH = 64 * 1024;

/** Hands pieces of text to `write` gathered into batches of about `WRITE_BATCH` characters (none empty). */
export function inBatches(pieces: Iterable<string>, write: (text: string) => void): void {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= WRITE_BATCH) {
      write(batch);
      batch = '';
    }
  }
  if (batch) write(batch);
}

/**
 * The bytes of every write, encoded into one buffer made once: a buffer per batch is fresh memory
 * each time until a collection frees it, and its pages cost ~30 ms over a 2.5 MB report. Three
 * bytes of UTF-8 at most stand for a UTF-16 code unit, so a text of up to a third of its length
 * always fits; a longer one gets a buffer of its own.
 */
const SCRATCH_BYTES = 3 * 2 * WRITE_BATCH;
let scratch: Buffer | undefined;

/** Writes a whole text to a file descriptor (`writeSync` may write less than it is given). */
export function writeAll(fd: number, text: string): void {
  let bytes: Buffer;
  let length: number;
  if (text.length * 3 <= SCRATCH_BYTES) {
    bytes = scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
    length = bytes.write(text, 0, 'utf8');
  } else {
    bytes = Buffer.from(text, 'utf8');
    length = bytes.length;
  }
  for (let at = 0; at < length; ) at += writeSync(fd, bytes, at, length - at);
}
