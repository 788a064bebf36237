/** What one run is given: its files and its settings (plain data, sent to worker threads). */
import type { Ruleset } from './rule-api.js';
import type { ClusterlintConfig, DialectName } from '../config/config-types.js';
import type { Oversize } from '../io/read.js';

/** One file to lint. */
export interface LintInput {
  /** The path as given or found, with `/` separators. */
  file: string;
  /** The content, when it is already in memory (stdin, tests); otherwise the file is read when linted. */
  bytes?: Uint8Array;
  /** Where to read the file when `bytes` is not given, relative to the run's `cwd`; `file` when absent. */
  path?: string;
  /**
   * What the path named when it was found: a regular file, not a symbolic link (read without
   * being measured first); anything else is measured as it is read. A named pipe comes with its
   * `bytes`, read once.
   */
  kind?: 'file';
  /** Named on the command line (or stdin): an undecidable dialect is an error rather than a skip. */
  explicit: boolean;
  /** Set when standard input was longer than the size limit and only its head is in `bytes`. */
  oversize?: Oversize;
}

/** Settings of one run. */
export interface LintOptions {
  config: ClusterlintConfig;
  /** `--dialect`. */
  dialect?: DialectName;
  /** The directory config globs are relative to. */
  baseDir: string;
  /** The directory the files' paths are relative to: the run's, which need not be the process's. */
  cwd: string;
  /** The rules to apply (default: every rule). Only the default crosses to worker threads. */
  ruleset?: Ruleset;
  /** Keep with each summary what the checks across files would parse the file again for (`--cache`: src/cache/). */
  keepForCache?: boolean;
  /**
   * Keep, for each result, the source lines its findings stand on, secrets masked (a report that
   * shows source lines: stylish), so that no file is read again to print them.
   */
  excerpts?: boolean;
}
