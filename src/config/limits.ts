/**
 * The limits that keep a run bounded in time and memory whatever a file contains (README
 * "Security"). Each is reported as a diagnostic where it applies, never as a crash.
 */
import type { ClusterlintConfig } from './config-types.js';

/**
 * The default largest file clusterlint reads, in bytes (config `maxFileSize`). A CreateCluster
 * body is a few kilobytes; 10 MiB leaves room for generated specs while bounding the memory one
 * file can take. A larger file is `FileTooLarge`, and only its head is ever read.
 */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** The size limit of a run: the config's `maxFileSize`, else the default. */
export function maxFileSize(config: ClusterlintConfig): number {
  return config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}

/**
 * The default number of findings reported for one file (config `maxFindingsPerFile`). A spec
 * with real mistakes has a handful; a hostile file can hold one per key, a report nobody reads
 * that costs time and memory to write (README "Security"). Past the limit, the first findings in
 * file order are kept and `TooManyFindings` says how many more there are.
 */
export const DEFAULT_MAX_FINDINGS = 1000;

/** The findings limit of a run: the config's `maxFindingsPerFile`, else the default. */
export function maxFindings(config: ClusterlintConfig): number {
  return config.maxFindingsPerFile ?? DEFAULT_MAX_FINDINGS;
}

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

/**
 * How many values (objects, arrays and scalars) one JSON file may hold. A body has a few hundred;
 * the limit bounds the memory of the positions kept for each value (a 10 MiB file can hold
 * millions; README "Security").
 */
export const MAX_VALUES = 500_000;

/** The detail of the syntax error for a JSON file with more than `MAX_VALUES` values. */
export const TOO_MANY_VALUES = `The file holds more than ${MAX_VALUES} values; clusterlint reads at most ${MAX_VALUES}.`;

/**
 * How many tokens (keys, values, punctuation, line breaks) one YAML file may hold. A body has a
 * few hundred, and an object of 60,000 keys about 360,000; the yaml package keeps several objects
 * per token, and holds a whole document's tokens and nodes at once, so this bounds the memory of a
 * YAML file as `MAX_VALUES` does for JSON (README "Security"). At 1,000,000, a file of 60,000 keys
 * each written twice (960,000 tokens) peaked at 344 MB; 25,000 keys twice, the most 400,000 let
 * through, at 179 MB (2026-11-30).
 */
export const MAX_YAML_TOKENS = 400_000;

/** The detail of the syntax error for a YAML file with more than `MAX_YAML_TOKENS` tokens. */
export const TOO_MANY_TOKENS = `The file holds more than ${MAX_YAML_TOKENS} YAML tokens (keys, values, punctuation, line breaks); clusterlint reads at most ${MAX_YAML_TOKENS}.`;

/**
 * How many documents one YAML file may hold. A file holds one spec, or a few; each document costs
 * the yaml package a few kilobytes whatever it holds, and 10 MiB of `---` is millions of empty
 * documents (README "Security"). The documents past the limit are not parsed.
 */
export const MAX_YAML_DOCUMENTS = 10_000;

/** The detail of the syntax error for a YAML file with more than `MAX_YAML_DOCUMENTS` documents. */
export const TOO_MANY_DOCUMENTS = `The file holds more than ${MAX_YAML_DOCUMENTS} YAML documents; clusterlint reads at most ${MAX_YAML_DOCUMENTS}.`;

/** How many nodes aliases may add to one YAML document before it is treated as an alias bomb. */
export const MAX_ALIAS_EXPANSION = 10_000;
