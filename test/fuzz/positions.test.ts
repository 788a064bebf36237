/**
 * The position oracle (issue 15): random documents are written here piece by piece, so where each
 * key and value stands is known from the writing, not from any parser. The parsers' locations,
 * repeated keys and data, and the linter's lines and columns, must equal that record, for the
 * classes that went wrong before: CR-only and CRLF line breaks, CJK, full-width and astral text,
 * keys written three times, merge keys (`<<: *a`, `<<: [*a, *b]`, two `<<`), flow members without a
 * value and keys that are not strings. Lines and columns are counted here too, independently of `LineIndex`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse.js';
import { child, get } from '../../src/parse/pointer.js';
import type { Span } from '../../src/parse/text.js';
import { lintText } from '../helpers.js';
import { fuzzOptions } from './arbitraries.js';

interface Scalar {
  yaml: string;
  json: string;
  value: unknown;
}
interface MapNode {
  entries: Array<{ key: string; value: Scalar | MapNode }>;
}

// Keys: ASCII, CJK, full-width, combining, astral, and YAML keys that are not strings (named by
// their source text). None is a Batch Compute field, so each top-level key is UnknownParameter.
const KEYS = ['a', 'b', '集群', 'ＡＢ', 'é', 'k😀', 'null', '~', '1.0', '1'];
const SCALARS: Scalar[] = [
  { yaml: '1', json: '1', value: 1 },
  { yaml: '2.5', json: '2.5', value: 2.5 },
  { yaml: 'x y', json: '"x y"', value: 'x y' },
  { yaml: '集群一号', json: '"集群一号"', value: '集群一号' },
  { yaml: '"ＡＢＣ"', json: '"ＡＢＣ"', value: 'ＡＢＣ' },
  { yaml: "'😀 e\u0301'", json: '"😀 e\u0301"', value: '😀 e\u0301' },
  { yaml: 'true', json: 'true', value: true },
  { yaml: '~', json: 'null', value: null },
];

/** A flow mapping member without a value (YAML only). */
const NO_VALUE: Scalar = { yaml: '', json: 'null', value: null };
const scalar = fc.constantFrom(...SCALARS);
const entries = (value: fc.Arbitrary<Scalar | MapNode>) =>
  fc
    .tuple(fc.array(fc.record({ key: fc.constantFrom(...KEYS), value }), { minLength: 1, maxLength: 4 }), fc.nat(2), fc.array(value, { minLength: 2, maxLength: 2 }))
    // The first key written again up to twice more, at the end: a key three times.
    .map(([list, again, values]): MapNode => ({ entries: [...list, ...values.slice(0, again).map((v) => ({ key: list[0]!.key, value: v }))] }));
const tree = fc.letrec<{ map: MapNode; value: Scalar | MapNode }>((tie) => ({
  map: entries(tie('value')),
  value: fc.oneof({ depthSize: 'small', maxDepth: 2 }, scalar, scalar, tie('map')),
}));
const flat = entries(scalar);

/** What the writing recorded: spans by pointer (the last occurrence wins), repeats, the data. */
class Record_ {
  text = '';
  readonly keys = new Map<string, Span>();
  readonly values = new Map<string, Span>();
  readonly duplicates: Array<{ pointer: string; key: Span; firstKey: Span }> = [];

  constructor(readonly nl: string) {}

  put(piece: string): Span {
    const start = this.text.length;
    this.text += piece;
    return { start, end: this.text.length };
  }
}

const isMap = (v: Scalar | MapNode): v is MapNode => 'entries' in v;

