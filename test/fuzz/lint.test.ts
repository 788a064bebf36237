/**
 * Property tests of the engine: whatever the bytes, `lintAll` returns (never throws), every
 * position lies inside its file, and every format prints the result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintAll, type LintInput } from '../../src/run/run.js';
import { FORMATS, joined, type FormatName } from '../../src/formatters/index.js';
import type { FileResult } from '../../src/api/diagnostic.js';
import { expectWellFormed, fuzzOptions, hostileString, mutatedSpec } from './arbitraries.js';

function lint(files: Record<string, Uint8Array>, explicit = true): FileResult[] {
  const inputs: LintInput[] = Object.entries(files).map(([file, bytes]) => ({ file, bytes, explicit }));
  return lintAll(inputs, { config: { quotas: { MaxClusterCount: 1, MaxClusterGroupCount: 1, MaxClusterGroupDesiredVMCount: 1 } }, baseDir: process.cwd(), cwd: process.cwd() });
}

/** Every format prints the results; the JSON format gives them back exactly. */
function expectPrintable(results: FileResult[], files: Record<string, Uint8Array>): void {
  for (const name of Object.keys(FORMATS) as FormatName[]) {
    const out = joined(FORMATS[name](results, { color: true, cwd: process.cwd(), root: process.cwd(), line: (f, n) => (files[f] ? new TextDecoder().decode(files[f]).split(/\r\n|\r|\n/)[n - 1] : undefined) }));
    expect(typeof out).toBe('string');
  }
  expect(JSON.parse(joined(FORMATS.json(results)))).toEqual(results);
}

describe('fuzz: lintAll', () => {
  it('random JSON values, as JSON and as YAML', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const json = new TextEncoder().encode(JSON.stringify(value) ?? 'null');
        const files = { 'a.json': json, 'b.yaml': json, 'c.json': new TextEncoder().encode(JSON.stringify({ $schema: 'batchcompute-cluster.schema.json', v: value })) };
        const results = lint(files);
        expectWellFormed(results, files);
        expectPrintable(results, files);
      }),
      fuzzOptions(300),
    );
  });

  it('mutated specs: byte flips, truncation, insertion, duplicated lines, wrong types, line endings, BOM', () => {
    fc.assert(
      fc.property(mutatedSpec, ({ name, bytes }) => {
        const files = { [name]: bytes };
        const results = lint(files);
        expectWellFormed(results, files);
        expectPrintable(results, files);
      }),
      fuzzOptions(500),
    );
  });

  it('several mutated specs in one run (checks across files), walked and named', () => {
    fc.assert(
      fc.property(fc.array(mutatedSpec, { minLength: 2, maxLength: 5 }), fc.boolean(), (specs, explicit) => {
        const files = Object.fromEntries(specs.map((s, i) => [`dir${i % 2}/${i}-${s.name}`, s.bytes]));
        const results = lint(files, explicit);
        expectWellFormed(results, files);
      }),
      fuzzOptions(200),
    );
  });

  it('arbitrary bytes and hostile strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), hostileString.map((s) => new TextEncoder().encode(s))), fc.constantFrom('x.json', 'x.yaml', 'x'), (bytes, name) => {
        const files = { [name]: bytes };
        const results = lint(files);
        expectWellFormed(results, files);
        expectPrintable(results, files);
      }),
      fuzzOptions(300),
    );
  });
});
