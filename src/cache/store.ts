/**
 * The cache file of `--cache` (README "Cache"): its format, reading it without trusting it, and
 * writing it atomically.
 *
 * A line of JSON, `{"clusterlintCache": 2, "key", "started", "entries"}`, then one line per file:
 * its path as a JSON string, a tab, and its entry as a JSON array,
 * `[size, mtimeMs, ctimeMs, ino, sha256, explicit, linted, candidates, omitted, summaries, directives, excerpts | null]`.
 * `key` says what the results depend on besides each file's bytes (`runKey`, lint-cached.ts);
 * `started` is when the run that wrote it began (entries of files changed shortly before are
 * confirmed by their content hash: `lintCached`); `entries` is how many lines follow (a file cut
 * short at a line's end is no cache either). The file is ASCII (`asciiJson`), and JSON text holds
 * no raw tab or line break, so the lines split at once; an entry is parsed only when its file is
 * looked up (`entryOf`): one parse of the whole
 * cache made ~10 MB of objects that lived until every outcome was rebuilt, which the young
 * generation's collector copied twice (~70 ms of a repeat run over 10,000 files; issue 17).
 *
 * Everything read is checked field by field and rebuilt into fresh objects (keys in the order
 * the engine makes them, so a report is byte for byte the same), never merged into an existing
 * object: a file that is not exactly this — corrupt, truncated, from another version or key,
 * huge, a directory, unreadable — counts as no cache, an entry that is not exactly as written is
 * not used (its file is linted), and the cache is then rewritten. An unchanged entry is written
 * back as it was read.
 */
