/**
 * The JSON layer's contract on random texts: the data is `JSON.parse`'s, every pointer's span
 * holds that node's own text, whole numbers written as floats and repeated keys are found
 * whether or not the fast path ran, and a text that does not parse is a syntax error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../src/parse/json.js';
import { child, get, parent } from '../src/parse/pointer.js';

const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('a', 'b:c', 'x\\y', '~/', 'é😀', '', 'http://x', '1.0', 'v 2.0 '),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'A:B', '__proto__', 'k~1', 'x/y', 'Name', 'c"'), tie('v'), { maxKeys: 4 }),
  ),
}));

/** Every pointer of a value, depth first. */
function pointers(v: unknown, at = '', out: string[] = []): string[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pointers(x, child(at, i), out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) pointers((v as Record<string, unknown>)[k], child(at, k), out);
  return out;
}

describe('parseJson on random texts', () => {
  it('places every node at its own text, with the data of JSON.parse', () => {
    fc.assert(
      fc.property(value.v, fc.constantFrom(0, 2, 4, '\t'), (v, indent) => {
        const text = JSON.stringify({ root: v }, null, indent);
        const doc = parseJson(text);
        expect(doc.syntax).toBeUndefined();
        expect(doc.data).toStrictEqual(JSON.parse(text));
        expect(doc.duplicates).toEqual([]);
        for (const p of pointers(doc.data)) {
          const loc = doc.loc(p)!;
          expect(JSON.parse(text.slice(loc.value.start, loc.value.end))).toStrictEqual(get(doc.data, p));
          // A member has its key's span, and the key's text is the member's name.
          if (p !== '' && !Array.isArray(get(doc.data, parent(p)))) {
            expect(JSON.parse(text.slice(loc.key!.start, loc.key!.end))).toBe(p.slice(p.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~'));
          } else expect(loc.key).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds whole numbers written with a fraction or exponent, and nothing inside strings', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -999, max: 999 }), fc.constantFrom('', '.0', '.00', 'e0', 'E+1', '.5', '.25e1')), { minLength: 1, maxLength: 6 }), (numbers) => {
        const members = numbers.map(([n, suffix], i) => `"k${i}": ${n}${suffix}, "s${i}": "${n}${suffix}"`);
        const text = `{${members.join(', ')}}`;
        const expected = numbers.flatMap(([n, suffix], i) => (suffix !== '' && Number.isInteger(Number(`${n}${suffix}`)) ? [`/k${i}`] : []));
        expect([...parseJson(text).floatIntegers].sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('finds every repeated key, also when escapes hide colons', () => {
    const text = '{"a\\u003a":1,"a":2,"b":"\\u003a","a":{"c":1,"c":2}}';
    const doc = parseJson(text);
    const at = (token: string, from = 0) => text.indexOf(token, from);
    expect(doc.duplicates.map((d) => [d.pointer, d.key.start, d.firstKey.start])).toEqual([
      ['/a', at('"a":{'), at('"a":2')],
      ['/a/c', at('"c":2'), at('"c":1')],
    ]);
    expect(doc.data).toStrictEqual({ 'a:': 1, a: { c: 2 }, b: ':' });
    expect(doc.loc('/a')!.value).toEqual({ start: at('{"c"'), end: text.length - 1 });
  });

  it('finds repeated keys among keys and strings that start with a colon (the text then has `":` that ends no key)', () => {
    const word = fc.constantFrom('a', 'b', ':', ' :', ':a', '  : ', 'x:');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 6 }), fc.constantFrom('', ' ', '\n  '), (members, gap) => {
        const text = `{${members.map(([k, v]) => `${JSON.stringify(k)}${gap}:${gap}${JSON.stringify(v)}`).join(',')}}`;
        const doc = parseJson(text);
        const repeated = members.map(([k]) => k).filter((k, i, all) => all.indexOf(k) < i);
        expect(doc.duplicates.map((d) => d.pointer)).toEqual(repeated.map((k) => child('', k)));
      }),
      { numRuns: 300 },
    );
  });

  it('finds each member of an object whose keys share a hash, are written with escapes or twice', { timeout: 60_000 }, () => {
    // Members are looked up by a hash of their key (FNV-1a over UTF-16 code units, src/parse/json.ts)
    // in a table probed linearly; a probe longer than 128 falls back to the keys themselves. Keys of three code units whose
    // state after two shares its upper 16 bits, the third chosen to cancel the lower 16, collide.
    const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
    /** 12 keys of three code units that take the hash from `start` to one same state. */
    const blocks = (start: number): string[] => {
      const byHigh = new Map<number, number[][]>();
      for (let a = 0x4e00; a < 0x4e00 + 1024; a++) {
        for (let b = 0x4e00; b < 0x4e00 + 1024; b++) {
          const s = step(step(start, a), b);
          const list = byHigh.get(s >>> 16) ?? [];
          list.push([a, b, (s & 0xffff) ^ 0x5a5a]);
          byHigh.set(s >>> 16, list);
        }
      }
      return [...byHigh.values()].find((l) => l.length >= 12)!.slice(0, 12).map((units) => String.fromCharCode(...units));
    };
    const BASIS = 0x811c9dc5 | 0;
    const colliding = blocks(BASIS);
    const hash = (k: string, from = BASIS) => [...k].reduce((h, c) => step(h, c.charCodeAt(0)), from);
    expect(new Set(colliding.map((k) => hash(k))).size).toBe(1);
    // 12 keys of one hash, and 3 in an object of their own: both in the table.
    for (const keys of [colliding, colliding.slice(0, 3)]) {
      const members: Array<[string, number]> = [...keys.map((k, i): [string, number] => [k, i]), ['n\\u0041', 100], ['plain', 101], [keys[1]!, 102], ['nA', 103]];
      const text = `{"m":{${members.map(([k, v]) => `${k.startsWith('n\\') ? `"${k}"` : JSON.stringify(k)}:${v}`).join(',')}}}`;
      const doc = parseJson(text);
      expect(doc.syntax).toBeUndefined();
      const last = new Map<string, string>();
      for (const [k, v] of members) last.set(k === 'n\\u0041' ? 'nA' : k, String(v));
      for (const [key, value] of last) {
        const loc = doc.loc(child('/m', key))!;
        expect(text.slice(loc.value.start, loc.value.end), key).toBe(value);
        expect(JSON.parse(text.slice(loc.key!.start, loc.key!.end)), key).toBe(key);
      }
      expect(doc.loc(child('/m', 'missing'))).toBeUndefined();
      expect(doc.loc(child('/m', `${keys[0]!}x`))).toBeUndefined();
    }
    // Blocks that take the hash to the same state chain: 12^5 = 248,832 keys of one hash, which a
    // probe would compare with each other (quadratic: 20,736 of them took 12 s); the fallback
    // indexes them by key.
    const second = blocks(hash(colliding[0]!));
    const third = blocks(hash(colliding[0]! + second[0]!));
    const fourth = blocks(hash(colliding[0]! + second[0]! + third[0]!));
    const fifth = blocks(hash(colliding[0]! + second[0]! + third[0]! + fourth[0]!));
    const many: string[] = [];
    for (const a of colliding) for (const b of second) for (const c of third) for (const d of fourth) for (const e of fifth) many.push(a + b + c + d + e);
    expect(new Set(many.map((k) => hash(k))).size).toBe(1);
    const big = `{"m":{${many.map((k, i) => `${JSON.stringify(k)}:${i}`).join(',')}}}`;
    const started = Date.now();
    const doc = parseJson(big);
    const loc = doc.loc(child('/m', many[123_456]!))!;
    expect(big.slice(loc.value.start, loc.value.end)).toBe('123456');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('names the key of each whole number written as a float before working out its pointer', () => {
    const text = '{"Groups":{"g":{"DesiredVMCount":2.0,"SpotPriceLimit":0.0}},"list":[1e2],"Description":"x: 3.0 y","n\\u0041":4.0,"ok":1.5}';
    const doc = parseJson(text);
    expect(doc.floatIntegerKeys).toEqual(['DesiredVMCount', 'SpotPriceLimit', '', '', '']);
    expect([...doc.floatIntegers]).toEqual(['/Groups/g/DesiredVMCount', '/Groups/g/SpotPriceLimit', '/list/0', '/nA']);
    expect(parseJson('{"a": 1.5, "b": "2.0", "c": "ecs.g6.large"}').floatIntegerKeys).toEqual([]);
  });

  it('reports a text that does not parse where the parser stopped', () => {
    fc.assert(
      fc.property(value.v, fc.nat(), (v, cut) => {
        const full = JSON.stringify({ root: v }, null, 2);
        const text = full.slice(0, cut % full.length);
        const doc = parseJson(text);
        expect(doc.data).toBeUndefined();
        expect(doc.syntax!.span.start).toBeLessThanOrEqual(text.length);
        expect(doc.syntax!.detail).toMatch(/\.$/);
      }),
      { numRuns: 300 },
    );
  });
});
