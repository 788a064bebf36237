/** The hand-written CIDR parser against the grammar it implements, written as a pattern. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCidr } from './cidr.js';

const GRAMMAR = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\/(0|[1-9]\d?)$/;

function reference(text: string): { address: number; prefix: number } | undefined {
  const m = GRAMMAR.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  return { address: octets.reduce((a, o) => a * 256 + o, 0), prefix };
}

describe('parseCidr', () => {
  it('reads the examples exactly', () => {
    expect(parseCidr('192.168.1.0/24')).toEqual({ address: 0xc0a80100, prefix: 24 });
    expect(parseCidr('255.255.255.255/32')).toEqual({ address: 0xffffffff, prefix: 32 });
    expect(parseCidr('0.0.0.0/0')).toEqual({ address: 0, prefix: 0 });
    for (const bad of ['10.0.0.0/33', '10.0.0.256/8', '010.0.0.0/8', '10.0.0.0/08', '10.0.0/8', '10.0.0.0', '10.0.0.0/8 ', ' 10.0.0.0/8', '10.0.0.0/8\n', '1000.0.0.0/8', '10.0.0.0/', '']) {
      expect(parseCidr(bad), bad).toBeUndefined();
    }
  });

  it('accepts exactly what the grammar accepts, with the same numbers', () => {
    const piece = fc.constantFrom('0', '1', '9', '10', '01', '255', '256', '999', '1000', '32', '33', '', 'a', ' ');
    const sep = fc.constantFrom('.', '/', '', '..', 'x');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([p, s]) => p + s).join('').replace(/[./x]$/, '');
        expect(parseCidr(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
