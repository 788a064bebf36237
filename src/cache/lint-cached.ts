/**
 * `--cache` (README "Cache"): the outcome of a file that has not changed since the last run comes
 * from the cache file instead of being read, parsed and linted; the checks across files then run
 * from the summaries kept with it (src/cache/summary.ts), so an unchanged file is not parsed at all.
 *
 * Whether a file changed: its size, mtime, ctime and inode, as `stat` gives them, are those the
 * cache recorded — unless the file was changed in the two seconds before the run that recorded
 * them began (a change in the same tick of a coarse clock could leave them all alone, the
 * "racily clean" case of git's index). Then, and whenever they differ, the file is read and its
 * SHA-256 compared with the cached one: a file touched but not changed (a checkout, a copy) is
 * not linted again either. A file that did change, or that the cache does not hold, is linted
 * as without a cache, and the hash kept for it is that of the bytes linting read (`lintFile`), so
 * the outcome and the hash are always of the same bytes, and no file is held in memory waiting.
 *
 * What the outcome depends on besides the file's bytes is in the cache's key (`runKey`): the
 * config as resolved, --dialect, the directories paths and globs are relative to, the dialect
 * schemas, clusterlint's version and the code that runs; and per file, whether it was named.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import { reason, UsageError } from '../config/config.js';
import { DIALECTS } from '../dialect/dialect.js';
import { displayPath, pathToOpen } from '../io/files.js';
import { readLimited } from '../io/read.js';
import { holdsSpecAt } from '../io/report-target.js';
import { lintInTurn, type FileOutcome, type LintEach, type LintInput, type LintOptions } from '../run/run.js';
import { entryOf, outcomeOf, readCache, storedOutcome, writeCache, type Kept, type Stamp } from './store.js';
import { contentHash } from './summary.js';

/** The cache file's name when `--cache-location` is not given, or names a directory. */
export const DEFAULT_CACHE_NAME = '.clusterlintcache';

/** A file changed this close before the run that cached it began is confirmed by its hash. */
const RACY_MS = 2000;

/** How a run uses its cache. */
export interface CacheRun {
  /** The cache file, absolute. */
  path: string;
  /** The run's directory (paths are relative to it). */
  cwd: string;
  /** The size limit files are read with (the config's). */
  limit: number;
  /** Report files of the run: the cache is never written over one. */
  reports: readonly string[];
  /** Says on standard error why the cache could not be written. */
  notice(text: string): void;
}

/**
 * The cache file `--cache-location` names (relative to `cwd`; default `.clusterlintcache`): a
 * path that ends with a separator or names an existing directory means a file of the default
 * name inside it.
 */
export function cachePath(location: string | undefined, cwd: string): string {
  const at = resolve(cwd, location ?? DEFAULT_CACHE_NAME);
  if (location !== undefined && /[\\/]$/.test(location)) return join(at, DEFAULT_CACHE_NAME);
  try {
    if (statSync(at).isDirectory()) return join(at, DEFAULT_CACHE_NAME);
  } catch {}
  return at;
}


/**
 * The program's identity when the command's loader runs it (dist/program.cjs): the hash the build
 * wrote into the loader, with the program file's size and time (an edited program.cjs is another).
 */
declare const CLUSTERLINT_PROGRAM_IDENTITY: string | undefined;

/** The code that runs (the library, dist/main.js): this module's file and, in the bundle, the engine beside it, hashed. */
function codeHash(): string {
  const parts: string[] = [];
  try {
    const self = fileURLToPath(import.meta.url);
    parts.push(contentHash(readFileSync(self)));
    const engine = join(dirname(self), 'engine.js');
    parts.push(contentHash(readFileSync(engine)));
  } catch {}
  return parts.join(':');
}

/**
 * What every cached outcome of a run depends on besides its file's bytes (and whether it was
 * named). Run by the command's loader, the program is known by its identity, the dialect schemas
 * bundled in it: the key is written out as it is, and a repeat run with nothing changed loads no
 * hashing at all (`node:crypto` is milliseconds to load). Otherwise the code's files and the
 * schemas are hashed into it.
 */
export function runKey(options: LintOptions): string {
  const run = [pkg.version, options.config, options.dialect ?? null, options.baseDir, options.cwd];
  if (typeof CLUSTERLINT_PROGRAM_IDENTITY === 'string') return JSON.stringify([CLUSTERLINT_PROGRAM_IDENTITY, ...run]);
  return contentHash(JSON.stringify([codeHash(), Object.values(DIALECTS).map((d) => [d.name, d.schema]), ...run]));
}

/**
 * Checks that the cache may be written where it would be (never over a file the run lints, nor
 * over a report), then returns the `LintEach` that takes unchanged files from it and lints the
 * others with `spread(others)` (threads, when the files left pay for them).
 */
