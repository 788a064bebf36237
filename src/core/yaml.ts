/**
 * YAML with positions, through the `yaml` package's AST.
 *
 * The data is built here rather than by `toJS()` so that: every key becomes an own data property
 * (`__proto__` included), a repeated key is recorded instead of failing the parse, a value written
 * through an alias points at the anchored node's text (SPEC §2), `<<` merge keys work, and alias
 * expansion is bounded (an alias bomb or cycle is a syntax error with a detail, not a hang).
 * Tags are never executed: an unknown tag such as `!!js/function` leaves the plain scalar.
 */
import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node, type Pair, type ParsedNode } from 'yaml';
import type { Duplicate, NodeLoc, SpecDocument } from './document.js';
import { child, setOwn } from './pointer.js';
import type { Span } from './text.js';

/** How many nodes aliases may add to one document before it is treated as an alias bomb. */
export const MAX_ALIAS_EXPANSION = 10_000;

/** Parses every document of a YAML text. An empty file is one empty document. */
export function parseYaml(text: string): SpecDocument[] {
  const docs = parseAllDocuments(text, { uniqueKeys: false, merge: true, prettyErrors: false, strict: false, stringKeys: false });
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
  if (isMap(node) && !node.flow) {
    const key = node.items[0]?.key as ParsedNode | null | undefined;
    if (key && key.range) return { start: key.range[0], end: key.range[1] };
  }
  if (isMap(node) || isSeq(node)) return { start: a, end: Math.min(a + 1, text.length) };
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
    if (isAlias(node)) {
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
    this.active.add(node);
    try {
      let result: unknown;
      if (isMap(node)) result = this.map(node.items as Pair<ParsedNode, ParsedNode | null>[], pointer, viaAlias);
      else if (isSeq(node)) {
        const out: unknown[] = [];
        (node.items as (ParsedNode | null)[]).forEach((item, i) => out.push(this.value(item, child(pointer, i), undefined, viaAlias)));
        result = out;
      } else if (isScalar(node)) {
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
      this.active.delete(node);
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
      if (!isPair(pair) || !isMergeKey(pair.key)) continue;
      const source = pair.value;
      const maps = source && isSeq(source) ? (source.items as ParsedNode[]) : [source];
      for (const m of maps) {
        const target = m && isAlias(m) ? (m.resolve(this.doc) as ParsedNode | undefined) : m;
        if (!target || !isMap(target)) continue;
        const merged = this.value(m, pointer, undefined, true) as Record<string, unknown>;
        for (const k of Object.keys(merged)) if (!Object.prototype.hasOwnProperty.call(out, k)) setOwn(out, k, merged[k]);
      }
    }
    const seen = new Map<string, Span>();
    for (const pair of items) {
      if (!isPair(pair) || isMergeKey(pair.key)) continue;
      const keyNode = pair.key;
      const name = this.keyName(keyNode);
      const span = keyNode ? spanOf(keyNode) : pair.value ? spanOf(pair.value) : { start: 0, end: 0 };
      const at = child(pointer, name);
      const earlier = seen.get(name);
      if (earlier && !viaAlias) this.duplicates.push({ pointer: at, key: span, firstKey: earlier });
      seen.set(name, span);
      setOwn(out, name, this.value(pair.value, at, span, viaAlias));
    }
    return out;
  }

  private keyName(node: ParsedNode | null): string {
    if (node === null) return '';
    if (isScalar(node)) return node.value === null ? '' : String(node.value);
    return this.text.slice(node.range[0], node.range[1]);
  }
}

/** A plain `<<` key. With `merge: true` the yaml package (2.9) gives it a symbol value, so its source text decides. */
function isMergeKey(node: ParsedNode | null): boolean {
  return isScalar(node) && node.type === 'PLAIN' && (node.value === '<<' || node.source === '<<');
}

function spanOf(node: Node | ParsedNode): Span {
  const r = (node as ParsedNode).range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}
