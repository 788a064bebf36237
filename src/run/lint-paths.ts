/**
 * From paths to results: the one run that the library's `lintFiles`, the command line and the
 * GitHub Action share. The library's results also remember where their text came from (a file,
 * or the bytes that were linted), so a report made later from results alone shows the very text
 * that was linted (`sourceOf`); the command line and the Action format with their inputs at hand
 * and keep nothing more per file (README "Performance": memory stays flat).
 */
import { resolve } from 'node:path';
import type { FileResult } from '../api/diagnostic.js';
import type { LoadedConfig } from '../config/config.js';
import { collectInputs, readInput } from '../io/files.js';
import { maxFileSize } from '../config/limits.js';
import { lintAll, type LintEach, type LintInput, type LintOptions } from './run.js';
import { redactSecrets } from '../secrets/mask.js';
import type { DialectName } from '../api/rule-api.js';

/** How a run over paths is set up. */
export interface PathsRun {
  /** The config in force and the folder its globs are relative to. */
  loaded: LoadedConfig;
  /** The directory relative paths are resolved against. */
  cwd: string;
  dialect?: DialectName | undefined;
  /** Named files are linted as a walk would (`--ignore-unknown`): one that is not a spec is skipped. */
  ignoreUnknown?: boolean | undefined;
  /** Keep the masked source lines of the findings (a report that shows them is asked for). */
  excerpts?: boolean | undefined;
  /** Standard input for `-`: at least its first `max` bytes. */
  stdin(max: number): Uint8Array;
  stdinName?: string | undefined;
  /** Texts linted instead of the files at these absolute paths (an editor's unsaved buffers). */
  texts?: ReadonlyMap<string, string> | undefined;
  /** How the files are linted once they are listed (threads): by default one after another here. */
  each?: ((inputs: readonly LintInput[]) => LintEach | undefined) | undefined;
}

/** What a run over paths read and found. */
export interface PathsOutcome {
  inputs: LintInput[];
  /** How many of the inputs were named (files on the command line, `-`), before `ignoreUnknown`. */
  named: number;
  results: FileResult[];
}

/** Lists the files under `paths` and lints them (SPEC §7), checks across files included. */
export function lintPaths(paths: readonly string[], run: PathsRun): PathsOutcome {
  const { config, baseDir } = run.loaded;
  let inputs = collectInputs(paths, config, baseDir, run.cwd, run.stdin, run.stdinName ?? '<stdin>');
  const named = inputs.filter((i) => i.explicit).length;
  if (run.ignoreUnknown) inputs = inputs.map((i) => ({ ...i, explicit: false }));
  const texts = run.texts;
  if (texts?.size) {
    inputs = inputs.map((i) => {
      const text = texts.get(resolve(run.cwd, i.path ?? i.file));
      return text === undefined ? i : { file: i.file, bytes: new TextEncoder().encode(text), explicit: i.explicit };
    });
  }
  const options: LintOptions = { config, baseDir, cwd: run.cwd, ...(run.dialect ? { dialect: run.dialect } : {}), ...(run.excerpts ? { excerpts: true } : {}) };
  return { inputs, named, results: lintAll(inputs, options, run.each?.(inputs)) };
}

/** Where a result's text is read again for a report. */
interface Source {
  input: LintInput;
  limit: number;
  cwd: string;
}

const sources = new WeakMap<FileResult, Source>();

/** Records, for each result, the input it was linted from (the library's results only). */
export function rememberSources(results: readonly FileResult[], inputs: readonly LintInput[], limit: number, cwd: string): void {
  const byFile = new Map(inputs.map((i) => [i.file, i]));
  for (const result of results) {
    const input = byFile.get(result.file);
    if (input) sources.set(result, { input, limit, cwd });
  }
}

/**
 * A file's text with every secret value masked (SPEC §3), read with the size limit it was linted
 * with; undefined when it cannot be read (gone since, or never a file).
 */
export function maskedSource(input: LintInput, limit: number, cwd: string): string | undefined {
  try {
    // A file over the limit shows its head, the only part ever read.
    return redactSecrets(input.file, readInput(input, limit, cwd).bytes);
  } catch {
    return undefined;
  }
}

/**
 * The masked text of each result's file, for reports made from results alone (the library's
 * `format`): the text that was linted when the result is one this process made, else the file
 * read from `cwd` with the default size limit.
 */
export function sourceOf(results: readonly FileResult[], cwd: string): (file: string) => string | undefined {
  const byFile = new Map<string, Source>();
  for (const r of results) byFile.set(r.file, sources.get(r) ?? { input: { file: r.file, explicit: false }, limit: maxFileSize({}), cwd });
  return (file) => {
    const source = byFile.get(file);
    return source && maskedSource(source.input, source.limit, source.cwd);
  };
}
