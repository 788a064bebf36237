/** "Did you mean": the nearest known name, against a plain implementation of the same distance. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/api/helpers.js';

/** Optimal string alignment distance, written out with a full table. */
function reference(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function referenceClosest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = k.toLowerCase() === name.toLowerCase() ? 0 : reference(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) (best = k), (bestDistance = d);
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.min(3, Math.floor(name.length / 3))) ? best : undefined;
}

describe('closest', () => {
  it('suggests the documented names for common typos', () => {
    const known = ['Name', 'Description', 'ImageId', 'InstanceType', 'Groups', 'Configs', 'UserData', 'Notification', 'IdempotentToken'];
    expect(closest('Descripton', known)).toBe('Description');
    expect(closest('imageid', known)).toBe('ImageId');
    expect(closest('Gorups', known)).toBe('Groups');
    expect(closest('Colour', known)).toBeUndefined();
  });

  it('agrees with the full-table distance on random names, long ones included', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'x'), maxLength: 70 });
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 6 }), (name, known) => {
        expect(closest(name, known)).toBe(referenceClosest(name, known));
      }),
      { numRuns: 500 },
    );
  });
});
