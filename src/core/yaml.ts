/**
 * YAML with positions, through the `yaml` package's AST.
 *
 * The data is built here rather than by `toJS()` so that: every key becomes an own data property
 * (`__proto__` included), a repeated key is recorded instead of failing the parse, a value written
 * through an alias points at the anchored node's text (SPEC §2), `<<` merge keys work, and alias
 * expansion is bounded (an alias bomb or cycle is a syntax error with a detail, not a hang).
 * Tags are never executed: an unknown tag such as `!!js/function` leaves the plain scalar.
 */
import type * as Yaml from 'yaml';
import type { Document, Node, Pair, ParsedNode } from 'yaml';
import type { Duplicate, NodeLoc, SpecDocument } from './document.js';
import { child, setOwn } from './pointer.js';
import type { Span } from './text.js';
import { vendor } from './vendor.js';

// The yaml package: loaded with the first YAML file (see vendor.ts), set by `parseYaml`.
let Y: typeof Yaml;

/** How many nodes aliases may add to one document before it is treated as an alias bomb. */
export const MAX_ALIAS_EXPANSION = 10_000;

/** Parses every document of a YAML text. An empty file is one empty document. */
export function parseYaml(text: string): SpecDocument[] {
  Y = vendor<typeof Yaml>('yaml');
  const docs = Y.parseAllDocuments(text, { uniqueKeys: false, merge: true, prettyErrors: false, strict: false, stringKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0) {
    return [{ index: 0, data: null, floatIntegers: new Set(), duplicates: [], loc: () => undefined, start: { start: 0, end: Math.min(1, text.length) } }];
  }
  return list.map((doc, index) => toSpecDocument(doc, index, text));
}

function toSpecDocument(doc: Document.Parsed, index: number, text: string): SpecDocument {
  const contents = doc.contents as ParsedNode | null;
  const start = contents ? headOf(contents, text) : firstContent(doc, text);
  const error = doc.errors[0];
  if (error) {
    const [a, b] = error.pos;
    return {
      index,
      data: undefined,
      syntax: { span: { start: a, end: Math.max(b, a) }, detail: cleanMessage(error.message) },
      floatIntegers: new Set(),
      duplicates: [],
      loc: () => undefined,
      start,
    };
  }
  const first = new Walker(doc, text, false);
  let data: unknown;
  try {
    data = contents ? first.value(contents, '', undefined) : null;
  } catch (e) {
    if (!(e instanceof AliasProblem)) throw e;
    return { index, data: undefined, syntax: { span: e.span, detail: e.message }, floatIntegers: new Set(), duplicates: [], loc: () => undefined, start };
  }
  let locs: Map<string, NodeLoc> | undefined;
  return {
    index,
    data,
    floatIntegers: first.floatIntegers,
    duplicates: first.duplicates,
    loc(pointer) {
      if (!locs) {
        const w = new Walker(doc, text, true);
        if (contents) w.value(contents, '', undefined);
        locs = w.locs;
      }
      return locs.get(pointer);
    },
    start,
  };
}

/** The yaml package's message without its trailing position ("at line 3, column 1"). */
function cleanMessage(message: string): string {
  const line = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  const sentence = line.endsWith('.') ? line : `${line}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The first non-blank, non-comment offset of a document without contents. */
function firstContent(doc: Document.Parsed, text: string): Span {
  const [a] = doc.range;
  const m = /[^\s]/.exec(text.slice(a));
  const s = m ? a + m.index : a;
  return { start: s, end: Math.min(s + 1, text.length) };
}

/** The first token of a node: `{`/`[` for flow collections, the first key of a block mapping. */
function headOf(node: ParsedNode, text: string): Span {
  const [a, b] = node.range;
  if (Y.isMap(node) && !node.flow) {
    const key = node.items[0]?.key as ParsedNode | null | undefined;
    if (key && key.range) return { start: key.range[0], end: key.range[1] };
  }
  if (Y.isMap(node) || Y.isSeq(node)) return { start: a, end: Math.min(a + 1, text.length) };
  return { start: a, end: Math.max(a, b) };
}

class AliasProblem extends Error {
  constructor(
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }
}

/** One pass over a document's AST: data, duplicates, whole numbers written as floats, and (optionally) locations. */
class Walker {
  readonly locs = new Map<string, NodeLoc>();
  readonly duplicates: Duplicate[] = [];
  readonly floatIntegers = new Set<string>();
  private expanded = 0;
  private readonly active = new Set<Node>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly text: string,
    private readonly withLocs: boolean,
  ) {}

  /** Converts the node at `pointer`; `key` is the span of the key it stands under. */
  value(node: ParsedNode | null, pointer: string, key: Span | undefined, viaAlias = false): unknown {
    if (node === null) return null;
    if (Y.isAlias(node)) {
      const target = node.resolve(this.doc) as ParsedNode | undefined;
      if (!target) throw new AliasProblem(`The alias *${node.source} refers to no anchor.`, spanOf(node));
      if (this.active.has(target)) throw new AliasProblem(`The alias *${node.source} refers to a node that contains it (an alias cycle).`, spanOf(node));
      return this.value(target, pointer, key, true);
    }
    if (viaAlias && ++this.expanded > MAX_ALIAS_EXPANSION) {
      throw new AliasProblem(
        `Aliases expand this document to more than ${MAX_ALIAS_EXPANSION} nodes; this looks like an alias bomb.`,
        spanOf(node),
      );
    }
    // Only an anchored node can be reached again through an alias, so only those are tracked.
    const anchored = node.anchor !== undefined;
    if (anchored) this.active.add(node);
    try {
      let result: unknown;
      if (Y.isMap(node)) result = this.map(node.items as Pair<ParsedNode, ParsedNode | null>[], pointer, viaAlias);
      else if (Y.isSeq(node)) {
        const out: unknown[] = [];
        (node.items as (ParsedNode | null)[]).forEach((item, i) => out.push(this.value(item, child(pointer, i), undefined, viaAlias)));
        result = out;
      } else if (Y.isScalar(node)) {
        result = node.value;
        if (typeof result === 'number' && Number.isInteger(result)) {
          const src = this.text.slice(node.range[0], node.range[1]);
          if (/^[-+]?(\d[\d_]*)?\.\d*|[eE]/.test(src) && !/^[-+]?0x/i.test(src)) this.floatIntegers.add(pointer);
        }
        if (typeof result === 'bigint' || (typeof result === 'object' && result !== null)) result = String(node.source ?? result);
      } else result = null;
      if (this.withLocs) this.record(node, pointer, key);
      return result;
    } finally {
      if (anchored) this.active.delete(node);
    }
  }

  private record(node: ParsedNode, pointer: string, key: Span | undefined): void {
    // Block collections end after their last line break; a span ends at the last character.
    let end = node.range[1];
    while (end > node.range[0] && /\s/.test(this.text.charAt(end - 1))) end--;
    let value = { start: node.range[0], end };
    if (value.end <= value.start && key) value = key;
    const loc: NodeLoc = { value, head: headOf(node, this.text) };
    if (value === key) loc.head = key;
    if (key) loc.key = key;
    this.locs.set(pointer, loc);
  }

  private map(items: Pair<ParsedNode, ParsedNode | null>[], pointer: string, viaAlias: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    // Merge keys (`<<`) first: earlier merged maps win over later ones, and the explicit keys
    // below overwrite both the merged values and their recorded locations.
    for (const pair of items) {
      if (!Y.isPair(pair) || !isMergeKey(pair.key)) continue;
      const source = pair.value;
      const maps = source && Y.isSeq(source) ? (source.items as ParsedNode[]) : [source];
      for (const m of maps) {
        const target = m && Y.isAlias(m) ? (m.resolve(this.doc) as ParsedNode | undefined) : m;
        if (!target || !Y.isMap(target)) continue;
        const merged = this.value(m, pointer, undefined, true) as Record<string, unknown>;
        for (const k of Object.keys(merged)) if (!Object.prototype.hasOwnProperty.call(out, k)) setOwn(out, k, merged[k]);
      }
    }
    for (let index = 0; index < items.length; index++) {
      const pair = items[index]!;
      if (!Y.isPair(pair) || isMergeKey(pair.key)) continue;
      const name = this.keyName(pair.key);
      const at = child(pointer, name);
      // A name already in `out` was merged or written before; only the latter is a duplicate.
      if (!viaAlias && Object.prototype.hasOwnProperty.call(out, name)) {
        const earlier = this.earlierKey(items, index, name);
        if (earlier) this.duplicates.push({ pointer: at, key: keySpan(pair), firstKey: earlier });
      }
      setOwn(out, name, this.value(pair.value, at, this.withLocs ? keySpan(pair) : undefined, viaAlias));
    }
    return out;
  }

  /** The span of the nearest explicit key before `index` with the same name, if any. */
  private earlierKey(items: Pair<ParsedNode, ParsedNode | null>[], index: number, name: string): Span | undefined {
    for (let k = index - 1; k >= 0; k--) {
      const pair = items[k]!;
      if (Y.isPair(pair) && !isMergeKey(pair.key) && this.keyName(pair.key) === name) return keySpan(pair);
    }
    return undefined;
  }

  private keyName(node: ParsedNode | null): string {
    if (node === null) return '';
    if (Y.isScalar(node)) return node.value === null ? '' : String(node.value);
    return this.text.slice(node.range[0], node.range[1]);
  }
}

/** The span of a pair's key (of its value when the key is empty). */
function keySpan(pair: Pair<ParsedNode, ParsedNode | null>): Span {
  return pair.key ? spanOf(pair.key) : pair.value ? spanOf(pair.value) : { start: 0, end: 0 };
}

/** A plain `<<` key. With `merge: true` the yaml package (2.9) gives it a symbol value, so its source text decides. */
function isMergeKey(node: ParsedNode | null): boolean {
  return Y.isScalar(node) && node.type === 'PLAIN' && (node.value === '<<' || node.source === '<<');
}

function spanOf(node: Node | ParsedNode): Span {
  const r = (node as ParsedNode).range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}
