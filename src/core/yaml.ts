/**
 * YAML with positions, through the `yaml` package's AST.
 *
 * The data is built here rather than by `toJS()` so that: every key becomes an own data property
 * (`__proto__` included), a repeated key is recorded instead of failing the parse, a value written
 * through an alias points at the anchored node's text (SPEC §2), `<<` merge keys work, and alias
 * expansion is bounded (an alias bomb or cycle is a syntax error with a detail, not a hang).
 * Tags are never executed: an unknown tag such as `!!js/function` leaves the plain scalar.
 *
 * Size and nesting are checked on the parser's tokens before the package composes them: its
 * composer recurses once per level, and near the end of the call stack V8 can abort the whole
 * process (not throw) while compiling a regular expression; and it keeps several objects per
 * token. A document deeper than `MAX_DEPTH` is never composed, and a file is read no further
 * than `MAX_YAML_TOKENS` tokens; each is a syntax error where the limit is passed.
 */
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, Parser, visit, type Alias, type CST, type Document, type Node, type Pair, type ParsedNode } from 'yaml';
import type { Duplicate, NodeLoc, SpecDocument } from './document.js';
import { MAX_ALIAS_EXPANSION, MAX_DEPTH, MAX_YAML_TOKENS, TOO_DEEP, TOO_MANY_TOKENS } from './limits.js';
import { child, setOwn } from './pointer.js';
import type { Span } from './text.js';

/** Parses every document of a YAML text. An empty file is one empty document. */
export function parseYaml(text: string): SpecDocument[] {
  const { tokens, stopped } = parseTokens(text);
  // Each document token becomes one document, in order. A document nested too deeply keeps the
  // offset of its first collection beyond the limit, and its contents are dropped unread.
  const tooDeep: Array<number | undefined> = [];
  for (const token of tokens) {
    if (token.type !== 'document') continue;
    const at = token.value ? offsetBeyondDepth(token.value) : undefined;
    if (at !== undefined) delete token.value;
    tooDeep.push(at);
  }
  const docs = compose(tokens).map((doc, index) => {
    const at = tooDeep[index];
    return at === undefined ? toSpecDocument(doc, index, text) : syntaxError(index, spanAt(at, text), TOO_DEEP);
  });
  if (stopped) docs.push(syntaxError(docs.length, spanAt(stopped.at, text), stopped.detail));
  if (docs.length === 0) {
    return [{ index: 0, data: null, floatIntegers: new Set(), duplicates: [], loc: () => undefined, start: { start: 0, end: Math.min(1, text.length) } }];
  }
  return docs;
}

/**
 * The parser's tokens for each complete document, read until a limit is passed: more than
 * `MAX_YAML_TOKENS` tokens, or a parser stack deep enough to hold more than `MAX_DEPTH` open
 * collections (`: : : …` would otherwise build a million nested tokens). The rest of the text is
 * then not parsed, and `stopped` says where and why.
 */
