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
import { MAX_ALIAS_EXPANSION, MAX_DEPTH, MAX_YAML_DOCUMENTS, MAX_YAML_TOKENS, TOO_DEEP, TOO_MANY_DOCUMENTS, TOO_MANY_TOKENS } from '../config/limits.js';
import { child, setOwn, unescapeToken } from './pointer.js';
import { LineIndex, type Span } from './text.js';
import { vendor } from '../io/vendor.js';

// The yaml package: loaded with the first YAML file (see vendor.ts), set by `parseYaml`.
let Y: typeof Yaml;

/** Parses every document of a YAML text. An empty file is one empty document. */
export function parseYaml(text: string): SpecDocument[] {
  Y = vendor<typeof Yaml>('yaml');
  // YAML 1.2 (5.4) counts a lone CR as a line break, as the JSON side and `LineIndex` do; the
  // package's lexer knows only LF and CRLF. The same break written as LF keeps every offset, and
  // a line break inside a scalar is an LF in the data either way (YAML 1.2, 5.4).
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  // Each document is walked as soon as the parser has its tokens: the tokens of a large file took
  // more memory than its AST and data together, and those of 10,000 documents were all held
  // until the last was composed (issue 15). Only a `%YAML` directive needs the tokens again, so a
  // text with a line that starts with `%` has them all kept.
  const composer = new DocumentComposer((doc, index) => toSpecDocument(doc, index, text));
  const tokens: CST.Token[] = [];
  const keep = /^%/m.test(source);
  const stopped = parseTokens(source, keep ? (t) => tokens.push(t) : (t) => composer.next(t));
  if (keep) for (const t of tokens) composer.next(t);
  const docs = composer.end();
  if (tokens.some((t) => t.type === 'directive')) versionDirectives(tokens, docs, text);
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
 * Hands `take` the parser's tokens of each complete document, read until a limit is passed: more
 * than `MAX_YAML_TOKENS` tokens, or a parser stack deep enough to hold more than `MAX_DEPTH` open
 * collections (`: : : …` would otherwise build a million nested tokens). The rest of the text is
 * then not parsed, and the result says where and why.
 */
function parseTokens(text: string, take: (token: CST.Token) => void): { at: number; detail: string } | undefined {
  const parser = new Y.Parser();
  let count = 0;
  let documents = 0;
  for (const lexeme of new Y.Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) {
      if (token.type === 'document' && ++documents > MAX_YAML_DOCUMENTS) return { at: token.offset, detail: TOO_MANY_DOCUMENTS };
      take(token);
    }
    if (++count > MAX_YAML_TOKENS) return { at: parser.offset, detail: TOO_MANY_TOKENS };
    if (parser.stack.length > PARSER_STACK_LIMIT) {
      const collections = parser.stack.filter((t) => t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection');
      return { at: (collections[MAX_DEPTH] ?? parser.stack[parser.stack.length - 1]!).offset, detail: TOO_DEEP };
    }
  }
  for (const token of parser.end()) {
    if (token.type === 'document' && ++documents > MAX_YAML_DOCUMENTS) return { at: token.offset, detail: TOO_MANY_DOCUMENTS };
    take(token);
  }
  return undefined;
}

/**
 * A composer as `parseAllDocuments` makes one. `schema: 'core'`: YAML 1.2 whatever a `%YAML`
 * directive says (README "JSON or YAML"); `asDirected`, the package's own choice for the
 * directive's version (its YAML 1.1 schema for `%YAML 1.1`: `yes` a boolean, `0100` octal), to tell
 * what reading the document so would change.
 */
function composer(asDirected = false): Yaml.Composer {
  const options = { uniqueKeys: false, merge: true, strict: false, stringKeys: false } as const;
  return new Y.Composer(asDirected ? options : { ...options, schema: 'core' });
}

/**
 * Runs the composer without stack traces: it makes an Error for every problem it meets and only
 * the first of each document is reported; a file can hold a million problems (`&a &a &a …`), and
 * without stack traces they cost a tenth of the time and half the memory.
 */
function withoutTraces<T>(run: () => T): T {
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = traces;
  }
}

/** Composes tokens into documents as the package would for a `%YAML` directive's version. */
function composeAsDirected(tokens: CST.Token[]): Document.Parsed[] {
  return withoutTraces(() => Array.from(composer(true).compose(tokens)));
}

/**
 * Composes tokens into documents one at a time: each is handed to `each` as soon as the composer
 * has it (when the next document's token comes, or at the end).
 */
class DocumentComposer<T> {
  private readonly composer = composer();
  private readonly out: T[] = [];

  constructor(private readonly each: (doc: Document.Parsed, index: number) => T) {}

  next(token: CST.Token): void {
    this.step(this.composer.next(token));
  }

  /** The documents, once every token is given. */
  end(): T[] {
    this.step(this.composer.end());
    return this.out;
  }

