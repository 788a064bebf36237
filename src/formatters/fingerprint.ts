/**
 * Fingerprints that stay the same across runs (SARIF `partialFingerprints`, GitLab Code Quality
 * `fingerprint`): a hash of the code, the pointer, the file (from the repository root) and the
 * document — never a line, so moving unrelated lines keeps a finding the same — and, for
 * identical findings in one file, which of them it is.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, FileResult } from '../diagnostic.js';
import type { FormatContext } from './index.js';
import { repositoryPath } from './paths.js';

/** Each finding of a file with its fingerprint and its path from the repository root (undefined outside it). */
export function* fingerprinted(result: FileResult, ctx: Pick<FormatContext, 'cwd' | 'root'>): Generator<{ d: Diagnostic; path: string | undefined; fingerprint: string }> {
  // Identical findings (the same code at the same pointer of one file) are told apart by their order.
  const seen = new Map<string, number>();
  const path = repositoryPath(result.file, ctx);
  for (const d of result.diagnostics) {
    const identity = JSON.stringify([d.code, d.pointer, path ?? d.file, d.document]);
    const ordinal = seen.get(identity) ?? 0;
    seen.set(identity, ordinal + 1);
    yield { d, path, fingerprint: createHash('sha256').update(`${identity}#${ordinal}`).digest('hex') };
  }
}
