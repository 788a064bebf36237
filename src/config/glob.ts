/**
 * Glob matching in time linear in the path's length, whatever the glob's shape (SPEC §6): a glob
 * is compiled into a nondeterministic automaton over the path's characters, and a path is run
 * through it keeping the set of states it can be in — never backtracking, so `a/**\/a/**\/…/c`
 * or `a*a*a*a*b` against a deep path costs the path's length times the glob's, not more.
 *
 * The syntax (README "Configuration"): `*` any characters but `/`; `?` one character but `/`;
 * `**` as a whole path segment, any number of segments (`a/**` also matches `a`); `[abc]`,
 * `[a-z]`, `[!a]` / `[^a]` one character of a set or not of it; `{a,b}` alternatives, nested,
 * and `{1..5}` / `{a..e}` ranges; `\` takes the next character literally. A leading `!` negates
 * the glob, a leading `./` is dropped, and a glob without `/` matches the file's base name. Dot
 * files are matched like any other.
 */

/** The most values one `{x..y}` range may stand for. */
import { relative, resolve, sep } from 'node:path';
export const MAX_RANGE = 256;

const SLASH = 47;

/** One state: a test on the next character (then `out`), or a fork to `out` and `alt` that reads nothing. */
interface State {
  test: ((code: number) => boolean) | undefined;
  out: number;
  alt: number;
}

/** A compiled glob. */
class Automaton {
  readonly states: State[] = [];
  /** The state a whole match ends in. */
  readonly accept: number;
  start: number;

  constructor() {
    this.accept = this.add(undefined, -1, -1);
    this.start = this.accept;
  }

  add(test: State['test'], out: number, alt: number): number {
    this.states.push({ test, out, alt });
    return this.states.length - 1;
  }

  /** Whether the automaton accepts `text`: one pass, holding the set of states reached. */
  run(text: string): boolean {
    const seen = new Int32Array(this.states.length).fill(-1);
    let current: number[] = [];
    let step = 0;
    const reach = (into: number[], s: number) => {
      const stack = [s];
      while (stack.length) {
        const t = stack.pop()!;
        if (t < 0 || seen[t] === step) continue;
        seen[t] = step;
        const state = this.states[t]!;
        if (state.test || t === this.accept) into.push(t);
        else stack.push(state.alt, state.out);
      }
    };
    reach(current, this.start);
    for (let i = 0; i < text.length && current.length; i++) {
      const code = text.charCodeAt(i);
      step++;
      const next: number[] = [];
      for (const s of current) {
        const state = this.states[s]!;
        if (state.test?.(code)) reach(next, state.out);
      }
      current = next;
    }
    return current.includes(this.accept);
  }
}

/** A part of a glob. */
type Part =
  | { kind: 'test'; test: (code: number) => boolean }
  | { kind: 'star' }
  /** `**` followed by `/`: any number of whole segments, each with its `/`. */
  | { kind: 'segments' }
  /** `/**` at the end: nothing, or `/` and anything. */
  | { kind: 'tail' }
  /** `**` as the whole glob: anything. */
  | { kind: 'anything' }
  | { kind: 'alternatives'; options: Part[][] };

const notSlash = (code: number) => code !== SLASH;
const anyCode = () => true;
const literal = (c: number) => (code: number) => code === c;

/** Compiles a glob into a test of a path (relative, `/` separators). */
export function compileGlob(glob: string): (path: string) => boolean {
  let source = glob;
  let negated = false;
  while (source.startsWith('!')) {
    negated = !negated;
    source = source.slice(1);
  }
  // `./a.json` names the file at the root, not any file named a.json.
  const baseName = !source.includes('/');
  while (source.startsWith('./')) source = source.slice(2);
  // `**/**` is `**`: one segment of it, so that `a/**/**` matches `a` as `a/**` does.
  source = source.replace(/(^|\/)\*\*(?:\/\*\*)+(?=\/|$)/g, '$1**');
  const automaton = new Automaton();
  automaton.start = build(automaton, new Parser(source).sequence(false), automaton.accept);
  return (path) => {
    const subject = baseName ? path.slice(path.lastIndexOf('/') + 1) : path;
    return automaton.run(subject) !== negated;
  };
}

/** Builds the states of `parts` so that they lead to `next`; returns the first. */
function build(a: Automaton, parts: Part[], next: number): number {
  let at = next;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    switch (part.kind) {
      case 'test':
        at = a.add(part.test, at, -1);
        break;
      case 'star':
      case 'anything': {
        const loop = a.add(undefined, -1, at);
        a.states[loop]!.out = a.add(part.kind === 'star' ? notSlash : anyCode, loop, -1);
        at = loop;
        break;
      }
      case 'segments': {
        // (any but `/`)* then `/`, any number of times.
        const loop = a.add(undefined, -1, at);
        const inSegment = a.add(undefined, -1, -1);
        a.states[inSegment]!.out = a.add(notSlash, inSegment, -1);
        a.states[inSegment]!.alt = a.add(literal(SLASH), loop, -1);
        a.states[loop]!.out = inSegment;
        at = loop;
        break;
      }
      case 'tail': {
        const rest = a.add(undefined, -1, at);
        a.states[rest]!.out = a.add(anyCode, rest, -1);
        at = a.add(undefined, a.add(literal(SLASH), rest, -1), at);
        break;
      }
      case 'alternatives': {
        const starts = part.options.map((option) => build(a, option, at));
        let fork = starts[starts.length - 1]!;
        for (let k = starts.length - 2; k >= 0; k--) fork = a.add(undefined, starts[k]!, fork);
        at = fork;
        break;
      }
    }
  }
  return at;
}

