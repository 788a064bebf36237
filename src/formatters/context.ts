/** What every formatter is given besides the results: formatters never read or parse a file. */
export interface FormatContext {
  color: boolean;
  /** The working directory: the files' paths are relative to it. */
  cwd: string;
  /** The repository root (the git work tree holding `cwd`, else `cwd`): SARIF and GitHub paths are relative to it. */
  root: string;
  /** The text of a file's line (1-based) with every secret value masked, for formats that show source lines. */
  line(file: string, line: number): string | undefined;
}
