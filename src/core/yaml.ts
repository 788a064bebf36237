/**
 * YAML with positions, through the `yaml` package's AST.
 *
 * The data is built here rather than by `toJS()` so that: every key becomes an own data property
 * (`__proto__` included), a repeated key is recorded instead of failing the parse, a value written
 * through an alias points at the anchored node's text (SPEC §2), `<<` merge keys work, and alias
 * expansion is bounded (an alias bomb or cycle is a syntax error with a detail, not a hang).
 * Tags are never executed: an unknown tag such as `!!js/function` leaves the plain scalar.
 *
 * Size and nesting are bounded before the package composes the parser's tokens: its composer
 * recurses once per level (near the end of the call stack V8 can abort the whole process, not
 * throw, while compiling a regular expression) and keeps several objects per token. A file is
 * parsed no further than `MAX_YAML_TOKENS` tokens, or than a parser stack holding more than
 * `MAX_DEPTH` open collections, or than `MAX_YAML_DOCUMENTS` documents; each is a syntax error
 * where the limit is passed. The walk below
 * then bounds the depth of the data exactly, aliases expanded (`MAX_DEPTH`).
 */
import type * as Yaml from 'yaml';
import type { Alias, CST, Document, Node, Pair, ParsedNode } from 'yaml';
import { bareDocument, type Duplicate, type NodeLoc, type SpecDocument } from './document.js';
import { MAX_ALIAS_EXPANSION, MAX_DEPTH, MAX_YAML_DOCUMENTS, MAX_YAML_TOKENS, TOO_DEEP, TOO_MANY_DOCUMENTS, TOO_MANY_TOKENS } from './limits.js';
import { child, setOwn } from './pointer.js';
import type { Span } from './text.js';
import { vendor } from './vendor.js';

// The yaml package: loaded with the first YAML file (see vendor.ts), set by `parseYaml`.
let Y: typeof Yaml;

/** Parses every document of a YAML text. An empty file is one empty document. */
export function parseYaml(text: string): SpecDocument[] {
  Y = vendor<typeof Yaml>('yaml');
  const { tokens, stopped } = parseTokens(text);
  const docs = compose(tokens).map((doc, index) => toSpecDocument(doc, index, text));
  if (stopped) docs.push(syntaxError(docs.length, spanAt(stopped.at, text), stopped.detail));
  if (docs.length === 0) {
    return [bareDocument(0, { start: 0, end: Math.min(1, text.length) }, null)];
  }
  return docs;
}

// The parser's stack holds the open collections and at most a few other tokens (the document, a
// scalar being read), so a stack this long means more than MAX_DEPTH open collections.
const PARSER_STACK_LIMIT = MAX_DEPTH + 16;

/**
 * The parser's tokens of each complete document, read until a limit is passed: more than
 * `MAX_YAML_TOKENS` tokens, or a parser stack deep enough to hold more than `MAX_DEPTH` open
 * collections (`: : : …` would otherwise build a million nested tokens). The rest of the text is
 * then not parsed, and `stopped` says where and why.
 */
function parseTokens(text: string): { tokens: CST.Token[]; stopped?: { at: number; detail: string } } {
  const parser = new Y.Parser();
  const tokens: CST.Token[] = [];
  let count = 0;
  let documents = 0;
  for (const lexeme of new Y.Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) {
      if (token.type === 'document' && ++documents > MAX_YAML_DOCUMENTS) return { tokens, stopped: { at: token.offset, detail: TOO_MANY_DOCUMENTS } };
      tokens.push(token);
    }
    if (++count > MAX_YAML_TOKENS) return { tokens, stopped: { at: parser.offset, detail: TOO_MANY_TOKENS } };
    if (parser.stack.length > PARSER_STACK_LIMIT) {
      const collections = parser.stack.filter((t) => t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection');
      return { tokens, stopped: { at: (collections[MAX_DEPTH] ?? parser.stack[parser.stack.length - 1]!).offset, detail: TOO_DEEP } };
    }
  }
  for (const token of parser.end()) {
    if (token.type === 'document' && ++documents > MAX_YAML_DOCUMENTS) return { tokens, stopped: { at: token.offset, detail: TOO_MANY_DOCUMENTS } };
    tokens.push(token);
  }
  return { tokens };
}

/**
 * Composes tokens into documents (as `parseAllDocuments` does). The composer makes an Error for
 * every problem it meets and only the first of each document is reported: a file can hold a
 * million problems (`&a &a &a …`), and without stack traces they cost a tenth of the time and
 * half the memory.
 */
