/**
 * The library (SPEC §8): `import { lintFiles, lintText, loadConfig, format, codes } from 'clusterlint'`.
 *
 * Importing it does nothing but define these: no argument is read, nothing is printed, the
 * process is never exited and V8's flags are left alone. The command line and the GitHub Action
 * run the same engine (`lintPaths`, `lintAll`) with their own input and output around it.
 * Linting runs on the calling thread; a problem the command line reports with exit code 2 (an
 * invalid config, a path that cannot be read, an unknown format) is thrown as a `UsageError`.
 */
import { resolve } from 'node:path';
import { fileResult, type FileResult } from './api/diagnostic.js';
import type { ClusterlintConfig, DialectName } from './config/config-types.js';
import { loadConfig as loadConfigFile, parseConfig, UsageError, type LoadedConfig } from './config/config.js';
import { displayPath, walkReads } from './io/files.js';
import { lintPaths, rememberSources } from './run/lint-paths.js';
import { maxFileSize } from './config/limits.js';
import { lintAll, type LintInput } from './run/run.js';
import type { CodeInfo } from './catalogue/catalogue.js';
import { catalogueCodes } from './catalogue/list.js';
import { fixRounds } from './fix/fix.js';
import { explainDoc, explainText } from './docs/explain.js';
import { FORMATS, joined, resultsContext } from './formatters/index.js';

export type { Diagnostic, Fix, FileResult } from './api/diagnostic.js';
export { compareDiagnostics } from './api/diagnostic.js';
export type { CodeInfo, Origin, Severity } from './catalogue/catalogue.js';
export type { ClusterlintConfig, DialectName, Override, Quotas, SeveritySetting } from './config/config-types.js';
export type { LoadedConfig } from './config/config.js';
export { UsageError };

/**
 * The names `format` accepts: the command line's `--format` names (written out here so the
 * published declarations stand alone; test/library.test.ts checks they are the same).
 */
export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'gitlab' | 'checkstyle';

/** A config for one call: plain data, checked as a config file is, or what `loadConfig` returned. */
export type ConfigOption = ClusterlintConfig | LoadedConfig;

/** Options of `lintFiles`. */
export interface LintFilesOptions {
  /** The directory relative paths are resolved against and the config is looked up from; default `process.cwd()`. */
  cwd?: string;
  /**
   * The config. Plain data has its globs relative to `cwd`; a `loadConfig` result, relative to
   * its file. Default: the nearest `clusterlint.config.{json,yaml,yml}` from `cwd` upward, as on
   * the command line.
   */
  config?: ConfigOption;
  /** Lint every file as this dialect (`--dialect`). */
  dialect?: DialectName;
  /** Skip named files that are not specs, as a directory walk does (`--ignore-unknown`). */
  ignoreUnknown?: boolean;
  /**
   * Texts to lint instead of the files at these absolute paths (an editor's unsaved buffers):
   * a file the paths name or a walk finds is linted from its text here when it has one.
   */
  texts?: ReadonlyMap<string, string>;
}

/** Options of `lintText`. */
export interface LintTextOptions {
  /** The name reported for the text; its extension picks JSON or YAML (default `<text>`: JSON if it parses as JSON, else YAML). */
  filename?: string;
  /** Lint the text as this dialect; by default it is decided as for a file (SPEC §1). */
  dialect?: DialectName;
  /** The config (default: none; no file is looked up). Plain data has its globs relative to `cwd`. */
  config?: ConfigOption;
  /** The directory `filename` and a plain config's globs are relative to; default `process.cwd()`. */
  cwd?: string;
  /**
   * Judge the text as a directory walk judges a file: a text that is not a spec (SPEC §1; a text
   * that does not parse, by the keys it seems to have) gets no diagnostics rather than `UnknownDialect`.
   */
  ignoreUnknown?: boolean;
}

/** Options of `loadConfig`. */
export interface LoadConfigOptions {
  /** Where the lookup starts, and what `file` is relative to; default `process.cwd()`. */
  cwd?: string;
  /** This config file instead of the nearest one (`--config`). */
  file?: string;
}

/** Options of `format`. */
export interface FormatOptions {
  /** The directory the results' paths are relative to (SARIF and GitHub paths are made relative to its repository); default `process.cwd()`. */
  cwd?: string;
  /** ANSI colours in `stylish` (default false). */
  color?: boolean;
}

/**
 * Lints the files under `paths` (files whatever their name, folders walked for specs) as the
 * command line does, with the checks across files over all of them; one result per linted file,
 * in sorted order: the shape of `--format json`.
 */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const loaded = options.config === undefined ? loadConfigFile(undefined, cwd) : configOf(options.config, cwd);
  const { inputs, results } = lintPaths(paths, {
    loaded,
    cwd,
    dialect: options.dialect,
    ignoreUnknown: options.ignoreUnknown,
    texts: options.texts,
    stdin: () => {
      throw new UsageError('"-" (standard input) is not read by lintFiles; pass the text to lintText');
    },
  });
  rememberSources(results, inputs, maxFileSize(loaded.config), cwd);
  return results;
}

/**
 * Lints one text as if it were a file named `filename` that was named on the command line: a
 * text whose dialect cannot be decided gets `UnknownDialect`. With `ignoreUnknown`, it is judged
 * as a file found by walking a folder: one that is not a spec gets no diagnostics.
 */
