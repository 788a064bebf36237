/**
 * The limits that keep a run bounded in time and memory whatever a file contains (README
 * "Security"). Each is reported as a diagnostic where it applies, never as a crash.
 */

/**
 * The default largest file clusterlint reads, in bytes (config `maxFileSize`). A CreateCluster
 * body is a few kilobytes; 10 MiB leaves room for generated specs while bounding the memory one
 * file can take. A larger file is `FileTooLarge`, and only its head is ever read.
 */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/**
 * How many bytes of a file over the size limit are read, to tell a spec from another large file
 * found by walking a directory (SPEC §1: walked files that are not specs are skipped silently).
 */
export const SNIFF_BYTES = 64 * 1024;

/**
 * How deeply objects and arrays may nest in one document (JSON and YAML, aliases expanded). A
 * CreateCluster body nests at most five levels; 128 is serde_json's default and RFC 8259 §9 lets a
 * parser set such a limit. It keeps every walk over a document far from the call stack's end —
 * the yaml package composes recursively and runs out of stack near 800 levels.
 */
export const MAX_DEPTH = 128;

/** The detail of the syntax error for a document nested deeper than `MAX_DEPTH`. */
export const TOO_DEEP = `Objects and arrays are nested more than ${MAX_DEPTH} levels deep here; clusterlint reads at most ${MAX_DEPTH} levels.`;

/** How many nodes aliases may add to one YAML document before it is treated as an alias bomb. */
export const MAX_ALIAS_EXPANSION = 10_000;
