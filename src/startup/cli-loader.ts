/**
 * The `clusterlint` command (dist/cli.js): a small loader that runs the program
 * (dist/program.cjs, the same code as dist/main.js bundled as one CommonJS script, written as one
 * function expression) from a V8 code cache, so a cold start does not compile the program again
 * (README "Performance").
 *
 * The cache is a file under `$XDG_CACHE_HOME/clusterlint` (or `~/.cache/clusterlint`; set
 * `CLUSTERLINT_CODE_CACHE` to another folder, or to `0` for none). Nothing is hashed at start:
 * the file is named by the program's SHA-256, which the build writes into this loader, Node's
 * version, the architecture, and the program file's size and modification time (a program.cjs
 * edited after the build meets a cache of its own, never one made from other code). The file
 * holds a header (a tag, the layout, the data's length) and V8's data twice: a file whose two
 * copies differ is not handed to V8, and one V8 rejects (`cachedDataRejected`) is replaced. It is
 * written once, after a short run that had none (atomically: a temporary file, then a rename), and
 * then the caches of other builds are pruned, all but the newest two; a folder that cannot be
 * written is left alone, silently. Node 20 has no `module.enableCompileCache()` (22.1+), and an
 * ES module cannot be given cached data without `--experimental-vm-modules`, hence the CommonJS
 * copy.
 */
import type * as Fs from 'node:fs';
import type * as Os from 'node:os';
import type * as Path from 'node:path';
import type * as Url from 'node:url';
import type * as Vm from 'node:vm';

/** The SHA-256 of dist/program.cjs (hex), written here by scripts/build.mjs. */
declare const CLUSTERLINT_PROGRAM_SHA256: string;

/** This file's path in the CommonJS build (dist/cli.cjs, the bin): `__filename`, so no URL is parsed. */
declare const CLUSTERLINT_LOADER_FILE: string | undefined;

// Node's modules by `require`: as ES module imports (dist/cli.js), `node:fs` would also load its
// promises API and with it every stream module (milliseconds of a cold start). The bin is
// CommonJS, with a `require` of its own (loading `node:module` for `createRequire` costs most of a
// millisecond); the ES module build gets one from the banner every bundle of the package has.
const here = typeof CLUSTERLINT_LOADER_FILE === 'string' ? CLUSTERLINT_LOADER_FILE : undefined;
const load = require;
const { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync } = load('node:fs') as typeof Fs;
const { dirname, join } = load('node:path') as typeof Path;
const { fileURLToPath, pathToFileURL } = load('node:url') as typeof Url;
const { Script } = load('node:vm') as typeof Vm;

const dist = dirname(here ?? fileURLToPath(import.meta.url));
const program = join(dist, 'program.cjs');
// The ES module build of the same program: the URL the program knows itself by (its worker
// threads start from it; its packages load beside it).
const self = fileUrl(join(dist, 'main.js'));

/**
 * `pathToFileURL(path).href`, without loading the URL parser for a POSIX path of characters a
 * URL path holds as they are (the usual install folder); any other path goes to `pathToFileURL`.
 */