export function lintCached(cache: CacheRun, spread: (toLint: readonly LintInput[]) => LintEach | undefined): LintEach {
  const refuse = (why: string) => new UsageError(`will not write the cache to ${shown(cache)}: ${why}; choose another --cache-location`);
  for (const report of cache.reports) {
    if (resolve(cache.cwd, report) === cache.path) throw refuse('it is a report of this run');
  }
  // Whether a linted file is the cache file is told by identity as each is looked at (`run`).
  return (sorted, options) => run(cache, sorted, options, spread, refuse);
}

function run(cache: CacheRun, sorted: readonly LintInput[], options: LintOptions, spread: (toLint: readonly LintInput[]) => LintEach | undefined, refuse: (why: string) => Error): FileOutcome[] {
  const started = Date.now();
  let target: Stats | undefined;
  try {
    target = statSync(cache.path);
  } catch {}
  const key = runKey(options);
  const read = readCache(cache.path, key);
  const old = read.ok ? read.cache : undefined;
  // What the cache will hold, made into its stored form only if it is written (a repeat run with
  // nothing changed writes nothing).
  const entries = new Map<string, Kept>();
  let changed = !old;
  const outcomes: FileOutcome[] = new Array(sorted.length);
  const toLint: LintInput[] = [];
  const lintAt: number[] = [];
  // The stamp of each file to lint; its hash comes with its outcome (`lintFile` hashes the bytes it lints).
  const made: Array<Stamp | undefined> = [];
  for (let i = 0; i < sorted.length; i++) {
    const input = sorted[i]!;
    const miss = (replaced: LintInput, stamp?: Stamp) => {
      toLint.push(replaced);
      lintAt.push(i);
      made.push(stamp);
      changed = true;
    };
    // Standard input and pipes are not files the cache can tell apart from their next version.
    if (input.bytes) {
      miss(input);
      continue;
    }
    const path = pathToOpen(input, cache.cwd);
    let stat: Stats | undefined;
    try {
      stat = statSync(path, { throwIfNoEntry: false });
    } catch {}
    if (target && stat && stat.ino === target.ino && stat.dev === target.dev) throw refuse('it is one of the files being linted');
    if (!stat?.isFile()) {
      miss(input); // linted as without a cache, which says what is wrong with it
      continue;
    }
    const stamp: Stamp = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
    // An entry that is not exactly as written is as none: the file is linted, and the cache rewritten.
    const stored = old?.entries.get(input.file);
    const entry = stored === undefined ? undefined : entryOf(stored);
    const usable = entry && entry.explicit === input.explicit && entry.size === stamp.size;
    if (usable && sameStamp(entry, stamp) && Math.max(stamp.mtimeMs, stamp.ctimeMs) < old!.started - RACY_MS) {
      const outcome = outcomeOf(input.file, entry, options.excerpts === true);
      if (outcome) {
        outcomes[i] = outcome;
        entries.set(input.file, { stored: entry.text });
        continue;
      }
    }
    // A file the cache holds, of the same size but another stamp, may be only touched: its hash
    // tells. A file the cache does not hold is not read here: linting reads and hashes it, so a
    // run with no cache yet holds no file's bytes but the one being linted.
    if (usable) {
      let bytes;
      try {
        bytes = readLimited(path, cache.limit, true);
      } catch {
        miss(input);
        continue;
      }
      const hash = contentHash(bytes.bytes);
      if (hash === entry.hash) {
        const outcome = outcomeOf(input.file, entry, options.excerpts === true);
        if (outcome) {
          outcomes[i] = outcome;
          entries.set(input.file, { stamp, hash, explicit: input.explicit, outcome: entry.raw.slice(6) });
          changed = true; // its stamp is new
          continue;
        }
      }
    }
    miss(input, stamp);
  }
  // A file that is no cache is replaced, unless it is a spec (a mistyped --cache-location).
  if (!read.ok && target?.isFile()) {
    let spec: boolean;
    try {
      spec = holdsSpecAt(cache.path, cache.limit);
    } catch (e) {
      throw refuse(`it cannot be read to tell whether it is a spec (${reason(e)})`);
    }
    if (spec) throw refuse('it is a Batch Compute or Container Service spec');
  }
  if (old && old.entries.size !== entries.size + made.filter(Boolean).length) changed = true;
  // Threads are chosen for the files left to lint (none, often).
  const each = spread(toLint) ?? lintInTurn;
  const linted = toLint.length ? each(toLint, { ...options, keepForCache: true }) : [];
  linted.forEach((outcome, k) => {
    outcomes[lintAt[k]!] = outcome;
    const stamp = made[k];
    if (stamp && outcome.hash !== undefined) entries.set(toLint[k]!.file, { stamp, hash: outcome.hash, explicit: toLint[k]!.explicit, outcome: storedOutcome(outcome) });
  });
  if (changed) {
    const problem = writeCache(cache.path, key, started, entries);
    if (problem) cache.notice(`cannot write the cache ${shown(cache)}: ${problem}`);
  }
  return outcomes;
}

/** The cache file's path as shown: relative to the run's directory when it is inside. */
function shown(cache: CacheRun): string {
  const rel = relative(cache.cwd, cache.path);
  return displayPath(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : cache.path);
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

