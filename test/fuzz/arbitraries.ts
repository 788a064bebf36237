/**
 * What the fuzz tests share: valid specs to start from, the mutations applied to them, the fixed
 * seed, and the invariants every lint result must keep whatever the input.
 *
 * A failing property prints its seed and path; rerun it with `FC_SEED=<seed> npx vitest run test/fuzz`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { expect } from 'vitest';
import type { FileResult } from '../../src/api/diagnostic.js';
import { ROOT } from '../helpers.js';

/** fast-check settings: a fixed seed unless FC_SEED is set, and a moderate number of runs. */
export function fuzzOptions(numRuns: number): { numRuns: number; seed: number } {
  return { numRuns, seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 0x5eed8 };
}

/** The API document's own example body. */
export const SEED_SPEC: Record<string, unknown> = JSON.parse(readFileSync(join(ROOT, 'examples/batchcompute/seed-example.json'), 'utf8'));

/** A small body that lints clean. */
export const MINIMAL_SPEC: Record<string, unknown> = {
  Name: 'render',
  ImageId: 'm-2309yqb5n',
  InstanceType: 'ecs.sn1.medium',
  IdempotentToken: 'tok_1',
  Groups: { workers: { DesiredVMCount: 2, ResourceType: 'OnDemand' } },
  Configs: { Mounts: { OSS: { AccessKeyId: 'id', AccessKeySecret: 'k3y-s3cret' } } },
};

/** Values that trip parsers, positions and output formats. */
const TRICKY = [
  '{', '}', '[', ']', '"', "'", ':', ',', '\\', '#', '&a ', '*a', '<<: *a', '!!js/function ', '!!binary ', '---\n', '...\n', '- ', '? ',
  '%YAML 1.1\n---\n', '!!omap ', '!!pairs ', '!!set ', '!!timestamp ', '!!map ', '!!seq ', '!!str ', '!!int ', '!!float ', '!!bool ', '!!null ',
  '\n', '\r', '\r\n', '\t', '\u0000', '\u001b[2J', '\u009b', '\u2028', '\u202e', '\ufeff', '\ud83d\ude00', '\ud800', '\udfff', '𝒳',
  '__proto__', 'constructor', 'prototype', '::error::x', '%0A', '1e2', '3.0', '-0', 'null', 'true', '~', '""', '{}', '[]',
];

/** A random string of the kind a hostile file holds: tricky tokens and any code points, astral ones included. */
export const hostileString = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 4 }).map((parts) => parts.join('')),
);

/** A random JSON value (wrong types for every parameter), including deep-ish nesting. */
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileString);

/** Sets a value at a random existing path of a body, or adds a random key: wrong types and unknown keys. */
function mutateData(body: Record<string, unknown>, choice: number, value: unknown, key: string): Record<string, unknown> {
  const copy = structuredClone(body);
  const paths: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const stack: unknown[] = [copy];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) v.forEach((item, i) => (paths.push([v, i]), stack.push(item)));
    else if (v && typeof v === 'object') for (const [k, item] of Object.entries(v)) paths.push([v as Record<string, unknown>, k]), stack.push(item);
  }
  const [parent, at] = paths[choice % paths.length]!;
  if (choice % 3 === 0 && !Array.isArray(parent)) Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  else (parent as Record<string | number, unknown>)[at] = value;
  return copy;
}

/** A body serialised as JSON or YAML in one of several styles. */
function serialise(body: Record<string, unknown>, style: number): { name: string; text: string } {
  switch (style % 5) {
    case 0:
      return { name: 'spec.json', text: JSON.stringify(body, null, 2) };
    case 1:
      return { name: 'spec.json', text: JSON.stringify(body) };
    case 2:
      return { name: 'spec.json', text: JSON.stringify(body, null, '\t') };
    case 3:
      return { name: 'spec.yaml', text: stringify(body) };
    default:
      return { name: 'spec.yaml', text: stringify(body, { collectionStyle: 'flow' }) };
  }
}

/** One text-level mutation. */
type Edit =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number }
  | { kind: 'lines'; style: 'crlf' | 'cr' | 'tabs' }
  | { kind: 'tag'; at: number; tag: string }
  | { kind: 'yaml11' }
  | { kind: 'bom' };

/** YAML tags, including those of the YAML 1.1 schema that a `%YAML 1.1` directive turns on. */
const TAGS = ['!!omap', '!!pairs', '!!set', '!!binary', '!!timestamp', '!!map', '!!seq', '!!str', '!!int', '!!float', '!!bool', '!!null', '!!js/function', '!local', '!<tag:x>'];

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: hostileString }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('lines' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'tabs' as const) }),
  fc.record({ kind: fc.constant('tag' as const), at: fc.nat(), tag: fc.constantFrom(...TAGS) }),
  fc.constant({ kind: 'yaml11' as const }),
  fc.constant({ kind: 'bom' as const }),
);

