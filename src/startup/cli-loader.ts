/**
 * The `clusterlint` command (dist/cli.js): a small loader that runs the program
 * (dist/program.cjs, the same code as dist/main.js bundled as one CommonJS script) from a V8 code
 * cache, so a cold start does not compile the program again (README "Performance").
 *
 * The cache is a file under `$XDG_CACHE_HOME/clusterlint` (or `~/.cache/clusterlint`; set
 * `CLUSTERLINT_CODE_CACHE` to another folder, or to `0` for none), named by the SHA-256 of the
 * program's text, Node's version and the architecture, and holding the SHA-256 of its own
 * content: a file whose content does not match is not handed to V8, and one V8 rejects
 * (`cachedDataRejected`) is replaced. It is written once, after a run that had none (atomically:
 * a temporary file, then a rename); a folder that cannot be written is left alone, silently.
 * Node 20 has no `module.enableCompileCache()` (22.1+), and an ES module cannot be given cached
 * data without `--experimental-vm-modules`, hence the CommonJS copy.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const dist = dirname(fileURLToPath(import.meta.url));
const program = join(dist, 'program.cjs');
const source = readFileSync(program, 'utf8');
// The ES module build of the same program: the URL the program knows itself by (its worker
// threads start from it; its packages load beside it).
const self = pathToFileURL(join(dist, 'main.js')).href;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();

function cacheFolder(): string | undefined {
  const set = process.env.CLUSTERLINT_CODE_CACHE;
  if (set === '0') return undefined;
  if (set) return set;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'clusterlint');
}

const folder = cacheFolder();
const file = folder && join(folder, `${sha256(`${source}\0${process.version}\0${process.arch}`).toString('hex').slice(0, 40)}.v8cache`);

/** The cached data, when the file holds exactly what was written: its SHA-256, then the data. */
function readCached(): Buffer | undefined {
  if (!file) return undefined;
  try {
    const bytes = readFileSync(file);
    if (bytes.length <= 32) return undefined;
    const data = bytes.subarray(32);
    return sha256(data).equals(bytes.subarray(0, 32)) ? data : undefined;
  } catch {
    return undefined;
  }
}

function writeCached(data: Buffer): void {
  if (!file) return;
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, sha256(data));
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {}
  }
}

/** Runs the program from its code cache. */
function runCached(): void {
  const cachedData = readCached();
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __clusterlintUrl) {${source}\n})`, {
    filename: program,
    ...(cachedData ? { cachedData } : {}),
  });
  if (folder && (!cachedData || script.cachedDataRejected)) {
    // After the run, so that the functions it compiled are in the cache too.
    process.once('exit', () => writeCached(script.createCachedData()));
  }
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(program), module, program, dist, self);
}

// The language server (`--lsp`) is loaded by the ES module program with a dynamic import, which a
// script compiled here cannot make: it runs from dist/main.js.
if (process.argv[2] === '--lsp') void import(self);
else runCached();
