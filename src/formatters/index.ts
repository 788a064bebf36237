/** The output formats, by `--format` name. Formatters are pure functions of the results. */
import type { FileResult } from '../diagnostic.js';
import formatJson from './json.js';
import formatStylish from './stylish.js';

/** What a formatter may use besides the results. */
export interface FormatContext {
  color: boolean;
  /** The working directory (for paths relative to a repository root). */
  cwd: string;
  /** A file's text with every secret value masked, for formats that show source lines. */
  source(file: string): string | undefined;
}

/** Every format, by name. */
export const FORMATS = {
  stylish: (results: readonly FileResult[], ctx: FormatContext) => formatStylish(results, ctx),
  json: (results: readonly FileResult[]) => formatJson(results),
} as const;

/** A format's name. */
export type FormatName = keyof typeof FORMATS;

/** Formats results in the named format. */
export function format(name: FormatName, results: readonly FileResult[], ctx: FormatContext): string {
  return FORMATS[name](results, ctx);
}
