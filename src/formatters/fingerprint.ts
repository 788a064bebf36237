/**
 * Fingerprints that stay the same across runs (SARIF `partialFingerprints`, GitLab Code Quality
 * `fingerprint`): a hash of the code, the pointer, the file (from the repository root) and the
 * document — never a line, so moving unrelated lines keeps a finding the same — and, for
 * identical findings in one file, which of them it is.
 */
import type * as Crypto from 'node:crypto';
import { compareDiagnostics, type Diagnostic, type FileResult, type Suppression } from '../api/diagnostic.js';
import type { FormatContext } from './context.js';
import { repositoryPath } from './paths.js';
import { builtin } from '../io/vendor.js';

/**
 * Each finding of a file, suppressed ones included (with their `suppression`), in place order,
 * with its fingerprint and its path from the repository root (undefined outside it). A finding
 * keeps its fingerprint when it is suppressed.
 */
export function* fingerprinted(result: FileResult, ctx: Pick<FormatContext, 'cwd' | 'root'>): Generator<{ d: Diagnostic & { suppression?: Suppression }; path: string | undefined; fingerprint: string }> {
  // Identical findings (the same code at the same pointer of one file) are told apart by their order.
  const seen = new Map<string, number>();
  const path = repositoryPath(result.file, ctx);
  // Loaded on first use (src/io/vendor.ts): a run that writes no fingerprint never loads it.
  const { createHash } = builtin<typeof Crypto>('node:crypto');
  const all = result.suppressedDiagnostics.length ? [...result.diagnostics, ...result.suppressedDiagnostics].sort(compareDiagnostics) : result.diagnostics;
  for (const d of all) {
    const identity = JSON.stringify([d.code, d.pointer, path ?? d.file, d.document]);
    const ordinal = seen.get(identity) ?? 0;
    seen.set(identity, ordinal + 1);
    yield { d, path, fingerprint: createHash('sha256').update(`${identity}#${ordinal}`).digest('hex') };
  }
}
