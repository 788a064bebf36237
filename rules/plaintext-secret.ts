import { defineRule, get, isObject, child } from '../src/rule-api.js';
import type { SchemaNode } from '../src/core/dialect.js';

/**
 * A non-empty secret written in the spec (the schema marks secrets with `x-secret`: Batch Compute
 * OSS key secret and tokens, the Container Service root password). The value never appears in
 * any output: the detail names the field only (SPEC §3 PlaintextSecret).
 */
export default defineRule({
  id: 'plaintext-secret',
  dialect: 'any',
  docs: 'Secrets should come from a secret store, not the spec file; the value is never echoed.',
  codes: ['PlaintextSecret'],
  check({ data, report, schema }) {
    for (const pointer of secretPointers(schema(''))) {
      const value = get(data, pointer);
      if (typeof value === 'string' && value !== '') {
        report.lint('PlaintextSecret', pointer, { detail: `Do not commit the value of ${pointer.slice(1).split('/').join('.')}; inject it from a secret store at deploy time.` });
      }
    }
  },
});

const cache = new WeakMap<SchemaNode, string[]>();

/** The pointers of every `x-secret` property reachable through fixed property names. */
function secretPointers(root: SchemaNode | undefined): string[] {
  if (!root) return [];
  const known = cache.get(root);
  if (known) return known;
  const found: string[] = [];
  const walk = (node: SchemaNode, at: string) => {
    if (node['x-secret']) found.push(at);
    if (isObject(node.properties)) for (const [k, v] of Object.entries(node.properties)) walk(v, child(at, k));
  };
  walk(root, '');
  cache.set(root, found);
  return found;
}
