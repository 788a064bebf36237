/** What every formatter is given besides the results. */
/** What a formatter may use besides the results. */
export interface FormatContext {
  color: boolean;
  /** The working directory: the files' paths are relative to it. */
  cwd: string;
  /** The repository root (the git work tree holding `cwd`, else `cwd`): SARIF and GitHub paths are relative to it. */
  root: string;
  /** A file's text with every secret value masked, for formats that show source lines. */
  source(file: string): string | undefined;
}