/** Writes a block mapping at `indent`; returns its data. */
function writeYaml(map: MapNode, indent: number, pointer: string, r: Record_, data: Record<string, unknown> = {}): Record<string, unknown> {
  const seen = new Map<string, Span>();
  for (const { key, value } of map.entries) {
    r.put(' '.repeat(indent));
    const at = child(pointer, key);
    const span = r.put(key);
    noteKey(r, seen, key, at, span);
    r.put(':');
    if (isMap(value)) {
      r.put(r.nl);
      data[key] = writeYaml(value, indent + 2, at, r);
    } else {
      r.put(' ');
      r.values.set(at, r.put(value.yaml));
      r.put(r.nl);
      data[key] = value.value;
    }
  }
  return data;
}

/**
 * Writes a YAML flow mapping, one member a line; a member of `NO_VALUE` is written as its key alone
 * (`{a, b: 1}`) or with an empty value (`{a: , b: 1}`), and its value stands at its key.
 */
function writeFlow(map: MapNode, pointer: string, r: Record_, bare: boolean): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const seen = new Map<string, Span>();
  r.put(`{${r.nl}`);
  map.entries.forEach(({ key, value }, i) => {
    r.put('  ');
    const at = child(pointer, key);
    const span = r.put(key);
    noteKey(r, seen, key, at, span);
    if (isMap(value)) {
      r.put(': ');
      data[key] = writeFlow(value, at, r, bare);
    } else if (value === NO_VALUE) {
      if (!bare) r.put(': ');
      r.values.set(at, span);
      data[key] = null;
    } else {
      r.put(': ');
      r.values.set(at, r.put(value.yaml));
      data[key] = value.value;
    }
    r.put(i < map.entries.length - 1 ? `,${r.nl}` : r.nl);
  });
  r.put('}');
  return data;
}

/** Writes a JSON object, one member a line; returns its data. */
function writeJson(map: MapNode, indent: number, pointer: string, r: Record_): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const seen = new Map<string, Span>();
  r.put(`{${r.nl}`);
  map.entries.forEach(({ key, value }, i) => {
    r.put(' '.repeat(indent + 2));
    const at = child(pointer, key);
    noteKey(r, seen, key, at, r.put(JSON.stringify(key)));
    r.put(': ');
    if (isMap(value)) data[key] = writeJson(value, indent + 2, at, r);
    else {
      r.values.set(at, r.put(value.json));
      data[key] = value.value;
    }
    r.put(i < map.entries.length - 1 ? `,${r.nl}` : r.nl);
  });
  r.put(`${' '.repeat(indent)}}`);
  return data;
}

function noteKey(r: Record_, seen: Map<string, Span>, key: string, at: string, span: Span): void {
  const earlier = seen.get(key);
  if (earlier) r.duplicates.push({ pointer: at, key: span, firstKey: earlier });
  seen.set(key, span);
  r.keys.set(at, span);
  // A later occurrence replaces the whole value: what the earlier one held below it is gone.
  for (const m of [r.keys, r.values]) for (const p of m.keys()) if (p.startsWith(`${at}/`)) m.delete(p);
  r.values.delete(at);
}

