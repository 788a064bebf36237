/**
 * The body hash the checks across files compare (src/check/cross-file.ts, IdempotentTokenMismatch):
 * bodies are hashed as canonical JSON text, keys sorted. The recursive writer that serves shallow
 * bodies must write exactly what the iterative one writes, which serves any depth.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalText, hashBody } from '../../src/check/cross-file.js';

const topKeys = (data: Record<string, unknown>) => Object.keys(data).filter((k) => k !== 'IdempotentToken' && k !== '$schema').sort();

/** An object nested `depth` levels, arrays and objects in turn. */
function nested(depth: number): Record<string, unknown> {
  let v: unknown = { leaf: [1, 'two', null, -0, 1e21] };
  for (let i = 0; i < depth; i++) v = i % 2 ? { [`k${i}`]: v, a: i } : [v, i];
  return { Name: 'deep', IdempotentToken: 't', body: v };
}

describe('the canonical text of a body', () => {
  it('is the same from the recursive writer and the iterative one (property test, and bodies deeper than the recursion goes)', () => {
    const body = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 6 }));
    fc.assert(
      fc.property(body, (data) => {
        expect(canonicalText(data, topKeys(data))).toBe(canonicalJson(data, topKeys(data)));
      }),
      { numRuns: 3000, seed: 5 },
    );
    for (const depth of [10, 63, 64, 65, 200, 2000]) {
      const data = nested(depth);
      expect(canonicalText(data, topKeys(data)), String(depth)).toBe(canonicalJson(data, topKeys(data)));
    }
  });

  it('ignores key order, the token and $schema; sees every value', () => {
    const a = { Name: 'x', IdempotentToken: 'a', Groups: { g: { B: 1, A: [1, { z: 1, y: 2 }] } } };
    const b = { $schema: 's', Groups: { g: { A: [1, { y: 2, z: 1 }], B: 1 } }, IdempotentToken: 'b', Name: 'x' };
    expect(hashBody(a)).toBe(hashBody(b));
    expect(hashBody(a)).not.toBe(hashBody({ ...a, Name: 'y' }));
    expect(canonicalText(a, topKeys(a))).toBe('{"Groups":{"g":{"A":[1,{"y":2,"z":1}],"B":1}},"Name":"x"}');
  });
});