import { closeSync, fstatSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { isAscii } from 'node:buffer';
import type * as Crypto from 'node:crypto';
import { builtin } from '../io/vendor.js';
import { inBatches, writeAll } from '../io/files.js';
import { readSized } from '../io/read.js';
import type { FileOutcome } from '../run/run.js';
import { placeAt, type Candidate } from '../finalize/place.js';
import type { Finding } from '../check/findings.js';
import type { Directive } from '../finalize/suppress.js';
import type { Range } from '../parse/text.js';
import type { CachedSummary } from './summary.js';

/** The format's version: a file of another is not read. */
const FORMAT = 2;

/** A cache file larger than this is not read (a cache of 10,000 files with one in ten failing is about 3 MB). */
export const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/** What a file was when its outcome was cached. */
export interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** One file's cached outcome. */
export interface Entry extends Stamp {
  hash: string;
  explicit: boolean;
  /** The stored array; its outcome (from index 6) is checked and rebuilt only when used (`outcomeOf`). */
  raw: readonly unknown[];
  /** The entry's text as stored (written back as it is when the file has not changed). */
  text: string;
}

/** The entries of a cache file read for a run: each file's entry text, parsed when looked up (`entryOf`). */
export interface Loaded {
  started: number;
  entries: Map<string, string>;
}

/** Why a cache file was not used, or the entries it holds. */
export type ReadCache = { ok: true; cache: Loaded } | { ok: false };

/** Reads the cache file at `path` for a run with `key`; never throws. */
export function readCache(path: string, key: string): ReadCache {
  let fd: number;
  try {
    // Only a regular file is opened: opening a named pipe would wait for a writer.
    if (!statSync(path).isFile()) return { ok: false };
    fd = openSync(path, 'r');
  } catch {
    return { ok: false };
  }
  let bytes: Buffer;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return { ok: false };
    bytes = readSized(fd, stat.size);
  } catch {
    return { ok: false };
  } finally {
    closeSync(fd);
  }
  // The file is ASCII as written (`asciiJson`): read a byte a character. Any other text is read as
  // UTF-8, and checked as any other.
  const cache = splitCache(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8'), key);
  return cache ? { ok: true, cache } : { ok: false };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const HASH = /^[0-9a-f]{64}$/;

/** The header checked and the lines split into path and entry text; undefined when the text is not exactly so. */
function splitCache(text: string, key: string): Loaded | undefined {
  const headEnd = text.indexOf('\n');
  if (headEnd < 0) return undefined;
  let head: unknown;
  try {
    head = JSON.parse(text.slice(0, headEnd));
  } catch {
    return undefined;
  }
  if (!isRecord(head) || head.clusterlintCache !== FORMAT || head.key !== key || !isTime(head.started) || !isCount(head.entries)) return undefined;
  const entries = new Map<string, string>();
  for (let at = headEnd + 1; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const tab = text.indexOf('\t', at);
    if (end < 0 || tab < 0 || tab > end) return undefined;
    let file: unknown;
    try {
      file = JSON.parse(text.slice(at, tab));
    } catch {
      return undefined;
    }
    if (typeof file !== 'string' || entries.has(file)) return undefined;
    entries.set(file, text.slice(tab + 1, end));
    at = end + 1;
  }
  return entries.size === head.entries ? { started: head.started, entries } : undefined;
}

/** An entry's text parsed and its stamp, hash and `explicit` checked; undefined when it is not exactly as written. */
export function entryOf(text: string): Entry | undefined {
  let e: unknown;
  try {
    e = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(e) || e.length !== 12) return undefined;
  const [size, mtimeMs, ctimeMs, ino, hash, explicit] = e as unknown[];
  if (!isCount(size) || !isTime(mtimeMs) || !isTime(ctimeMs) || !isTime(ino) || typeof hash !== 'string' || !HASH.test(hash) || (explicit !== 0 && explicit !== 1)) return undefined;
  return { size, mtimeMs, ctimeMs, ino, hash, explicit: explicit === 1, raw: e, text };
}

/**
 * The outcome an entry holds, rebuilt for `file`; undefined when any part of it is not as written,
 * or when the run wants source lines (`excerpts`) that the entry was cached without (the file is
 * then linted).
 */
export function outcomeOf(file: string, entry: Entry, excerpts: boolean): FileOutcome | undefined {
  const [, , , , , , linted, candidates, omitted, summaries, directives, lines] = entry.raw;
  let kept: Array<[number, string]> | undefined;
  if (excerpts) {
    if (!Array.isArray(lines)) return undefined;
    kept = [];
    for (const l of lines) {
      if (!Array.isArray(l) || l.length !== 2 || !Number.isSafeInteger(l[0]) || l[0] < 1 || typeof l[1] !== 'string') return undefined;
      kept.push([l[0], l[1]]);
    }
  }
  if ((linted !== 0 && linted !== 1) || !Array.isArray(candidates) || !Array.isArray(summaries) || !Array.isArray(directives)) return undefined;
  if (!Array.isArray(omitted) || omitted.length !== 2 || !isCount(omitted[0]) || !isCount(omitted[1])) return undefined;
  const list: Candidate[] = [];
  for (const c of candidates) {
    const made = candidateOf(c, file);
    if (!made) return undefined;
    list.push(made);
  }
  const sums: CachedSummary[] = [];
  for (const x of summaries) {
    const made = summaryOf(x, file);
    if (!made) return undefined;
    sums.push(made);
  }
  const dirs: Directive[] = [];
  for (const d of directives) {
    const made = directiveOf(d);
    if (!made) return undefined;
    dirs.push(made);
  }
  return { file, linted: linted === 1, candidates: list, omitted: { unknown: omitted[0], other: omitted[1] }, directives: dirs, summaries: sums, ...(kept && linted === 1 ? { excerpts: kept } : {}) };
}

const ORIGINS = new Set(['api', 'template', 'lint']);
const SEVERITIES = new Set(['error', 'warning']);
const KINDS = new Set(['disable-next-line', 'disable-line', 'disable', 'enable', 'disable-file']);
const DIALECTS = new Set(['batchcompute', 'containerservice']);
const isLine = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;

function candidateOf(d: unknown, file: string): Candidate | undefined {
  if (!Array.isArray(d) || d.length !== 16) return undefined;
  const [code, message, detail, status, origin, severity, rule, document, pointer, line, column, endLine, endColumn, fix, parameter, rank] = d as unknown[];
  if ((parameter === null) !== (rank === null) || (parameter !== null && (typeof parameter !== 'string' || !isCount(rank)))) return undefined;
  if (typeof code !== 'string' || typeof message !== 'string' || (detail !== null && (typeof detail !== 'string' || detail === ''))) return undefined;
  if (status !== null && !isCount(status)) return undefined;
  if (!ORIGINS.has(origin as string) || !SEVERITIES.has(severity as string) || typeof rule !== 'string' || !isCount(document) || typeof pointer !== 'string') return undefined;
  if (!isLine(line) || !isLine(column) || !isLine(endLine) || !isLine(endColumn)) return undefined;
  let fixed: Candidate['fix'];
  if (fix !== null) {
    if (!Array.isArray(fix) || fix.length !== 3 || !isCount(fix[0]) || !isCount(fix[1]) || fix[1] < fix[0] || typeof fix[2] !== 'string') return undefined;
    fixed = { range: [fix[0], fix[1]], text: fix[2] };
  }
  // Made by `placeAt`, as the run that cached it made it, so that a report is the same byte for byte.
  const finding = { code, message, status: status as number | null, origin: origin as Candidate['origin'], severity: severity as Candidate['severity'], rule, pointer } as Finding;
  if (detail !== null) finding.detail = detail as string;
  if (parameter !== null) {
    finding.parameter = parameter as string;
    finding.rank = rank as number;
  }
  return placeAt(finding, file, document, { line, column, endLine, endColumn }, fixed);
}

/** A record without a prototype: any key (`__proto__` too) is just a key. */
function bare<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function summaryOf(s: unknown, file: string): CachedSummary | undefined {
  if (!Array.isArray(s) || s.length !== 6) return undefined;
  const [document, dialect, token, hash, lines, places] = s as unknown[];
  if (!isCount(document) || !DIALECTS.has(dialect as string) || (token !== null && typeof token !== 'string')) return undefined;
  if (hash !== null && (typeof hash !== 'string' || !HASH.test(hash))) return undefined;
  const summary: CachedSummary = { file, document, dialect: dialect as CachedSummary['dialect'], ...(token !== null ? { idempotentToken: token } : {}) };
  if (hash !== null) summary.bodyHash = hash;
  if (lines !== null) {
    if (!isRecord(lines)) return undefined;
    const kept = bare<number>();
    for (const k of Object.keys(lines)) {
      if (!isLine(lines[k])) return undefined;
      kept[k] = lines[k];
    }
    summary.lines = kept;
  }
  if (places !== null) {
    if (!isRecord(places)) return undefined;
    const kept = bare<Range>();
    for (const k of Object.keys(places)) {
      const r = places[k];
      if (!Array.isArray(r) || r.length !== 4 || !r.every(isLine)) return undefined;
      kept[k] = { line: r[0], column: r[1], endLine: r[2], endColumn: r[3] };
    }
    summary.places = kept;
  }
  return summary;
}

function directiveOf(d: unknown): Directive | undefined {
  if (!Array.isArray(d) || d.length !== 7) return undefined;
  const [kind, codes, reason, line, column, endColumn, document] = d as unknown[];
  if (!KINDS.has(kind as string) || !Array.isArray(codes) || !codes.every((c) => typeof c === 'string') || typeof reason !== 'string') return undefined;
  if (!isLine(line) || !isLine(column) || !isLine(endColumn) || !isCount(document)) return undefined;
  return { kind: kind as Directive['kind'], codes: [...codes] as string[], reason, line, column, endColumn, document };
}

/** An outcome as stored: the parts of `outcomeOf`, the file's name left out. */
export function storedOutcome(outcome: FileOutcome): unknown[] {
  const candidates = outcome.candidates.map((d) => [
    d.code, d.message, d.detail || null, d.status, d.origin, d.severity, d.rule, d.document, d.pointer, d.line, d.column, d.endLine, d.endColumn,
    d.fix ? [d.fix.range[0], d.fix.range[1], d.fix.text] : null,
    d.parameter ?? null,
    d.parameter !== undefined ? (d.rank ?? 0) : null,
  ]);
  const summaries = (outcome.summaries as CachedSummary[]).map((s) => [
    s.document,
    s.dialect,
    s.idempotentToken ?? null,
    s.bodyHash ?? null,
    s.lines ?? null,
    s.places ? Object.fromEntries(Object.entries(s.places).map(([k, r]) => [k, [r.line, r.column, r.endLine, r.endColumn]])) : null,
  ]);
  const directives = outcome.directives.map((d) => [d.kind, d.codes, d.reason, d.line, d.column, d.endColumn, d.document]);
  return [outcome.linted ? 1 : 0, candidates, [outcome.omitted.unknown, outcome.omitted.other], summaries, directives, outcome.excerpts ?? (outcome.linted ? null : [])];
}

/**
 * What the cache keeps of one file: its entry as it was read (`stored`, for a file that has not
 * changed), or its stamp, hash, whether it was named, and its outcome as stored (`storedOutcome`).
 */
export type Kept = { stored: string } | { stamp: Stamp; hash: string; explicit: boolean; outcome: readonly unknown[] };

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * JSON text with every character past ASCII written as a `\uXXXX` escape, so that the cache file
 * is ASCII: V8 holds such a text as a byte a character. One `…` in a finding's detail made the
 * whole 3 MB text of a cache two bytes a character, read in ~30 ms against ~16 ms.
 */
function asciiJson(value: unknown): string {
  const text = JSON.stringify(value);
  NON_ASCII.lastIndex = 0;
  return NON_ASCII.test(text) ? text.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
}

/** A stored entry's text. */
function storedEntry(kept: Kept): string {
  if ('stored' in kept) return kept.stored;
  const { stamp } = kept;
  return asciiJson([stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, kept.hash, kept.explicit ? 1 : 0, ...kept.outcome]);
}

/**
 * Writes the cache atomically: a temporary file beside it, then a rename over it, so a reader
 * sees the old file or the new one, never half of one. Returns why it could not, if it could not.
 */
export function writeCache(path: string, key: string, started: number, files: ReadonlyMap<string, Kept>): string | undefined {
  const temp = `${path}.${process.pid}.${builtin<typeof Crypto>('node:crypto').randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(temp, 'wx', 0o644);
    try {
      // Written entry by entry, in batches: the text of a cache of 10,000 files (3 MB) and the
      // object it would be made from are never held at once (the peak of a first run with --cache).
      inBatches(
        (function* () {
          yield `{"clusterlintCache":${FORMAT},"key":${asciiJson(key)},"started":${JSON.stringify(started)},"entries":${files.size}}\n`;
          for (const [file, kept] of files) yield `${asciiJson(file)}\t${storedEntry(kept)}\n`;
        })(),
        (text) => writeAll(fd, text),
      );
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    return undefined;
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {}
    return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  }
}
