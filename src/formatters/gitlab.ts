/**
 * `--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`), the subset of
 * the Code Climate issue format that GitLab reads: one issue per finding with the code as
 * `check_name`, the message and detail as `description`, a `fingerprint` that stays the same
 * across runs (so GitLab tells new findings from old ones in a merge request), the path from the
 * repository root and the first line, `major` (error) or `minor` (warning) as `severity`, and a
 * link to the code's catalogue entry as `content.body` (Code Climate's Markdown explanation).
 */
import type { FileResult } from '../api/diagnostic.js';
import { fingerprinted } from './fingerprint.js';
import { docLink } from './sarif.js';
import type { FormatContext } from './context.js';
import { safeJsonArray } from './safe-text.js';

export default function* formatGitlab(results: readonly FileResult[], ctx: Pick<FormatContext, 'cwd' | 'root'>): Generator<string> {
  yield* safeJsonArray(issues(results, ctx), 0);
  yield '\n';
}

function* issues(results: readonly FileResult[], ctx: Pick<FormatContext, 'cwd' | 'root'>): Generator<unknown> {
  for (const r of results) {
    for (const { d, path, fingerprint } of fingerprinted(r, ctx)) {
      // Code Quality has no notion of a suppressed finding: those are left out.
      if (d.suppression) continue;
      yield {
        type: 'issue',
        check_name: d.code,
        description: d.detail ? `${d.message} ${d.detail}` : d.message,
        categories: [d.code === 'PlaintextSecret' ? 'Security' : 'Bug Risk'],
        fingerprint,
        severity: d.severity === 'error' ? 'major' : 'minor',
        // Code Climate's optional Markdown explanation: the code's catalogue entry (GitLab's schema allows further fields).
        content: { body: `[${d.code}](${docLink(d)}): what triggers it, how to fix it, examples (also \`clusterlint --explain ${d.code}\`).` },
        // Line-based, as GitLab documents it (Code Climate allows lines or positions, not both).
        location: { path: path ?? d.file, lines: { begin: d.line, end: d.endLine } },
      };
    }
  }
}