function compose(tokens: CST.Token[]): Document.Parsed[] {
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return Array.from(new Y.Composer({ uniqueKeys: false, merge: true, strict: false, stringKeys: false }).compose(tokens));
  } finally {
    Error.stackTraceLimit = traces;
  }
}

/** A one-character span at an offset (empty at the end of the text). */
function spanAt(offset: number, text: string): Span {
  return { start: offset, end: Math.min(offset + 1, text.length) };
}

/** A document that does not parse: where and why. */
function syntaxError(index: number, span: Span, detail: string, start: Span = span): SpecDocument {
  return bareDocument(index, start, undefined, { span, detail });
}

function toSpecDocument(doc: Document.Parsed, index: number, text: string): SpecDocument {
  const contents = doc.contents as ParsedNode | null;
  const start = contents ? headOf(contents, text) : firstContent(doc, text);
  const error = doc.errors[0];
  if (error) {
    const [a, b] = error.pos;
    return syntaxError(index, { start: a, end: Math.max(b, a) }, cleanMessage(error.message), start);
  }
  const aliases = new Aliases(doc);
  const first = new Walker(aliases, text, false);
  let data: unknown;
  try {
    data = contents ? first.value(contents, '', undefined, false, 1) : null;
  } catch (e) {
    if (!(e instanceof WalkProblem)) throw e;
    return syntaxError(index, e.span, e.message, start);
  }
  let locs: Map<string, NodeLoc> | undefined;
  return {
    index,
    data,
    floatIntegers: first.floatIntegers,
    duplicates: first.duplicates,
    loc(pointer) {
      if (!locs) {
        const w = new Walker(aliases, text, true);
        if (contents) w.value(contents, '', undefined, false, 1);
        locs = w.locs;
      }
      return locs.get(pointer);
    },
    start,
  };
}

/**
 * What each alias of a document refers to: the last node before it with that anchor (as the
 * package resolves them). Found in one pass over the document, on the first alias met:
 * `Alias.resolve` walks the whole document for every alias, which makes a file of many aliases
 * quadratic.
 */
class Aliases {
  private targets: Map<Alias, ParsedNode | undefined> | undefined;

  constructor(private readonly doc: Document.Parsed) {}

  /** The node an alias refers to, if any. */
  target(alias: Alias): ParsedNode | undefined {
    if (!this.targets) {
      const targets = new Map<Alias, ParsedNode | undefined>();
      const latest = new Map<string, ParsedNode>();
      Y.visit(this.doc, {
        Node(_key, node) {
          if (Y.isAlias(node)) targets.set(node, latest.get(node.source));
          else if (node.anchor) latest.set(node.anchor, node as ParsedNode);
        },
      });
      this.targets = targets;
    }
    return this.targets.get(alias);
  }
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

/** A document the walk cannot turn into data: an alias problem or nesting beyond the limit. */
class WalkProblem extends Error {
  constructor(
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }
}

/**
 * One pass over a document's AST: data, duplicates, whole numbers written as floats, and
 * (optionally) locations. It recurses once per level, which the depth limit keeps short even
 * where aliases put one deep node inside another.
 */
class Walker {
  readonly locs = new Map<string, NodeLoc>();
  readonly duplicates: Duplicate[] = [];
  readonly floatIntegers = new Set<string>();
  private expanded = 0;
  /** The alias being expanded that is written outside any other expansion. */
  private outerAlias: Span | undefined;
  private readonly active = new Set<Node>();

  constructor(
    private readonly aliases: Aliases,
    private readonly text: string,
    private readonly withLocs: boolean,
  ) {}

