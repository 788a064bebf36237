/** The output formats, by `--format` name. Formatters are pure functions of the results. */
export type { FormatContext } from './context.js';
import type { FileResult } from '../api/diagnostic.js';
import { repositoryRoot } from '../io/git.js';
import { maskedSource, sourceOf } from '../run/lint-paths.js';
import type { LintInput } from '../api/run-options.js';
import type { FormatContext } from './context.js';
import formatCheckstyle from './checkstyle.js';
import formatGithub from './github.js';
import formatGitlab from './gitlab.js';
import formatJson from './json.js';
import formatJunit from './junit.js';
import formatSarif from './sarif.js';
import formatStylish from './stylish.js';


/** Every format, by name: each writes its report piece by piece (one file's findings at a time). */
export const FORMATS = {
  stylish: (results: readonly FileResult[], ctx: FormatContext): Iterable<string> => formatStylish(results, ctx),
  json: (results: readonly FileResult[]): Iterable<string> => formatJson(results),
  sarif: (results: readonly FileResult[], ctx: FormatContext): Iterable<string> => formatSarif(results, ctx),
  github: (results: readonly FileResult[], ctx: FormatContext): Iterable<string> => formatGithub(results, ctx),
  junit: (results: readonly FileResult[]): Iterable<string> => formatJunit(results),
  gitlab: (results: readonly FileResult[], ctx: FormatContext): Iterable<string> => formatGitlab(results, ctx),
  checkstyle: (results: readonly FileResult[]): Iterable<string> => formatCheckstyle(results),
} as const;

/** A format's name. */
export type FormatName = keyof typeof FORMATS;

/** Formats results in the named format, as one text. */
export function format(name: FormatName, results: readonly FileResult[], ctx: FormatContext): string {
  return joined(FORMATS[name](results, ctx));
}

/** The pieces of a report as one text. */
export function joined(pieces: Iterable<string>): string {
  let out = '';
  for (const piece of pieces) out += piece;
  return out;
}

/**
 * The context for formatting the results of `inputs`, whose files were read with the size limit
 * `limit` (`maxFileSize`). Files were not kept in memory while linting: a source line is read
 * again when it is printed, with every secret value masked (SPEC §3: a secret never appears in
 * any output).
 */
export function formatContext(inputs: readonly LintInput[], cwd: string, color: boolean, limit: number): FormatContext {
  const byFile = new Map(inputs.map((i) => [i.file, i]));
  return {
    color,
    cwd,
    root: repositoryRoot(cwd),
    source: (file) => {
      const input = byFile.get(file);
      // A file gone since it was linted prints its findings without source lines.
      return input && maskedSource(input, limit, cwd);
    },
  };
}

/** The context for formatting results alone (the library's `format`): each result's text as it was linted (`sourceOf`). */
export function resultsContext(results: readonly FileResult[], cwd: string, color: boolean): FormatContext {
  return { color, cwd, root: repositoryRoot(cwd), source: sourceOf(results, cwd) };
}
