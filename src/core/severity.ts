/**
 * Severity and dialect settings that depend on the file (SPEC §6): `severity` maps with a
 * trailing `*` for prefixes, and `overrides` chosen by glob, later entries winning.
 */
import { relative, resolve, sep } from 'node:path';
import type picomatchType from 'picomatch';
import type { Severity } from '../catalogue.js';
import type { DialectName } from '../rule-api.js';
import type { Override, SeveritySetting } from './config-types.js';
import type { LintOptions } from './run.js';
import { vendor } from './vendor.js';

const matchers = new Map<string, (path: string) => boolean>();

/**
 * True when `file` (as given, relative to the working directory `cwd`) matches one of the globs,
 * relative to `baseDir`. Extglobs (`+(a|b)`, `@(…)`) are read as plain characters: their nested
 * quantifiers can make one match take minutes (`+(a*)+(a*)b` against a long name).
 */
export function matchesGlobs(file: string, globs: readonly string[], baseDir: string, cwd: string): boolean {
  const rel = relative(baseDir, resolve(cwd, file)).split(sep).join('/');
  return globs.some((g) => {
    let m = matchers.get(g);
    if (!m) {
      m = vendor<typeof picomatchType>('picomatch')(g, { dot: true, noextglob: true, matchBase: !g.includes('/') });
      matchers.set(g, m);
    }
    return m(rel);
  });
}

/** The most `*` wildcards one path segment of a glob may hold (a `**` segment aside). */
const MAX_WILDCARDS = 2;
/** The most alternatives the braces of a segment with two wildcards may expand to. */
const MAX_ALTERNATIVES = 8;

/**
 * Why a glob would be too slow to match, if it would. Globs become regular expressions that
 * backtrack: each further `*` in a segment multiplies the work of a failed match by the length of
 * a file name (three take 20 ms on a 255-character name, five over a minute), and brace
 * alternatives multiply it again. A config comes with the files it is checked against, so both
 * can be hostile.
 */
export function globProblem(glob: string): string | undefined {
  for (const segment of glob.split('/')) {
    if (segment === '**') continue;
    const plain = segment.replace(/\\./g, '');
    const wildcards = plain.match(/\*+/g)?.length ?? 0;
    if (wildcards > MAX_WILDCARDS) return `has ${wildcards} "*" wildcards in one path segment; at most ${MAX_WILDCARDS} are allowed`;
    if (wildcards === MAX_WILDCARDS && alternatives(plain) > MAX_ALTERNATIVES) {
      return `has ${alternatives(plain)} brace alternatives in a path segment with ${MAX_WILDCARDS} "*" wildcards; at most ${MAX_ALTERNATIVES} are allowed there`;
    }
  }
  return undefined;
}

/** How many alternatives the braces of a text expand to (the product over its brace groups). */
function alternatives(text: string): number {
  let product = 1;
  const open: number[] = [];
  for (const c of text) {
    if (c === '{') open.push(1);
    else if (c === ',' && open.length) open[open.length - 1]!++;
    else if (c === '}' && open.length) product *= open.pop()!;
  }
  return product;
}

/** The setting a severity map gives a code: an exact entry, else the longest matching `Prefix*`. */
export function settingFor(map: Record<string, SeveritySetting> | undefined, code: string): SeveritySetting | undefined {
  if (!map) return undefined;
  if (Object.prototype.hasOwnProperty.call(map, code)) return map[code];
  let best: string | undefined;
  for (const key of Object.keys(map)) {
    if (key.endsWith('*') && code.startsWith(key.slice(0, -1)) && (!best || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : map[best];
}

/** The overrides whose globs match a file, in config order. */
export function overridesFor(file: string, options: LintOptions): Override[] {
  return (options.config.overrides ?? []).filter((o) => matchesGlobs(file, o.files, options.baseDir, options.cwd));
}

/** A code's severity in a file: the default, then `severity`, then each matching override in order. */
export function severityFor(code: string, fallback: Severity, file: string, options: LintOptions): SeveritySetting {
  let result: SeveritySetting = settingFor(options.config.severity, code) ?? fallback;
  for (const o of overridesFor(file, options)) result = settingFor(o.severity, code) ?? result;
  return result;
}

/** The dialect the last matching override gives a file, if any. */
export function dialectOverride(file: string, options: LintOptions): DialectName | undefined {
  let result: DialectName | undefined;
  for (const o of overridesFor(file, options)) result = o.dialect ?? result;
  return result;
}
