/**
 * Output safety shared by the formatters. Keys, values and paths come from files anyone can put in
 * a pull request; printed raw they could move a terminal's cursor or run a CI log command. These
 * are never printed as themselves:
 *
 * - characters that drive terminals or split lines: C0 and C1 controls (ESC starts a terminal
 *   escape, U+009B is CSI on its own), DEL, the Unicode line and paragraph separators, and the
 *   bidirectional controls that reorder what a reader sees ("Trojan Source");
 * - GitHub Actions workflow commands: the runner reads `::command::` at the start of any log line
 *   (after leading white space) and the legacy `##[command]` anywhere in a line.
 *
 * Text shows each such character as a `\uXXXX` escape; JSON writes the same escapes, so the data
 * it holds is unchanged.
 */

/**
 * The UTF-16 units that drive terminals or split lines: C0 controls, DEL and C1 controls, the
 * Arabic letter mark, LRM and RLM, the line and paragraph separators, and the bidirectional
 * embeddings, overrides and isolates.
 */
const CONTROLS: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x2028, 0x2029],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

/** True for a UTF-16 unit that drives terminals or splits lines. */
function isControl(unit: number): boolean {
  for (const [from, to] of CONTROLS) if (unit >= from && unit <= to) return true;
  return false;
}

/** A unit written as a `\uXXXX` escape. */
const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

// What safeJson escapes in JSON.stringify's output: the controls it leaves raw (it escapes C0
// itself) and the first `#` of `##[`.
const RAW_IN_JSON = new RegExp(`[${CONTROLS.slice(1).map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]|#(?=#\\[)`, 'g');

/** The offsets of the UTF-16 units of a text that are shown as escapes. */
function unsafeUnits(text: string): number[] {
  const found: number[] = [];
  let lead = true;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    // `##[` anywhere: its first `#`; `::` after leading white space: its first `:`.
    if (isControl(u) || (u === 0x23 && text.startsWith('#[', i + 1)) || (u === 0x3a && lead && text.charCodeAt(i + 1) === 0x3a)) found.push(i);
    if (lead && !/\s/.test(text[i]!)) lead = false;
  }
  return found;
}


/** Text from a file made safe to print on one line of human-readable output. */
export function escapeText(text: string): string {
  return escapeMapped(text).text;
}

/**
 * `escapeText`, with where each offset of the text lands in the escaped text, so a caret can be
 * placed under escaped source.
 */
export function escapeMapped(text: string): { text: string; at(offset: number): number } {
  const unsafe = unsafeUnits(text);
  if (unsafe.length === 0) return { text, at: (offset) => offset };
  let out = '';
  let from = 0;
  for (const i of unsafe) {
    out += text.slice(from, i) + hex(text.charCodeAt(i));
    from = i + 1;
  }
  // Each escape is six characters in place of one.
  return { text: out + text.slice(from), at: (offset) => offset + 5 * unsafe.filter((i) => i < offset).length };
}

/** `JSON.stringify` whose output also escapes the characters above; `JSON.parse` gives back the same data. */
export function safeJson(value: unknown, indent?: number): string {
  // No string can start a line of JSON.stringify's output. Most output has nothing to escape, and
  // a replace would copy what can be a report of tens of megabytes: look first.
  const json = JSON.stringify(value, null, indent);
  RAW_IN_JSON.lastIndex = 0;
  return RAW_IN_JSON.test(json) ? json.replace(RAW_IN_JSON, (c) => hex(c.charCodeAt(0))) : json;
}

/**
 * An array written piece by piece exactly as `safeJson(array, 2)` writes it at `depth` levels of
 * nesting: `[`, each item on its own lines, `]` (or `[]`). Formats stream their items this way, so
 * a report over many files is never held as one string. `template` may write an item itself (the
 * same text, made faster), or leave it to `safeJson` with undefined.
 */
export function* safeJsonArray(items: Iterable<unknown>, depth: number, template?: (item: unknown) => string | undefined): Generator<string> {
  const pad = '  '.repeat(depth + 1);
  let first = true;
  for (const item of items) {
    // JSON text has line breaks only between its tokens (a break in a string is written `\n`).
    yield `${first ? '[\n' : ',\n'}${pad}${template?.(item) ?? safeJson(item, 2).replace(/\n/g, `\n${pad}`)}`;
    first = false;
  }
  yield first ? '[]' : `\n${'  '.repeat(depth)}]`;
}
