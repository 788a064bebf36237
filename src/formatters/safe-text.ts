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

/** True for a UTF-16 unit that drives terminals or splits lines. */
function isControl(unit: number): boolean {
  return (
    unit < 0x20 ||
    (unit >= 0x7f && unit <= 0x9f) ||
    unit === 0x061c ||
    unit === 0x200e ||
    unit === 0x200f ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    (unit >= 0x202a && unit <= 0x202e) ||
    (unit >= 0x2066 && unit <= 0x2069)
  );
}

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

function escapeUnit(text: string, i: number): string {
  return `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
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
    out += text.slice(from, i) + escapeUnit(text, i);
    from = i + 1;
  }
  // Each escape is six characters in place of one.
  return { text: out + text.slice(from), at: (offset) => offset + 5 * unsafe.filter((i) => i < offset).length };
}

/** `JSON.stringify` whose output also escapes the characters above; `JSON.parse` gives back the same data. */
export function safeJson(value: unknown, indent?: number): string {
  // JSON.stringify escapes C0 controls already, and no string can start a line of its output.
  return JSON.stringify(value, null, indent).replace(/[^\x20-\x7e\n]|#(?=#\[)/g, (c) => (c === '#' || isControl(c.charCodeAt(0)) ? escapeUnit(c, 0) : c));
}