function fileUrl(path: string): string {
  return process.platform !== 'win32' && /^\/[A-Za-z0-9/._~!$&'()*+,;=:@-]*$/.test(path) ? `file://${path}` : pathToFileURL(path).href;
}

/** The tag that opens a cache file of this layout: "clv8", then the layout's number. */
const TAG = 0x3876_6c63;
const LAYOUT = 1;
/** Tag, layout, data length, a zero word: 16 bytes, so the data after them stays 8-byte aligned (V8 copies unaligned data). */
const HEADER = 16;
/** Cache files of other programs kept when one is written (two installs used in turn do not evict each other). */
const KEEP_OTHERS = 2;
const SUFFIX = '.v8cache';
/**
 * A run that writes the code cache spends no more CPU time than this from the program's start
 * (CPU, not wall time, so that a busy machine does not make a short run long): one file takes
 * 10-20 ms, a pre-commit run of a few dozen files well under this; the bench's 2,000 Container
 * Service files, under the 500 ms first chosen, wrote a cache without the Batch Compute
 * validator, which every later Batch Compute start then compiled (1.22x `node -e 0`, one file).
 */
const SHORT_RUN_MS = 100;

function cacheFolder(): string | undefined {
  const set = process.env.CLUSTERLINT_CODE_CACHE;
  if (set === '0') return undefined;
  if (set) return set;
  // `os.homedir()` is $HOME when it is set (POSIX); loading `node:os` to be told so costs most of a millisecond.
  const home = process.platform !== 'win32' && process.env.HOME;
  const base = process.env.XDG_CACHE_HOME || join(home || (load('node:os') as typeof Os).homedir(), '.cache');
  return join(base, 'clusterlint');
}

/** Reads `size` bytes of an open file into the start of `buffer`; false when the file is shorter. */
function readInto(fd: number, buffer: Buffer, size: number): boolean {
  let at = 0;
  while (at < size) {
    const n = readSync(fd, buffer, at, size - at, at);
    if (n === 0) return false;
    at += n;
  }
  return true;
}

/**
 * The program's text and, when there is a sound one, its cached data. Both are read into one
 * buffer, the program first (ASCII, checked by the build: read as latin1, a byte a character,
 * and copied into a string), then the cache over it: fresh memory is what costs most at start.
 *
 * The cache file holds a header, then the data twice. The two copies must be identical byte for
 * byte: a file damaged anywhere (a flipped bit, a lost or zeroed block, a cut) fails the
 * comparison, which costs about a millisecond where a checksum costs several (loading
 * `node:zlib` for CRC-32 or `node:crypto`; a checksum in JavaScript runs cold) — README
 * "Performance".
 */
function readProgram(folder: string | undefined): { source: string; identity: string; file: string | undefined; cachedData: Buffer | undefined } {
  const fd = openSync(program, 'r');
  let cache: number | undefined;
  try {
    const { size, mtimeMs } = fstatSync(fd);
    const file = folder && join(folder, `${CLUSTERLINT_PROGRAM_SHA256.slice(0, 32)}-${process.version}-${process.arch}-${size}-${mtimeMs}${SUFFIX}`);
    try {
      if (file) cache = openSync(file, 'r');
    } catch {}
    const cacheSize = cache === undefined ? 0 : fstatSync(cache).size;
    const buffer = Buffer.allocUnsafeSlow(Math.max(size, cacheSize));
    if (!readInto(fd, buffer, size)) throw new Error(`${program} was cut short while being read`);
    const source = buffer.toString('latin1', 0, size);
    let cachedData: Buffer | undefined;
    if (cache !== undefined && cacheSize > HEADER && readInto(cache, buffer, cacheSize)) {
      const bytes = buffer.subarray(0, cacheSize);
      const n = bytes.readUInt32LE(8);
      const sound = bytes.readUInt32LE(0) === TAG && bytes.readUInt32LE(4) === LAYOUT && n > 0 && cacheSize === HEADER + 2 * n && bytes.compare(bytes, HEADER + n, HEADER + 2 * n, HEADER, HEADER + n) === 0;
      if (sound) cachedData = bytes.subarray(HEADER, HEADER + n);
    }
    return { source, identity: `${CLUSTERLINT_PROGRAM_SHA256}-${size}-${mtimeMs}`, file: file || undefined, cachedData };
  } finally {
    closeSync(fd);
    if (cache !== undefined) closeSync(cache);
  }
}

/** Removes the cache files of other programs but the newest few, and temporary files left by a writer that died. */
function prune(folder: string, current: string): void {
  const now = Date.now();
  const others: { path: string; at: number }[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (path === current) continue;
    try {
      if (name.endsWith(SUFFIX)) others.push({ path, at: statSync(path).mtimeMs });
      else if (name.endsWith('.tmp') && name.includes(`${SUFFIX}.`) && now - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
    } catch {}
  }
  others.sort((a, b) => b.at - a.at);
  for (const { path } of others.slice(KEEP_OTHERS)) {
    try {
      rmSync(path, { force: true });
    } catch {}
  }
}

function writeCached(file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(TAG, 0);
    header.writeUInt32LE(LAYOUT, 4);
    header.writeUInt32LE(data.length, 8);
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, header);
      writeSync(fd, data);
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    prune(dirname(file), file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {}
  }
}

/** Runs the program from its code cache. */
function runCached(): void {
  const { source, identity, file, cachedData } = readProgram(cacheFolder());
  // dist/program.cjs is one function expression (scripts/build.mjs): it evaluates to the program.
  const script = new Script(source, {
    filename: program,
    ...(cachedData ? { cachedData } : {}),
  });
  if (file && (!cachedData || script.cachedDataRejected)) {
    // After the run, so that the functions it compiled are in the cache too; and only after a
    // short run: a long one compiles every path its many files took (error paths, formats), and
    // every later start would read and deserialize that code (a cache made by linting 10,000 files
    // is 853 KB, by one file 715 KB: one clean file then starts in 1.23x `node -e 0`, not 1.16x).
    // A long run compiles what it needs in milliseconds of its own; the next short one writes it.
    const started = process.cpuUsage();
    process.once('exit', () => {
      const spent = process.cpuUsage(started);
      if ((spent.user + spent.system) / 1000 <= SHORT_RUN_MS) writeCached(file, script.createCachedData());
    });
  }
  const module = { exports: {} };
  // The program's identity (the build's hash of it, its size and time) keys the results of --cache.
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, load, module, program, dist, self, identity);
}

// The language server (`--lsp`) is loaded by the ES module program with a dynamic import, which a
// script compiled here cannot make: it runs from dist/main.js.
if (process.argv[2] === '--lsp') void import(self);
else runCached();
