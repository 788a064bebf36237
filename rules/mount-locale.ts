import { closest, defineRule, get, quote, type SchemaNode } from '../src/api/rule-api.js';

const POINTER = '/Configs/Mounts/Locale';

/** The documented values, from the schema's suggestion branch (the one `anyOf` part with an `enum`); worked out once per schema node. */
function documented(node: SchemaNode | undefined): readonly string[] {
  if (!node) return [];
  let values = documentedOf.get(node);
  if (!values) {
    const branch = (node.anyOf as SchemaNode[] | undefined)?.find((b) => Array.isArray(b.enum));
    documentedOf.set(node, (values = (branch?.enum ?? []).filter((v): v is string => typeof v === 'string')));
  }
  return values;
}
const documentedOf = new WeakMap<SchemaNode, readonly string[]>();

/**
 * `Configs.Mounts.Locale` names the character set of file names on the mounts: `GBK` or `UTF-8`,
 * the two values Batch Compute documents. No error row says the API refuses another, so another
 * string is `InvalidConfigs.Mounts.Locale` as a warning (SPEC §4; the project's own decision,
 * kept from the first release). The schema offers the two values and accepts any string, so that
 * editors agree with the linter; a value that is not a string is the schema's type error.
 */
export default defineRule({
  id: 'mount-locale',
  dialect: 'batchcompute',
  docs: 'Configs.Mounts.Locale is GBK or UTF-8; another string is a warning (SPEC §4; project decision: no error row refuses it).',
  codes: ['InvalidConfigs.Mounts.Locale'],
  check({ data, report, schema }) {
    const value = get(data, POINTER);
    if (typeof value !== 'string') return;
    const allowed = documented(schema(POINTER));
    if (allowed.includes(value)) return;
    const near = closest(value, allowed);
    report.invalid(POINTER, 'format', {
      severity: 'warning',
      detail: `Configs.Mounts.Locale is ${quote(value)}; the documented values are ${allowed.map((v) => JSON.stringify(v)).join(', ')}.${near ? ` Did you mean "${near}"?` : ''}`,
    });
  },
});