/** Reads a glob into parts. */
class Parser {
  private i = 0;

  constructor(private readonly text: string) {}

  /** Parts up to the end, or (`inBraces`) up to a `,` or `}` at this level, which is left unread. */
  sequence(inBraces: boolean): Part[] {
    const parts: Part[] = [];
    const t = this.text;
    while (this.i < t.length) {
      const c = t[this.i]!;
      if (inBraces && (c === ',' || c === '}')) break;
      if (c === '\\' && this.i + 1 < t.length) {
        parts.push({ kind: 'test', test: literal(t.charCodeAt(this.i + 1)) });
        this.i += 2;
      } else if (c === '*') {
        let end = this.i;
        while (t[end] === '*') end++;
        const whole = end - this.i >= 2 && !inBraces && (this.i === 0 || t[this.i - 1] === '/') && (end === t.length || t[end] === '/');
        if (!whole) parts.push({ kind: 'star' });
        else if (end < t.length) {
          parts.push({ kind: 'segments' });
          end++; // the `/` after `**` belongs to it
        } else if (this.i === 0) parts.push({ kind: 'anything' });
        else {
          parts.pop(); // the `/` before `**` is part of the tail
          parts.push({ kind: 'tail' });
        }
        this.i = end;
      } else if (c === '?') {
        parts.push({ kind: 'test', test: notSlash });
        this.i++;
      } else if (c === '[') {
        parts.push(this.characterClass() ?? (this.i++, { kind: 'test', test: literal(91) }));
      } else if (c === '{') {
        parts.push(this.braces() ?? (this.i++, { kind: 'test', test: literal(123) }));
      } else {
        parts.push({ kind: 'test', test: literal(t.charCodeAt(this.i)) });
        this.i++;
      }
    }
    return parts;
  }

  /** `[…]` at the current position, or undefined (nothing read) when it is not closed. */
  private characterClass(): Part | undefined {
    const t = this.text;
    let j = this.i + 1;
    const negated = t[j] === '!' || t[j] === '^';
    if (negated) j++;
    const ranges: Array<[number, number]> = [];
    let first = true;
    while (j < t.length && (t[j] !== ']' || first)) {
      first = false;
      let lo = t.charCodeAt(j);
      if (t[j] === '\\' && j + 1 < t.length) lo = t.charCodeAt(++j);
      j++;
      let hi = lo;
      if (t[j] === '-' && j + 1 < t.length && t[j + 1] !== ']') {
        j++;
        if (t[j] === '\\' && j + 1 < t.length) j++;
        hi = t.charCodeAt(j++);
      }
      ranges.push([lo, hi]);
    }
    if (j >= t.length) return undefined;
    this.i = j + 1;
    const inSet = (code: number) => ranges.some(([lo, hi]) => code >= lo && code <= hi);
    return { kind: 'test', test: (code) => code !== SLASH && inSet(code) !== negated };
  }

  /** `{…}` at the current position: alternatives or a range; undefined (nothing read) when it is neither. */
  private braces(): Part | undefined {
    const start = this.i;
    const range = /^\{(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])\}/.exec(this.text.slice(start, start + 48));
    if (range) {
      const values = rangeValues(range[1]!, range[2]!);
      if (values) {
        this.i = start + range[0].length;
        return { kind: 'alternatives', options: values.map((v) => Array.from(v, (ch): Part => ({ kind: 'test', test: literal(ch.charCodeAt(0)) }))) };
      }
    }
    this.i = start + 1;
    const options: Part[][] = [this.sequence(true)];
    while (this.text[this.i] === ',') {
      this.i++;
      options.push(this.sequence(true));
    }
    if (this.text[this.i] !== '}' || options.length < 2) {
      this.i = start;
      return undefined;
    }
    this.i++;
    return { kind: 'alternatives', options };
  }
}

/** The values of a `{x..y}` range (numbers, or letters), or undefined when it holds more than `MAX_RANGE`. */
function rangeValues(from: string, to: string): string[] | undefined {
  const numeric = /\d/.test(from) && /\d/.test(to);
  if (!numeric && (/\d/.test(from) || /\d/.test(to))) return undefined;
  const a = numeric ? Number(from) : from.charCodeAt(0);
  const b = numeric ? Number(to) : to.charCodeAt(0);
  if (Math.abs(b - a) + 1 > MAX_RANGE) return undefined;
  const values: string[] = [];
  for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? 1 : -1) values.push(numeric ? String(v) : String.fromCharCode(v));
  return values;
}

/** Why a glob cannot be used, if it cannot: a range too large to stand for its values. */
export function globProblem(glob: string): string | undefined {
  for (const m of glob.matchAll(/\{(-?\d+)\.\.(-?\d+)\}/g)) {
    const size = Math.abs(Number(m[2]) - Number(m[1])) + 1;
    if (size > MAX_RANGE) return `has a range ${m[0]} of ${size} values; at most ${MAX_RANGE} are allowed`;
  }
  return undefined;
}

const matchers = new Map<string, (path: string) => boolean>();

/**
 * True when `file` (as given, relative to the working directory `cwd`) matches one of the globs,
 * relative to `baseDir`, in time linear in the path's length (`glob.ts`).
 */
export function matchesGlobs(file: string, globs: readonly string[], baseDir: string, cwd: string): boolean {
  const rel = relative(baseDir, resolve(cwd, file)).split(sep).join('/');
  return globs.some((g) => {
    let m = matchers.get(g);
    if (!m) {
      m = compileGlob(g);
      matchers.set(g, m);
    }
    return m(rel);
  });
}