/** Line and UTF-16 column of an offset, counting LF, CRLF and a lone CR as one break each. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      column = 1;
    } else column++;
  }
  return `${line}:${column}`;
}

const range = (text: string, s: Span) => `${lineColumn(text, s.start)}-${lineColumn(text, s.end)}`;

/** The parser and the linter agree with the record. */
function expectPositions(name: string, r: Record_, data: Record<string, unknown>): void {
  const doc = parseFile(name, new TextEncoder().encode(r.text)).documents[0]!;
  expect(doc.syntax).toBeUndefined();
  expect(doc.data).toStrictEqual(data);
  for (const [p, span] of r.keys) expect([p, doc.loc(p)?.key]).toEqual([p, span]);
  for (const [p, span] of r.values) expect([p, doc.loc(p)?.value]).toEqual([p, span]);
  expect(doc.duplicates).toEqual(r.duplicates);
  // Through the whole pipeline: each repeat at its own key, each top-level key (the last one written) unknown.
  const found = lintText(r.text, name, { dialect: 'batchcompute' })
    .filter((d) => d.code === 'DuplicateKey' || d.code === 'UnknownParameter')
    .map((d) => `${d.code} ${d.pointer} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);
  const expected = [
    ...r.duplicates.map((d) => `DuplicateKey ${d.pointer} ${range(r.text, d.key)}`),
    ...Object.keys(data).map((k) => `UnknownParameter ${child('', k)} ${range(r.text, r.keys.get(child('', k))!)}`),
  ];
  expect(found.sort()).toEqual(expected.sort());
}

const breaks = fc.constantFrom('\n', '\r\n', '\r');

describe('position oracle: documents written with known positions', () => {
  it('YAML block mappings: CR-only / CRLF / LF, wide and astral text, keys written up to three times, non-string keys', () => {
    fc.assert(
      fc.property(tree.map, breaks, (map, nl) => {
        const r = new Record_(nl);
        const data = writeYaml(map, 0, '', r);
        expectPositions('x.yaml', r, data);
      }),
      fuzzOptions(200),
    );
  });

  it('YAML flow mappings over several lines, with members that have no value (`{a, b: 1}`, `{a: , b: 1}`)', () => {
    const flowTree = fc.letrec<{ map: MapNode; value: Scalar | MapNode }>((tie) => ({
      map: entries(tie('value')),
      value: fc.oneof({ depthSize: 'small', maxDepth: 2 }, scalar, fc.constant(NO_VALUE), tie('map')),
    }));
    fc.assert(
      fc.property(flowTree.map, breaks, fc.boolean(), (map, nl, bare) => {
        const r = new Record_(nl);
        const data = writeFlow(map, '', r, bare);
        r.put(nl);
        expectPositions('x.yaml', r, data);
      }),
      fuzzOptions(200),
    );
  });

  it('JSON: the same documents', () => {
    fc.assert(
      fc.property(tree.map, breaks, (map, nl) => {
        const r = new Record_(nl);
        const data = writeJson(map, 0, '', r);
        expectPositions('x.json', r, data);
      }),
      fuzzOptions(200),
    );
  });

  it('YAML merge keys: a merged value stands at the anchored text it came from; the mapping\'s own keys win, then the earlier merged map', () => {
    const style = fc.constantFrom('one', 'list', 'two');
    fc.assert(
      fc.property(flat, flat, flat, style, breaks, (m1, m2, own, how, nl) => {
        const r = new Record_(nl);
        const data: Record<string, unknown> = {};
        const sources: Array<Record<string, unknown>> = [];
        for (const [name, m] of [['m1', m1], ['m2', m2]] as const) {
          r.keys.set(`/${name}`, r.put(name));
          r.put(`: &${name}${nl}`);
          data[name] = writeYaml(m, 2, `/${name}`, r);
          sources.push(data[name] as Record<string, unknown>);
        }
        r.keys.set('/t', r.put('t'));
        r.put(`:${nl}`);
        const merged = how === 'one' ? ['m1'] : ['m1', 'm2'];
        r.put(how === 'one' ? `  <<: *m1${nl}` : how === 'list' ? `  <<: [*m1, *m2]${nl}` : `  <<: *m1${nl}  <<: *m2${nl}`);
        const explicit = writeYaml(own, 2, '/t', r);
        // Merged members not written in t: the first merged map that has them, at its text.
        const t: Record<string, unknown> = {};
        merged.forEach((name, i) => {
          for (const k of Object.keys(sources[i]!)) {
            if (k in explicit || k in t) continue;
            t[k] = sources[i]![k];
            for (const m of [r.keys, r.values]) {
              const span = m.get(`/${name}${child('', k)}`);
              if (span) m.set(`/t${child('', k)}`, span);
            }
          }
        });
        data.t = { ...t, ...explicit };
        expectPositions('x.yaml', r, data);
        expect(Object.keys(get(data, '/t') as object).length).toBeGreaterThan(0);
      }),
      fuzzOptions(200),
    );
  });
});
