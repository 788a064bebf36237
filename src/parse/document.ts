/**
 * The parsed form of a spec file that the schema pass and the rules read: the data of each
 * document and a way back from a JSON Pointer to the text (SPEC §2 "Where a diagnostic points").
 */
import type { LineIndex, Span } from './text.js';

/** Where one node stands in the text. */
export interface NodeLoc {
  /** The key's token (quotes included), for a member of an object. */
  key?: Span;
  /** The whole value. */
  value: Span;
  /** The value's first token: `{` / `[` in JSON and YAML flow style; the first character of the first key of a YAML block mapping. */
  head: Span;
}

/** A key written twice in one object: the later occurrence and where the earlier one is. */
export interface Duplicate {
  pointer: string;
  key: Span;
  firstKey: Span;
}

/** A syntax error: where the parser stopped and why. */
export interface SyntaxProblem {
  span: Span;
  detail: string;
}

/** One document of a spec file. */
export interface SpecDocument {
  /** 0-based index in the file (always 0 for JSON). */
  index: number;
  /** The parsed body; undefined when the document has a syntax error. */
  data: unknown;
  /** Set when the document does not parse. */
  syntax?: SyntaxProblem;
  /** Pointers of numbers whose value is whole but which were written with a fraction or exponent (`3.0`, `1e2`). */
  floatIntegers: ReadonlySet<string>;
  /**
   * JSON only: the keys the candidates for `floatIntegers` stand under ('' when the text cannot
   * tell), known before their pointers are worked out; empty when there are none.
   */
  floatIntegerKeys?: readonly string[];
  /** Every repeated key, in text order. */
  duplicates: readonly Duplicate[];
  /** Where the node at a pointer stands, computed on first use. */
  loc(pointer: string): NodeLoc | undefined;
  /** The span where the document starts (its root value's first token, or its first byte). */
  start: Span;
  /**
   * YAML only: a `%YAML` directive for a version other than 1.2 — where it stands, what it would
   * change, and whether YAML 1.2 (6.8.1) says to reject it (another major version) or only to warn.
   * The document is read as YAML 1.2 all the same (README "Decisions").
   */
  versionDirective?: SyntaxProblem & { severity: 'error' | 'warning' };
}

/** A whole file, decoded and parsed. */
export interface SpecFile {
  format: 'json' | 'yaml';
  text: string;
  lines: LineIndex;
  documents: SpecDocument[];
  /** A `# yaml-language-server: $schema=…` modeline, when the file has one. */
  modelineSchema?: string;
}

/** The `floatIntegers` of a document that has none. */
export const NO_FLOATS: ReadonlySet<string> = new Set();

/**
 * A document with nothing to locate: empty (`data` null or undefined), or, with `syntax`, one that
 * does not parse (not UTF-8, a syntax error, a limit passed) or was not read (over the size limit).
 */
export function bareDocument(index: number, start: Span, data: unknown, syntax?: SyntaxProblem): SpecDocument {
  return { index, data, ...(syntax ? { syntax } : {}), floatIntegers: NO_FLOATS, duplicates: [], loc: () => undefined, start };
}