  private step(docs: Iterable<Document.Parsed>): void {
    for (const doc of withoutTraces(() => Array.from(docs))) this.out.push(this.each(doc, this.out.length));
  }
}

/**
 * Marks each document that a `%YAML` directive for a version other than 1.2 precedes. The yaml
 * package would read a `%YAML 1.1` document with its YAML 1.1 schema (`yes` a boolean, `0100`
 * octal), and the errors those values make in YAML 1.2 would vanish; clusterlint reads every spec
 * as YAML 1.2 (`compose`) and says which values a YAML 1.1 reader would take differently, so the
 * user can write them so that both agree. Files without such a directive pay nothing.
 */
function versionDirectives(tokens: CST.Token[], docs: SpecDocument[], text: string): void {
  const found = new Map<number, { span: Span; version: string }>();
  let pending: { span: Span; version: string } | undefined;
  let index = 0;
  for (const token of tokens) {
    if (token.type === 'directive') {
      const m = /^%YAML[ \t]+(\S+)/.exec(token.source);
      if (m) pending = { span: { start: token.offset, end: token.offset + token.source.length }, version: m[1]! };
    } else if (token.type === 'document') {
      if (pending && pending.version !== '1.2') found.set(index, pending);
      pending = undefined;
      index++;
    }
  }
  if (found.size === 0) return;
  // The same tokens, composed as the package would for the directive's version.
  const older = composeAsDirected(tokens);
  const lines = new LineIndex(text);
  for (const [i, { span, version }] of found) {
    const doc = docs[i];
    if (!doc || doc.syntax) continue;
    let changed: string[] = [];
    if (/^1\.[01]$/.test(version)) {
      const other = older[i];
      const contents = other?.contents as ParsedNode | null | undefined;
      try {
        if (other && other.errors.length === 0) changed = differences(doc.data, contents ? new Walker(new Aliases(other), text, false).value(contents, '', undefined, false, 1) : null, '', []);
      } catch (e) {
        if (!(e instanceof WalkProblem)) throw e;
      }
    }
    const where = changed.slice(0, 3).map((p) => `${labelOf(doc.data, p)} (line ${lines.position((doc.loc(p)?.value ?? span).start).line})`);
    if (changed.length > 3) where.push(`${changed.length - 3} more`);
    const listed = where.length > 1 ? `${where.slice(0, -1).join(', ')} and ${where[where.length - 1]}` : where[0];
    const effect = !/^1\.[01]$/.test(version)
      ? ''
      : where.length
        ? ` A YAML ${version} reader would read ${listed} differently: write each so that both versions agree (true, not yes; 10, not 010), then remove the directive.`
        : ` No value of this document reads differently in YAML ${version}: the directive can go.`;
    // YAML 1.2 (6.8.1): another minor version is read with a warning, another major one rejected.
    const severity = /^1\.\d+$/.test(version) ? 'warning' : 'error';
    doc.versionDirective = { span, severity, detail: `This document declares %YAML ${version}; clusterlint reads every spec as YAML 1.2.${effect}` };
  }
}

/** The pointers under which two values differ (leaves, or where one is a collection and the other is not), in document order. */
function differences(a: unknown, b: unknown, pointer: string, out: string[]): string[] {
  const isColl = (v: unknown) => typeof v === 'object' && v !== null;
  if (!isColl(a) || !isColl(b) || Array.isArray(a) !== Array.isArray(b)) {
    if (!Object.is(a, b)) out.push(pointer);
    return out;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k of Object.keys(x)) differences(x[k], Object.prototype.hasOwnProperty.call(y, k) ? y[k] : undefined, child(pointer, k), out);
  for (const k of Object.keys(y)) if (!Object.prototype.hasOwnProperty.call(x, k)) out.push(child(pointer, k));
  return out;
}

