/**
 * Property test of byte-order marks: whatever a UTF-16 or UTF-32 file holds, it is one syntax
 * error at 1:1 naming its encoding, and its text, decoded, is what was written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/parse/text.js';
import { lintTexts } from '../helpers.js';
import { fuzzOptions } from './arbitraries.js';

const ENCODINGS = {
  'UTF-16 (little-endian': { width: 2, littleEndian: true },
  'UTF-16 (big-endian': { width: 2, littleEndian: false },
  'UTF-32 (little-endian': { width: 4, littleEndian: true },
  'UTF-32 (big-endian': { width: 4, littleEndian: false },
} as const;

/** `text` after a byte-order mark, in UTF-16 (code units) or UTF-32 (code points). */
function encode(text: string, width: 2 | 4, littleEndian: boolean): Uint8Array {
  const withMark = `\ufeff${text}`;
  const units = width === 2 ? Array.from({ length: withMark.length }, (_, i) => withMark.charCodeAt(i)) : Array.from(withMark, (c) => c.codePointAt(0)!);
  const view = new DataView(new ArrayBuffer(units.length * width));
  units.forEach((u, i) => (width === 2 ? view.setUint16(i * 2, u, littleEndian) : view.setUint32(i * 4, u, littleEndian)));
  return new Uint8Array(view.buffer);
}

describe('fuzz: byte-order marks', () => {
  it('any text in UTF-16 or UTF-32 is one syntax error at 1:1 naming the encoding; its text decodes back', () => {
    const names = Object.keys(ENCODINGS) as Array<keyof typeof ENCODINGS>;
    fc.assert(
      // A UTF-16 LE text that starts with U+0000 has UTF-32 LE's mark: read as UTF-32, as every tool does.
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }).filter((t) => !t.startsWith('\0')), fc.constantFrom(...names), fc.constantFrom('a.json', 'a.yaml', 'a'), (text, name, file) => {
        const { width, littleEndian } = ENCODINGS[name];
        const bytes = encode(text, width, littleEndian);
        expect(decodeUtf8(bytes)).toMatchObject({ ok: false, offset: 0, text });
        const d = lintTexts({ [file]: bytes });
        expect(d.map((x) => `${x.line}:${x.column} ${x.detail}`)).toEqual([`1:1 The file is encoded as ${name}, with a byte-order mark); save it as UTF-8.`]);
        expect(['InvalidJsonFormat', 'InvalidYamlFormat']).toContain(d[0]!.code);
      }),
      fuzzOptions(300),
    );
  });
});
