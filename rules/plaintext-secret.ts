import { secretPointers } from '../src/core/secrets.js';
import { defineRule, get } from '../src/rule-api.js';

/**
 * A non-empty secret written in the spec (the schema marks secrets with `x-secret`: Batch Compute
 * OSS key secret and tokens, the Container Service root password). The value never appears in
 * any output: the detail names the field only, and formatters show source lines through
 * `redactSecrets` (SPEC §3 PlaintextSecret).
 */
export default defineRule({
  id: 'plaintext-secret',
  dialect: 'any',
  docs: 'Secrets should come from a secret store, not the spec file; the value is never echoed.',
  codes: ['PlaintextSecret'],
  check({ data, report, schema }) {
    const root = schema('');
    for (const pointer of root ? secretPointers(root) : []) {
      const value = get(data, pointer);
      if (typeof value === 'string' && value !== '') {
        report.lint('PlaintextSecret', pointer, { detail: `Do not commit the value of ${pointer.slice(1).split('/').join('.')}; inject it from a secret store at deploy time.` });
      }
    }
  },
});
