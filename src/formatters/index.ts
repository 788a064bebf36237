/** The output formats, by `--format` name. Formatters are pure functions of the results. */
export type { FormatContext } from './context.js';
import type { FileResult } from '../api/diagnostic.js';
import { repositoryRoot } from '../io/git.js';
import { excerptOf } from '../run/excerpts.js';
import { sourceOf } from '../run/lint-paths.js';
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
 * The context for formatting the results of a run made with `excerpts`: the source lines come
 * from the one read of each file, kept with its diagnostics (`excerptOf`), never read again.
 */
export function formatContext(results: readonly FileResult[], cwd: string, color: boolean): FormatContext {
  return { color, cwd, root: repositoryRoot(cwd), line: keptLines(results) };
}

/**
 * The context for formatting results alone (the library's `format`): the lines kept with the
 * diagnostics when their run kept them, else each result's text as it was linted (`sourceOf`,
 * read when asked).
 */
export function resultsContext(results: readonly FileResult[], cwd: string, color: boolean): FormatContext {
  const kept = keptLines(results);
  const source = sourceOf(results, cwd);
  const split = new Map<string, string[] | undefined>();
  return {
    color,
    cwd,
    root: repositoryRoot(cwd),
    line: (file, n) => {
      const line = kept(file, n);
      if (line !== undefined) return line;
      if (!split.has(file)) split.set(file, source(file)?.split(/\r\n|\r|\n/));
      return split.get(file)?.[n - 1];
    },
  };
}

/** The lines kept with the results' diagnostics, by file and line. */
function keptLines(results: readonly FileResult[]): (file: string, line: number) => string | undefined {
  const lines = new Map<string, Map<number, string>>();
  for (const r of results) {
    for (const d of [...r.diagnostics, ...r.suppressedDiagnostics]) {
      const text = excerptOf(d);
      if (text === undefined) continue;
      let byLine = lines.get(r.file);
      if (!byLine) lines.set(r.file, (byLine = new Map()));
      byLine.set(d.line, text);
    }
  }
  return (file, line) => lines.get(file)?.get(line);
}