  /** Converts the node at `pointer` (`depth` levels down); `key` is the span of the key it stands under. */
  value(node: ParsedNode | null, pointer: string, key: Span | undefined, viaAlias: boolean, depth: number): unknown {
    if (node === null) return null;
    if (Y.isAlias(node)) {
      const target = this.aliases.target(node);
      if (!target) throw new WalkProblem(`The alias *${node.source} refers to no anchor.`, spanOf(node));
      if (this.active.has(target)) throw new WalkProblem(`The alias *${node.source} refers to a node that contains it (an alias cycle).`, spanOf(node));
      const outer = this.outerAlias;
      this.outerAlias ??= spanOf(node);
      try {
        return this.value(target, pointer, key, true, depth);
      } finally {
        this.outerAlias = outer;
      }
    }
    if (viaAlias && ++this.expanded > MAX_ALIAS_EXPANSION) {
      // Reported at the alias written in the document's own text, where the expansion starts.
      throw new WalkProblem(`Aliases expand this document to more than ${MAX_ALIAS_EXPANSION} nodes; this looks like an alias bomb.`, this.outerAlias ?? spanOf(node));
    }
    if (depth > MAX_DEPTH && (Y.isMap(node) || Y.isSeq(node))) throw new WalkProblem(TOO_DEEP, headOf(node, this.text));
    // Only an anchored node can be reached again through an alias, so only those are tracked.
    const anchored = node.anchor !== undefined;
    if (anchored) this.active.add(node);
    try {
      let result: unknown;
      if (Y.isMap(node)) result = this.map(node.items as Pair<ParsedNode, ParsedNode | null>[], pointer, viaAlias, depth);
      else if (Y.isSeq(node)) {
        const out: unknown[] = [];
        (node.items as Array<ParsedNode | Pair<ParsedNode, ParsedNode | null> | null>).forEach((item, i) => {
          const at = child(pointer, i);
          out.push(Y.isPair(item) ? this.pair(item, at, viaAlias, depth + 1) : this.value(item, at, undefined, viaAlias, depth + 1));
        });
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

  /**
   * A bare `key: value` pair standing in a sequence: the `!!omap` and `!!pairs` tags make each
   * item one. It is read as the one-member mapping it is written as.
   */
  private pair(pair: Pair<ParsedNode, ParsedNode | null>, pointer: string, viaAlias: boolean, depth: number): Record<string, unknown> {
    const head = spanOf(pair.key ?? pair.value!);
    if (depth > MAX_DEPTH) throw new WalkProblem(TOO_DEEP, head);
    const result = this.map([pair], pointer, viaAlias, depth);
    if (this.withLocs) this.locs.set(pointer, { value: { start: head.start, end: pair.value ? spanOf(pair.value).end : head.end }, head });
    return result;
  }

  private map(items: Pair<ParsedNode, ParsedNode | null>[], pointer: string, viaAlias: boolean, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    // Merge keys (`<<`) first: earlier merged maps win over later ones, and the explicit keys
    // below overwrite both the merged values and their recorded locations.
    for (const pair of items) {
      if (!Y.isPair(pair) || !isMergeKey(pair.key)) continue;
      const source = pair.value;
      const maps = source && Y.isSeq(source) ? (source.items as ParsedNode[]) : [source];
      for (const m of maps) {
        const target = m && Y.isAlias(m) ? this.aliases.target(m) : m;
        if (!target || !Y.isMap(target)) continue;
        const merged = this.value(m, pointer, undefined, true, depth) as Record<string, unknown>;
        for (const k of Object.keys(merged)) if (!Object.prototype.hasOwnProperty.call(out, k)) setOwn(out, k, merged[k]);
      }
    }
    // The explicit keys written so far, by name, made only when a name repeats: a map of many
    // keys each written twice was quadratic when every repeat searched back for its earlier key.
    let written: Map<string, Span> | undefined;
    for (let index = 0; index < items.length; index++) {
      const pair = items[index]!;
      if (!Y.isPair(pair) || isMergeKey(pair.key)) continue;
      const name = this.keyName(pair.key);
      const at = child(pointer, name);
      // A name already in `out` was merged or written before; only the latter is a duplicate.
      if (!viaAlias && Object.prototype.hasOwnProperty.call(out, name)) {
        written ??= this.explicitKeys(items, index);
        const earlier = written.get(name);
        if (earlier) this.duplicates.push({ pointer: at, key: keySpan(pair), firstKey: earlier });
      }
      if (written) written.set(name, keySpan(pair));
      setOwn(out, name, this.value(pair.value, at, this.withLocs ? keySpan(pair) : undefined, viaAlias, depth + 1));
    }
    return out;
  }

  /** The explicit keys of a mapping before `end`, each with the span of its latest occurrence. */
  private explicitKeys(items: Pair<ParsedNode, ParsedNode | null>[], end: number): Map<string, Span> {
    const keys = new Map<string, Span>();
    for (let index = 0; index < end; index++) {
      const pair = items[index]!;
      if (Y.isPair(pair) && !isMergeKey(pair.key)) keys.set(this.keyName(pair.key), keySpan(pair));
    }
    return keys;
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
