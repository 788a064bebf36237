/** The shape of a resolved configuration (SPEC §6); loading and validation live in `config.ts`. */

/** A dialect's name (SPEC §1). */
export type DialectName = 'batchcompute' | 'containerservice';

/** A severity setting: a code's severity or `off`. */
export type SeveritySetting = 'error' | 'warning' | 'off';

/** Account quotas the API enforces with 403 errors; none are built in (SPEC §4). */
export interface Quotas {
  MaxClusterCount?: number;
  MaxClusterGroupCount?: number;
  MaxClusterGroupDesiredVMCount?: number;
}

/** Per-file settings chosen by glob. */
export interface Override {
  files: string[];
  dialect?: DialectName;
  severity?: Record<string, SeveritySetting>;
}

/** The settings of one run. */
export interface ClusterlintConfig {
  include?: string[];
  exclude?: string[];
  overrides?: Override[];
  quotas?: Quotas;
  forbiddenOppositeRouterTypes?: string[];
  instanceTypes?: string[];
  severity?: Record<string, SeveritySetting>;
  /** The largest file read, in bytes (default `DEFAULT_MAX_FILE_SIZE` in `limits.ts`); larger ones are `FileTooLarge`. */
  maxFileSize?: number;
  /** The most findings reported for one file (default `DEFAULT_MAX_FINDINGS` in `limits.ts`); past it, `TooManyFindings`. */
  maxFindingsPerFile?: number;
  /** Findings suppressed from outside the files (SPEC §6, §9): JSON has no comments. */
  ignore?: IgnoreEntry[];
}

/** One `ignore` entry: findings of `codes` at pointers matching `pointer` in the files matching `files`. */
export interface IgnoreEntry {
  files: string[];
  /** A JSON Pointer in which a `*` token stands for any one token (SPEC §6); every pointer when absent. */
  pointer?: string;
  /** Codes; a trailing `*` matches a prefix. */
  codes: string[];
  reason?: string;
}