function parseTokens(text: string): { tokens: CST.Token[]; stopped?: { at: number; detail: string } } {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let count = 0;
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (++count > MAX_YAML_TOKENS) return { tokens, stopped: { at: parser.offset, detail: TOO_MANY_TOKENS } };
    if (parser.stack.length > PARSER_STACK_LIMIT) {
      const collections = parser.stack.filter((t) => t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection');
      return { tokens, stopped: { at: (collections[MAX_DEPTH] ?? parser.stack[parser.stack.length - 1]!).offset, detail: TOO_DEEP } };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

// The parser's stack holds the open collections and at most a few other tokens (the document, a
// scalar being read), so a stack this long means more than MAX_DEPTH open collections.
const PARSER_STACK_LIMIT = MAX_DEPTH + 16;

/**
 * Composes tokens into documents. The composer makes an Error for every problem it meets and
 * only the first of each document is reported: a file can hold a million problems (`&a &a &a …`),
 * and without stack traces they cost a tenth of the time and half the memory.
 */
function compose(tokens: CST.Token[]): Document.Parsed[] {
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return Array.from(new Composer({ uniqueKeys: false, merge: true, strict: false, stringKeys: false }).compose(tokens));
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
  return { index, data: undefined, syntax: { span, detail }, floatIntegers: new Set(), duplicates: [], loc: () => undefined, start };
}

/** The smallest offset of a collection token nested deeper than `MAX_DEPTH`, walked without recursion. */
function offsetBeyondDepth(root: CST.Token): number | undefined {
  let found: number | undefined;
  const stack: Array<{ token: CST.Token; depth: number }> = [{ token: root, depth: 1 }];
  while (stack.length) {
    const { token, depth } = stack.pop()!;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth > MAX_DEPTH) {
      if (found === undefined || token.offset < found) found = token.offset;
      continue;
    }
    for (const item of token.items as Array<{ key?: CST.Token | null; value?: CST.Token }>) {
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
  return found;
}

function toSpecDocument(doc: Document.Parsed, index: number, text: string): SpecDocument {
  const contents = doc.contents as ParsedNode | null;
  const start = contents ? headOf(contents, text) : firstContent(doc, text);
  const error = doc.errors[0];
  if (error) {
    const [a, b] = error.pos;
    return syntaxError(index, { start: a, end: Math.max(b, a) }, cleanMessage(error.message), start);
  }
  const aliases = aliasTargets(doc);
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
 * `yaml` package resolves them). Found in one pass; `Alias.resolve` walks the whole document
 * for every alias, which makes a file of many aliases quadratic.
 */
function aliasTargets(doc: Document.Parsed): Map<Alias, ParsedNode | undefined> {
  const targets = new Map<Alias, ParsedNode | undefined>();
  const latest = new Map<string, ParsedNode>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) targets.set(node, latest.get(node.source));
      else if (node.anchor) latest.set(node.anchor, node as ParsedNode);
    },
  });
  return targets;
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
    private readonly aliases: ReadonlyMap<Alias, ParsedNode | undefined>,
    private readonly text: string,
    private readonly withLocs: boolean,
  ) {}

  /** Converts the node at `pointer` (`depth` levels down); `key` is the span of the key it stands under. */
  value(node: ParsedNode | null, pointer: string, key: Span | undefined, viaAlias: boolean, depth: number): unknown {
    if (node === null) return null;
    if (isAlias(node)) {
      const target = this.aliases.get(node);
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
    const collection = isMap(node) || isSeq(node);
    if (collection && depth > MAX_DEPTH) throw new WalkProblem(TOO_DEEP, headOf(node, this.text));
    this.active.add(node);
    try {
      let result: unknown;
      if (isMap(node)) result = this.map(node.items as Pair<ParsedNode, ParsedNode | null>[], pointer, viaAlias, depth);
      else if (isSeq(node)) {
        const out: unknown[] = [];
        (node.items as Array<ParsedNode | Pair<ParsedNode, ParsedNode | null> | null>).forEach((item, i) => {
          const at = child(pointer, i);
          out.push(isPair(item) ? this.pair(item, at, viaAlias, depth + 1) : this.value(item, at, undefined, viaAlias, depth + 1));
        });
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
    let value = { start: node.range[0], end: node.range[1] };
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
      if (!isPair(pair) || !isMergeKey(pair.key)) continue;
      const source = pair.value;
      const maps = source && isSeq(source) ? (source.items as ParsedNode[]) : [source];
      for (const m of maps) {
        const target = m && isAlias(m) ? this.aliases.get(m) : m;
        if (!target || !isMap(target)) continue;
        const merged = this.value(m, pointer, undefined, true, depth) as Record<string, unknown>;
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
      setOwn(out, name, this.value(pair.value, at, span, viaAlias, depth + 1));
    }
    return out;
  }

  private keyName(node: ParsedNode | null): string {
    if (node === null) return '';
    if (isScalar(node)) return node.value === null ? '' : String(node.value);
    return this.text.slice(node.range[0], node.range[1]);
  }
}

/** A plain `<<` key: with the `merge` option the yaml package resolves it to a scalar holding `Symbol(<<)`. */
function isMergeKey(node: ParsedNode | null): boolean {
  return isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'symbol' && node.value.description === '<<';
}

function spanOf(node: Node | ParsedNode): Span {
  const r = (node as ParsedNode).range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}
