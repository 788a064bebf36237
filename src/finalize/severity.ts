/**
 * Severity and dialect settings that depend on the file (SPEC §6): `severity` maps with a
 * trailing `*` for prefixes, and `overrides` chosen by glob, later entries winning.
 */
import type { Severity } from '../catalogue/catalogue.js';
import type { DialectName } from '../api/rule-api.js';
import type { Override, SeveritySetting } from '../config/config-types.js';
import type { LintOptions } from '../api/run-options.js';
import { matchesGlobs } from '../config/glob.js';

/** The setting a severity map gives a code: an exact entry, else the longest matching `Prefix*`. */
function settingFor(map: Record<string, SeveritySetting> | undefined, code: string): SeveritySetting | undefined {
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

/**
 * A code's severity in a file: the default, then `severity`, then each matching override in order
 * (`overrides`: the file's, when the caller asks for many codes of one file).
 */
export function severityFor(code: string, fallback: Severity, file: string, options: LintOptions, overrides = overridesFor(file, options)): SeveritySetting {
  let result: SeveritySetting = settingFor(options.config.severity, code) ?? fallback;
  for (const o of overrides) result = settingFor(o.severity, code) ?? result;
  return result;
}

/** The dialect the last matching override gives a file, if any. */
export function dialectOverride(file: string, options: LintOptions): DialectName | undefined {
  let result: DialectName | undefined;
  for (const o of overridesFor(file, options)) result = o.dialect ?? result;
  return result;
}