/** A readable name of the node at a pointer: `Groups.g.DesiredVMCount`, `rds_instances[0]`. */
function labelOf(data: unknown, pointer: string): string {
  let out = '';
  let value = data;
  for (const t of pointer.split('/').slice(1).map(unescapeToken)) {
    out += Array.isArray(value) ? `[${t}]` : out === '' ? t : `.${t}`;
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[t] : undefined;
  }
  return out || 'the document';
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

/**
 * Where a node starts: `{`/`[` for flow collections; for a block mapping, which has no bracket,
 * the first character of its first key only — a whole key underlined under "Missing…" would read
 * as if that key were wrong.
 */
function headOf(node: ParsedNode, text: string): Span {
  const [a, b] = node.range;
  if (Y.isMap(node) && !node.flow) {
    const key = node.items[0]?.key as ParsedNode | null | undefined;
    if (key && key.range) return spanAt(key.range[0], text);
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
  locs = new Map<string, NodeLoc>();
  readonly duplicates: Duplicate[] = [];
  floatIntegers = new Set<string>();
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
    if (node === null) {
      // A key without a value (`{a: , b}`, `!!set {a, b}`) has no text of its own: the key stands for it.
      if (this.withLocs && key) this.locs.set(pointer, { key, value: key, head: key });
      return null;
    }
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
        // `!!float 2` is the float 2.0 in YAML 1.2's core schema (10.3.2: its float pattern
        // includes `2`); the package leaves it a string ("unresolved tag").
        const float = node.tag === FLOAT_TAG;
        if (float && typeof result === 'string' && CORE_FLOAT.test(result)) result = Number(result);
        if (typeof result === 'number' && Number.isInteger(result)) {
          const src = this.text.slice(node.range[0], node.range[1]);
          if (float || (/^[-+]?(\d[\d_]*)?\.\d*|[eE]/.test(src) && !/^[-+]?0x/i.test(src))) this.floatIntegers.add(pointer);
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
    if (items.some((pair) => Y.isPair(pair) && isMergeKey(pair.key))) this.merge(items, out, pointer, depth);
    // The explicit keys written so far, by name, made only when a name repeats: a map of many
    // keys each written twice was quadratic when every repeat searched back for its earlier key.
    let written: Map<string, Span> | undefined;
    for (let index = 0; index < items.length; index++) {
      const pair = items[index]!;
      if (!Y.isPair(pair) || isMergeKey(pair.key)) continue;
      const name = this.keyName(pair.key);
      const at = child(pointer, name);
      // A name already in `out` was written before in this mapping (merged names written here are
      // never merged): a duplicate.
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

  /**
   * The members that `<<` merge keys bring into a mapping (YAML merge key type): a name written in
   * the mapping itself wins over every merged one, and among merged mappings the first one met
   * wins — the earlier `<<` key, and in `<<: [*a, *b]` the earlier element. Only the members
   * taken keep their locations and float marks, so a finding points at the anchored text its value
   * came from. Anything but a mapping (or an alias to one) to merge is a syntax error, as other
   * YAML tools make it: it would otherwise be dropped without a word.
   */
  private merge(items: Pair<ParsedNode, ParsedNode | null>[], out: Record<string, unknown>, pointer: string, depth: number): void {
    const written = new Set<string>();
    for (const pair of items) if (Y.isPair(pair) && !isMergeKey(pair.key)) written.add(this.keyName(pair.key));
    for (const pair of items) {
      if (!Y.isPair(pair) || !isMergeKey(pair.key)) continue;
      const source = pair.value;
      const maps = source && Y.isSeq(source) ? (source.items as Array<ParsedNode | null>) : [source];
      for (const m of maps) {
        const target = m && Y.isAlias(m) ? this.aliases.target(m) : m;
        if (m && Y.isAlias(m) && !target) throw new WalkProblem(`The alias *${m.source} refers to no anchor.`, spanOf(m));
        if (!target || !Y.isMap(target)) {
          const empty = !target || (Y.isScalar(target) && target.range[1] <= target.range[0]);
          const what = empty ? 'nothing' : Y.isSeq(target) ? 'a sequence' : 'a scalar';
          const inList = source !== m ? ' in its list' : '';
          throw new WalkProblem(`A merge key (<<) takes a mapping, an alias to one, or a list of them; it has ${what}${inList} here.`, m && !empty ? spanOf(m) : spanOf(pair.key!));
        }
        const locs = this.locs;
        const floats = this.floatIntegers;
        this.locs = new Map();
        this.floatIntegers = new Set();
        let merged: Record<string, unknown>;
        let mergedLocs: Map<string, NodeLoc>;
        let mergedFloats: Set<string>;
        try {
          merged = this.value(m, pointer, undefined, true, depth) as Record<string, unknown>;
        } finally {
          mergedLocs = this.locs;
          mergedFloats = this.floatIntegers;
          this.locs = locs;
          this.floatIntegers = floats;
        }
        const taken = new Set<string>();
        for (const k of Object.keys(merged)) {
          if (written.has(k) || Object.prototype.hasOwnProperty.call(out, k)) continue;
          setOwn(out, k, merged[k]);
          taken.add(k);
        }
        const under = (p: string) => p.length > pointer.length && taken.has(unescapeToken(p.slice(pointer.length + 1).split('/', 1)[0]!));
        for (const [p, loc] of mergedLocs) if (under(p)) this.locs.set(p, loc);
        for (const p of mergedFloats) if (under(p)) this.floatIntegers.add(p);
      }
    }
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
    // A key is named by its source text unless it is a string: `null:` and `~:` are "null" and
    // "~" (not one empty name), `1.0:` and `1:` stay two keys (README "Decisions").
    if (Y.isScalar(node)) return typeof node.value === 'string' ? node.value : (node.source ?? this.text.slice(node.range[0], node.range[1]));
    return this.text.slice(node.range[0], node.range[1]);
  }
}

const FLOAT_TAG = 'tag:yaml.org,2002:float';
// The core schema's float, tag given (YAML 1.2, 10.3.2): whole numbers included.
const CORE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;


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
