import { defineCrossFileRule, type DocSummary } from '../src/api/rule-api.js';

/**
 * A token reused with a different body: the API answers IdempotentTokenMismatch (400). Bodies are
 * compared as data, key order and the token itself ignored; the first spec in sorted order keeps
 * the token and each later different one is reported at its token.
 */
export default defineCrossFileRule({
  id: 'idempotent-token',
  docs: 'An IdempotentToken is used by one body only across the specs of a run (IdempotentTokenMismatch).',
  codes: ['IdempotentTokenMismatch'],
  check({ summaries, report, lineOf, bodyHash }) {
    const first = new Map<string, DocSummary>();
    for (const s of summaries) {
      if (s.dialect !== 'batchcompute' || s.idempotentToken === undefined) continue;
      const earlier = first.get(s.idempotentToken);
      if (!earlier) {
        first.set(s.idempotentToken, s);
        continue;
      }
      if (bodyHash(earlier) === bodyHash(s)) continue;
      report(s).api('IdempotentTokenMismatch', '/IdempotentToken', {
        detail: `Also used by ${earlier.file}:${lineOf(earlier, '/IdempotentToken')} with a different body.`,
      });
    }
  },
});
