/**
 * The values a rule asks about through `RuleContext.integersWrittenAsFloats`: whole numbers
 * written as floats (`3.0`, `1e2`, `!!float 2`) where the schema wants an integer.
 */
import { deref, schemaAtPointer, type Dialect, type SchemaNode } from '../dialect/dialect.js';
import type { SpecDocument } from '../parse/document.js';
import { isObject } from '../parse/pointer.js';

/** The pointers of a document's float-written whole numbers that its dialect types as integer. */
export function integersWrittenAsFloats(dialect: Dialect, doc: SpecDocument): string[] {
  // JSON says which keys the candidates stand under before working out where they are: a spec
  // whose only such number is a price (`"SpotPriceLimit": 0.0`, as the API's example writes it)
  // is never scanned for positions.
  const keys = doc.floatIntegerKeys;
  // No such number at all (nearly every spec): the schema's integer keys are not worked out
  // (a walk of the whole schema, milliseconds of a cold start).
  if (keys?.length === 0) return [];
  if (keys) {
    const integers = integerKeys(dialect.schema);
    if (!integers.anyKey && keys.every((k) => k !== '' && !integers.names.has(k))) return [];
  }
  const out: string[] = [];
  for (const pointer of doc.floatIntegers) if (schemaAtPointer(dialect, pointer)?.type === 'integer') out.push(pointer);
  return out;
}

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