/**
 * Applies edits to a file's bytes. `duplicate` repeats one line (in JSON and YAML a key written
 * twice); `tag` puts a tag before the value after one `: `; `yaml11` starts the file with a
 * `%YAML 1.1` directive (booleans such as `yes`, `!!omap`, `!!set` and others then apply).
 */
function applyEdits(bytes: Uint8Array, edits: Edit[]): Uint8Array {
  let b = bytes;
  const text = () => new TextDecoder().decode(b);
  for (const e of edits) {
    const n = b.length;
    if (e.kind === 'flip' && n > 0) {
      b = b.slice();
      b[e.at % n] = e.byte;
    } else if (e.kind === 'truncate') b = b.slice(0, e.at % (n + 1));
    else if (e.kind === 'insert') {
      const at = e.at % (n + 1);
      const add = new TextEncoder().encode(e.text);
      b = Uint8Array.from([...b.subarray(0, at), ...add, ...b.subarray(at)]);
    } else if (e.kind === 'duplicate') {
      const lines = text().split('\n');
      const i = e.at % lines.length;
      lines.splice(i, 0, lines[i]!);
      b = new TextEncoder().encode(lines.join('\n'));
    } else if (e.kind === 'lines') {
      const t = text();
      const out = e.style === 'crlf' ? t.replace(/\n/g, '\r\n') : e.style === 'cr' ? t.replace(/\n/g, '\r') : t.replace(/^( +)/gm, (s) => '\t'.repeat(Math.ceil(s.length / 2)));
      b = new TextEncoder().encode(out);
    } else if (e.kind === 'tag') {
      const t = text();
      const colons = [...t.matchAll(/: /g)].map((m) => m.index + 2);
      if (colons.length) {
        const at = colons[e.at % colons.length]!;
        b = new TextEncoder().encode(`${t.slice(0, at)}${e.tag} ${t.slice(at)}`);
      }
    } else if (e.kind === 'yaml11') b = new TextEncoder().encode(`%YAML 1.1\n---\n${text()}`);
    else if (e.kind === 'bom') b = Uint8Array.from([0xef, 0xbb, 0xbf, ...b]);
  }
  return b;
}

/** A mutated spec file: a valid body, changed as data, serialised, then changed as bytes. */
export const mutatedSpec: fc.Arbitrary<{ name: string; bytes: Uint8Array }> = fc
  .record({
    base: fc.constantFrom(SEED_SPEC, MINIMAL_SPEC),
    dataEdits: fc.array(fc.tuple(fc.nat(), anyValue, hostileString), { maxLength: 3 }),
    style: fc.nat(),
    edits: fc.array(edit, { maxLength: 4 }),
  })
  .map(({ base, dataEdits, style, edits }) => {
    let body = base;
    for (const [choice, value, key] of dataEdits) body = mutateData(body, choice, value, key);
    const { name, text } = serialise(body, style);
    return { name, bytes: applyEdits(new TextEncoder().encode(text), edits) };
  });

/** The lines of a file as positions count them: UTF-8 (lenient, BOM dropped), broken at LF, CRLF and CR. */
export function fileLines(bytes: Uint8Array): string[] {
  return new TextDecoder().decode(bytes).split(/\r\n|\r|\n/);
}

/** The invariants of any result: positions inside the file and ordered, counts that add up, well-formed fields. */
export function expectWellFormed(results: readonly FileResult[], files: Record<string, Uint8Array>): void {
  for (const r of results) {
    const bytes = files[r.file];
    expect(bytes, `result for a file that was not linted: ${r.file}`).toBeDefined();
    const lines = fileLines(bytes!);
    let errors = 0;
    for (const d of r.diagnostics) {
      const where = `${d.code} at ${d.line}:${d.column}-${d.endLine}:${d.endColumn} in ${r.file}`;
      expect(d.file).toBe(r.file);
      expect(d.line, where).toBeGreaterThanOrEqual(1);
      expect(d.endLine, where).toBeLessThanOrEqual(lines.length);
      expect(d.column, where).toBeGreaterThanOrEqual(1);
      expect(d.column, where).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
      expect(d.endColumn, where).toBeGreaterThanOrEqual(1);
      expect(d.endColumn, where).toBeLessThanOrEqual(lines[d.endLine - 1]!.length + 1);
      expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column), where).toBe(true);
      expect(d.code).toMatch(/\S/);
      expect(d.message).toMatch(/\S/);
      expect(['error', 'warning']).toContain(d.severity);
      expect(d.status === null || d.status === 400 || d.status === 403).toBe(true);
      expect(Number.isInteger(d.document) && d.document >= 0).toBe(true);
      if (d.severity === 'error') errors++;
    }
    expect(r.errorCount).toBe(errors);
    expect(r.warningCount).toBe(r.diagnostics.length - errors);
  }
}
