import { deref, type SchemaNode } from '../src/dialect/dialect.js';
import { defineRule, exactInteger, get, isObject } from '../src/api/rule-api.js';

/**
 * A number the API wants as an integer must be written as one: `3.0` and `1e2` parse to whole
 * numbers but the API reads them as floats and rejects them (e.g. InvalidDesiredVMCount, "Its type
 * must be integer"). Reported as the parameter's type check.
 */
export default defineRule({
  id: 'integer-literal',
  dialect: 'any',
  docs: 'Integer parameters are written without a fraction or exponent (the type rows, e.g. InvalidDesiredVMCount "Its type must be integer"; SPEC §4).',
  // The type check of every parameter the two schemas type as integer: the documented row of
  // DesiredVMCount, the template for the others. test/meta.test.ts checks the list against the schemas.
  codes: [
    'InvalidDesiredVMCount',
    'InvalidConfigs.Disks.SystemDisk.Size',
    'InvalidConfigs.Disks.DataDisk.Size',
    'InvalidConfigs.Mounts.CacheBlockSize',
    'InvalidConfigs.Mounts.CacheTotalSize',
    'InvalidConfigs.Mounts.RefreshTimeOut',
    'InvalidSize',
    'InvalidDataDiskSize',
  ],
  check({ document, data, report, schema, source }) {
    // JSON says which keys the candidates stand under before working out where they are: the
    // `0.0` of a price needs no pointer.
    const keys = document.floatIntegerKeys;
    const root = schema('');
    if (keys && root) {
      const integers = integerKeys(root);
      if (!integers.anyKey && keys.every((k) => k !== '' && !integers.names.has(k))) return;
    }
    for (const pointer of document.floatIntegers) {
      if (schema(pointer)?.type !== 'integer') continue;
      const value = get(data, pointer);
      // Whole digits here were made a float by a tag (`!!float 2`, YAML): the tag goes too.
      const written = source(pointer) ?? '';
      const tagged = /^[-+]?\d+$/.test(written);
      const detail = tagged
        ? `The value is tagged !!float, which makes it a float; write it as the integer ${String(value)}, without the tag.`
        : `The value is written with a fraction or exponent; write it as the integer ${String(value)}.`;
      // The integer the literal stands for exactly (`1e2` → 100), worked on its digits (SPEC §10, clarification 8).
      const exact = tagged ? undefined : exactInteger(written);
      report.invalid(pointer, 'type', { detail, ...(exact !== undefined ? { fix: { from: written, to: exact, quotes: 'none' } } : {}) });
    }
  },
});

/** The property names a schema types as integer anywhere, and whether a map's values (any key) can be integers. */
interface IntegerKeys {
  names: ReadonlySet<string>;
  anyKey: boolean;
}

const known = new WeakMap<SchemaNode, IntegerKeys>();

function integerKeys(root: SchemaNode): IntegerKeys {
  let found = known.get(root);
  if (found) return found;
  const names = new Set<string>();
  let anyKey = false;
  const isInteger = (node: unknown) => {
    if (!isObject(node)) return false;
    const type = deref(root, node as SchemaNode).type;
    return type === 'integer' || (Array.isArray(type) && type.includes('integer'));
  };
  // Every schema node, wherever it stands (definitions, allOf parts, if/then branches).
  const stack: unknown[] = [root];
  const seen = new Set<unknown>();
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    if (!isObject(node) || seen.has(node)) continue;
    seen.add(node);
    if (isObject(node.properties)) for (const [name, p] of Object.entries(node.properties)) if (isInteger(p)) names.add(name);
    if (isInteger(node.additionalProperties)) anyKey = true;
    if (isObject(node.patternProperties)) for (const p of Object.values(node.patternProperties)) if (isInteger(p)) anyKey = true;
    stack.push(...Object.values(node));
  }
  found = { names, anyKey };
  known.set(root, found);
  return found;
}
