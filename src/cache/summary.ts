/**
 * What the checks across files need from a document, kept with its summary when the run has a
 * cache (`--cache`), so that a cached file is never read or parsed again for them: the hash of its
 * body (`bodyHash`), the lines the checks ask for (`lineOf`), and the places their findings stand
 * at. Whatever is not kept here is found as without a cache: by parsing the file again.
 */
import type * as Crypto from 'node:crypto';
import { CHECK_RANK } from '../catalogue/catalogue.js';
import { builtin } from '../io/vendor.js';
import type { SpecDocument } from '../parse/document.js';
import type { Finding } from '../check/findings.js';
import { hashBody } from '../check/cross-file.js';
import { lineAt, locate, placeAt, type Candidate } from '../finalize/place.js';
import type { LineIndex, Range } from '../parse/text.js';
import type { DocSummary, Target } from '../api/rule-api.js';

/** A summary with what the checks across files would otherwise parse its file again for. */
export interface CachedSummary extends DocSummary {
  /** `bodyHash` of the document (kept for a document with an IdempotentToken: the only ones compared). */
  bodyHash?: string;
  /** The line of the node at each pointer `lineOf` is asked for. */
  lines?: Record<string, number>;
  /** Where a finding of the checks across files stands, by `placeKey`. */
  places?: Record<string, Range>;
}

/**
 * The findings the checks across files make today: a cluster over the quota (at the document)
 * and a reused token (at its value). A new check's finding elsewhere is placed by parsing.
 */
const PLACES: ReadonlyArray<{ pointer: string; target: Target; token?: true }> = [
  { pointer: '', target: 'container' },
  { pointer: '/IdempotentToken', target: 'value', token: true },
];
const LINES: readonly string[] = ['/IdempotentToken'];

/** The key of a place: what `locate` decides by (a finding of the checks across files has no span of its own). */
function placeKey(pointer: string, target: Target, missing: boolean): string {
  return `${target}${missing ? '!' : ''}:${pointer}`;
}

/** `summary` with its body hash, lines and places, taken while its document is at hand. */
export function keepForCache(summary: DocSummary, doc: SpecDocument, lines: LineIndex): CachedSummary {
  // Not `{ ...summary, places: {} }`: a key written after a spread is slow on Node 20 (see `findingOf` in check/findings.ts).
  const kept: CachedSummary = Object.assign({}, summary, { places: {} });
  const token = summary.idempotentToken !== undefined;
  for (const p of PLACES) {
    if (p.token && !token) continue;
    kept.places![placeKey(p.pointer, p.target, false)] = lines.range(locate(doc, { pointer: p.pointer, target: p.target } as Finding));
  }
  if (token) {
    kept.bodyHash = hashBody(doc.data as Record<string, unknown>);
    kept.lines = {};
    for (const pointer of LINES) kept.lines[pointer] = lineAt(doc, lines, pointer);
  }
  return kept;
}

/** The SHA-256 (hex) of a file's bytes: what tells the cache a touched file from a changed one. */
export function contentHash(bytes: string | Uint8Array): string {
  return builtin<typeof Crypto>('node:crypto').createHash('sha256').update(bytes).digest('hex');
}

/** The body hash kept with a summary, if any. */
export function keptHash(summary: DocSummary): string | undefined {
  return (summary as CachedSummary).bodyHash;
}

/** The line kept with a summary for `lineOf(summary, pointer)`, if any. */
export function keptLine(summary: DocSummary, pointer: string): number | undefined {
  const lines = (summary as CachedSummary).lines;
  return lines && Object.hasOwn(lines, pointer) ? lines[pointer] : undefined;
}

/** A finding of the checks across files as a candidate, when its place was kept with the summary. */
export function keptCandidate(summary: DocSummary, finding: Finding): Candidate | undefined {
  const places = (summary as CachedSummary).places;
  if (!places || finding.span) return undefined;
  const key = placeKey(finding.pointer, finding.target, finding.rank === CHECK_RANK.missing);
  return Object.hasOwn(places, key) ? placeAt(finding, summary.file, summary.document, places[key]!) : undefined;
}