export function lintText(text: string, options: LintTextOptions = {}): FileResult {
  const cwd = resolve(options.cwd ?? process.cwd());
  const { config, baseDir } = options.config === undefined ? { config: {}, baseDir: cwd } : configOf(options.config, cwd);
  const file = displayPath(options.filename ?? '<text>');
  const input: LintInput = { file, bytes: new TextEncoder().encode(text), explicit: !options.ignoreUnknown };
  // A text with no document at all (an empty YAML stream), or not a spec with `ignoreUnknown`, has nothing to report.
  const [result = fileResult(file, [])] = lintAll([input], { config, baseDir, cwd, ...(options.dialect ? { dialect: options.dialect } : {}) });
  rememberSources([result], [input], maxFileSize(config), cwd);
  return result;
}

/** Options of `isPathIgnored`. */
export interface IgnoredOptions {
  /** The folder the walk starts from (a workspace folder), and what `path` is relative to; default `process.cwd()`. */
  cwd?: string;
  /** The config, as for `lintFiles`; default: the nearest config file from `cwd` upward. */
  config?: ConfigOption;
}

/**
 * Whether `clusterlint` run on the folder `cwd` passes over the file at `path` (SPEC §7): a folder
 * on the way is `node_modules` or `.git` or excluded by the config, the file is excluded, or it is
 * not what a walk reads (the config's `include`, else JSON and YAML by name). A file outside `cwd`
 * is judged as a walk of its own folder would judge it. Whether the file is a spec is not asked
 * (that takes its text: `ignoreUnknown`). An editor asks this before it lints a buffer.
 */
export function isPathIgnored(path: string, options: IgnoredOptions = {}): boolean {
  const cwd = resolve(options.cwd ?? process.cwd());
  const loaded = options.config === undefined ? loadConfigFile(undefined, cwd) : configOf(options.config, cwd);
  return !walkReads(path, '.', loaded.config, loaded.baseDir, cwd);
}

/** What `explain` returns: `clusterlint --explain CODE` as text, and the code's README catalogue link. */
export interface Explanation {
  /** The catalogue's spelling of the code (`InvalidUserData.{key}.value`). */
  code: string;
  /** The text `--explain` prints. */
  text: string;
  /** The link to the code's entry in the README's catalogue (SARIF's `helpUri`). */
  url: string;
}

/**
 * The documentation of a code, as `clusterlint --explain CODE` prints it: a catalogue code or a
 * reported one (`InvalidUserData.team.value`). An unknown code is a `UsageError` with a did-you-mean.
 */
export function explain(code: string): Explanation {
  const doc = explainDoc(code);
  return { code: doc.code, text: explainText(doc), url: doc.url };
}

/**
 * The text as `--fix` would leave it (SPEC §10): the certain fixes applied round after round, or
 * undefined when there is nothing to fix or two fixes change the same text. Linted as `lintText`.
 */
export function fixText(text: string, options: LintTextOptions = {}): { text: string; fixed: number } | undefined {
  // Fix ranges are offsets after a byte-order mark, which stays where it is.
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const fixesOf = (body: string) => lintText(bom + body, options).diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
  const body = text.slice(bom.length);
  const done = fixRounds(body, fixesOf(body), fixesOf);
  return done && done !== 'overlap' ? { text: bom + done.text, fixed: done.fixed } : undefined;
}

/** Loads the nearest config from `cwd` upward, or `file`; with no config file at all, an empty config. */
export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  return loadConfigFile(options.file, resolve(options.cwd ?? process.cwd()));
}

/**
 * The results as one report in the named format (`stylish`, `json`, `sarif`, `github`), as the
 * command line prints it. Source excerpts show the text each result was linted from, secrets
 * masked: the text given to `lintText`, or the file (read again) for `lintFiles`.
 */
export function format(results: readonly FileResult[], name: FormatName, options: FormatOptions = {}): string {
  if (!Object.hasOwn(FORMATS, name)) throw new UsageError(`unknown format "${String(name)}"; use one of: ${Object.keys(FORMATS).join(', ')}`);
  const ctx = resultsContext(results, resolve(options.cwd ?? process.cwd()), options.color ?? false);
  return joined(FORMATS[name](results, ctx));
}

/** Every code clusterlint reports, with its documented message and status (README "Code catalogue"). */
export const codes: readonly CodeInfo[] = Object.freeze(catalogueCodes().map((c) => Object.freeze({ ...c, dialects: Object.freeze([...c.dialects]) })));

/** A config option made ready: plain data is checked as a config file would be. */
function configOf(option: ConfigOption, cwd: string): LoadedConfig {
  if (isLoaded(option)) return option;
  const shown = '<config>';
  try {
    return { path: undefined, baseDir: cwd, config: parseConfig('config.json', new TextEncoder().encode(JSON.stringify(option) ?? ''), shown) };
  } catch (e) {
    // Checked as the JSON text of the data, whose line and column mean nothing to the caller.
    if (e instanceof UsageError) throw new UsageError(e.message.replace(/^invalid config <config>:\d+:\d+: /, 'invalid config: '));
    throw e;
  }
}

function isLoaded(option: ConfigOption): option is LoadedConfig {
  return typeof (option as LoadedConfig).baseDir === 'string' && typeof (option as LoadedConfig).config === 'object';
}
