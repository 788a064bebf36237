/**
 * Finding, reading and validating the config file (SPEC §6). The config is data only: JSON or
 * YAML, validated by `schemas/clusterlint-config.schema.json`; an invalid one stops the run with
 * its own file, line and column.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { config as validateConfig } from '../generated/validators.js';
import type { ClusterlintConfig } from './config-types.js';
import { codeNameProblem } from '../catalogue/codes.js';
import { DEFAULT_MAX_FILE_SIZE } from './limits.js';
import { parseFile } from '../parse/parse.js';
import { isObject } from '../parse/pointer.js';
import { readLimited, readPipe, type LimitedRead } from '../io/read.js';
import { globProblem } from './glob.js';

/** A problem the user must fix before linting can start (exit code 2, one line). */
export class UsageError extends Error {}

/** The names looked up, in order, in each directory from the working directory upward. */
const CONFIG_NAMES = ['clusterlint.config.json', 'clusterlint.config.yaml', 'clusterlint.config.yml'];

/** The nearest config file from `start` upward, if any. */
function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  while (true) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** A loaded config and the directory its globs are relative to. */
export interface LoadedConfig {
  path: string | undefined;
  baseDir: string;
  config: ClusterlintConfig;
}

/** Loads `explicit` (from `--config`) or the nearest config; no config at all is an empty one. */
export function loadConfig(explicit: string | undefined, cwd: string): LoadedConfig {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!path) return { path: undefined, baseDir: cwd, config: {} };
  let read: LimitedRead;
  try {
    // A named pipe (`--config <(command)`, a FIFO) is read as the spec pipes are: without waiting
    // for a writer, so one that nobody writes to is an empty config rather than a hang.
    read = statSync(path).isFIFO() ? readPipe(path, DEFAULT_MAX_FILE_SIZE) : readLimited(path, DEFAULT_MAX_FILE_SIZE);
  } catch (e) {
    throw new UsageError(`cannot read config ${explicit ?? path}: ${reason(e)}`);
  }
  const shown = explicit ?? (relative(cwd, path) || path);
  if (read.oversize) throw new UsageError(`config ${shown} is larger than ${DEFAULT_MAX_FILE_SIZE} bytes`);
  return { path, baseDir: dirname(path), config: parseConfig(path, read.bytes, shown) };
}

/**
 * Parses and validates a config's bytes (`path` decides JSON or YAML by its extension); a problem
 * is a `UsageError` naming `shown` with the line and column.
 */
export function parseConfig(path: string, bytes: Uint8Array, shown: string): ClusterlintConfig {
  const spec = parseFile(path, bytes);
  const doc = spec.documents[0]!;
  const at = (offset: number) => {
    const p = spec.lines.position(offset);
    return `${shown}:${p.line}:${p.column}`;
  };
  if (doc.syntax) throw new UsageError(`invalid config ${at(doc.syntax.span.start)}: ${doc.syntax.detail}`);
  if (spec.documents.length > 1) throw new UsageError(`invalid config ${at(spec.documents[1]!.start.start)}: a config file holds one document.`);
  const data = doc.data;
  if (!isObject(data)) throw new UsageError(`invalid config ${at(doc.start.start)}: the config must be an object.`);
  if (doc.duplicates[0]) throw new UsageError(`invalid config ${at(doc.duplicates[0].key.start)}: the key is written twice.`);
  if (!validateConfig(data)) {
    const e = validateConfig.errors![0]!;
    const params = e.params as { additionalProperty?: string; propertyName?: string };
    const extra = params.additionalProperty ?? params.propertyName;
    const pointer = extra !== undefined ? `${e.instancePath}/${escapeToken(extra)}` : e.instancePath;
    const loc = doc.loc(pointer);
    const offset = loc ? (extra !== undefined ? (loc.key ?? loc.value) : loc.value).start : doc.start.start;
    const what = pointer === '' ? 'the config' : pointer.slice(1).split('/').join('.');
    const message = extra !== undefined && params.additionalProperty !== undefined ? `unknown setting "${extra}"` : `${what} ${e.message}`;
    throw new UsageError(`invalid config ${at(offset)}: ${message}.`);
  }
  const config = data as ClusterlintConfig;
  const where = (pointer: string, target: 'key' | 'value') => {
    const loc = doc.loc(pointer);
    return at((loc ? (target === 'key' ? (loc.key ?? loc.value) : loc.value) : doc.start).start);
  };
  const dotted = (pointer: string) => pointer.slice(1).split('/').join('.');
  for (const [pointer, glob] of globsOf(config)) {
    const problem = globProblem(glob);
    if (problem) throw new UsageError(`invalid config ${where(pointer, 'value')}: ${dotted(pointer)} ${problem}.`);
  }
  // A misspelt code would silently turn nothing off (SPEC §6): the first such key in the file stops the run.
  // Severity keys are placed at the key; the codes of `ignore` entries at their value.
  const named = [
    ...severityKeysOf(config).map(([map, code]) => ({ label: dotted(map), code, pointer: `${map}/${escapeToken(code)}`, target: 'key' as const })),
    ...(config.ignore ?? []).flatMap((e, i) => e.codes.map((code, j) => ({ label: `ignore.${i}.codes`, code, pointer: `/ignore/${i}/codes/${j}`, target: 'value' as const }))),
  ];
  const typos = named
    .map((n) => ({ ...n, problem: codeNameProblem(n.code) }))
    .filter((t) => t.problem !== undefined)
    .map((t) => {
      const loc = doc.loc(t.pointer);
      return { ...t, offset: (loc ? (t.target === 'key' ? (loc.key ?? loc.value) : loc.value) : doc.start).start };
    })
    .sort((a, b) => a.offset - b.offset);
  if (typos[0]) {
    const t = typos[0];
    throw new UsageError(`invalid config ${where(t.pointer, t.target)}: ${t.label}: ${t.problem}${/[.?]$/.test(t.problem!) ? '' : '.'}`);
  }
  return config;
}

/** Every key of the config's severity maps (top level and overrides) with the pointer of its map. */
function severityKeysOf(config: ClusterlintConfig): Array<[string, string]> {
  const keys = (map: string, severity: Record<string, unknown> | undefined) => Object.keys(severity ?? {}).map((code): [string, string] => [map, code]);
  return [...keys('/severity', config.severity), ...(config.overrides ?? []).flatMap((o, j) => keys(`/overrides/${j}/severity`, o.severity))];
}

/** A key as one JSON Pointer token (RFC 6901). */
function escapeToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Every glob of a config with its pointer. */
function globsOf(config: ClusterlintConfig): Array<[string, string]> {
  const list = (name: string, globs: readonly string[] | undefined) => (globs ?? []).map((g, i): [string, string] => [`${name}/${i}`, g]);
  return [
    ...list('/include', config.include),
    ...list('/exclude', config.exclude),
    ...(config.overrides ?? []).flatMap((o, j) => list(`/overrides/${j}/files`, o.files)),
    ...(config.ignore ?? []).flatMap((e, j) => list(`/ignore/${j}/files`, e.files)),
  ];
}

/** A one-line reason for a file system error. */
export function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
    EEXIST: 'a file of that name exists',
    EIO: 'input/output error',
  };
  return (err.code && known[err.code]) ?? err.message ?? String(e);
}
