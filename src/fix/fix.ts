/**
 * Fixes (SPEC §10, clarification 8): what a finding's token becomes, applying a file's fixes, and
 * the unified diff of `--fix-dry-run`. A fix replaces the bytes of one token and nothing else.
 */
import type { Fix } from '../api/diagnostic.js';
import type { Span } from '../parse/text.js';

/**
 * What a finding's token should say, decided where the finding is made (before its position is
 * known): `from` is what the token holds (a string's content, or a number as written), `to` what
 * it should hold. `quotes`: `keep` writes `to` with the token's own quotes (or none, when it has
 * none); `drop` needs a quoted token and writes `to` bare (`"3"` → `3`); `none` needs a bare token.
 */
export interface FixIntent {
  from: string;
  to: string;
  quotes: 'keep' | 'drop' | 'none';
}

/**
 * The fix for a finding whose token stands at `span` of `text`, or undefined when the token is
 * not written as the intent expects (escapes, a tag or an anchor before it, a line break in it):
 * then the fix is not certain and none is offered.
 */
export function fixAt(text: string, span: Span, intent: FixIntent): Fix | undefined {
  const raw = text.slice(span.start, span.end);
  if (raw.includes('\n') || raw.includes('\r')) return undefined;
  const first = raw[0];
  const quote = raw.length >= 2 && (first === '"' || first === "'") && raw[raw.length - 1] === first ? first : '';
  const inner = quote ? raw.slice(1, -1) : raw;
  if (inner !== intent.from) return undefined;
  if (intent.quotes === 'drop' && !quote) return undefined;
  if (intent.quotes === 'none' && quote) return undefined;
  // A YAML tag (`!!float 3.0`, `!!str 3`) or anchor (`&a 3.0`) before the token changes what it means or who shares it.
  if (/[!&]\S*[ \t]+$/.test(text.slice(Math.max(0, span.start - 256), span.start))) return undefined;
  const replacement = intent.quotes === 'keep' ? `${quote}${intent.to}${quote}` : intent.to;
  return { range: [span.start, span.end], text: replacement };
}

/**
 * Whether YAML text uses an alias (`*name`, also in `<<: *name`): a node written once then stands
 * for several places, and a fix made for one of them would change the others. Such a file gets no
 * fixes; a `*` inside a quoted string may also match, which only costs a fix.
 */
export function usesAliases(text: string): boolean {
  return /(^|[\s[{,])\*[^\s[\]{},]/.test(text);
}

/**
 * The integer a number literal stands for exactly (`3.0` → `3`, `1e2` → `100`, `-2.50e1` → `-25`),
 * as digits; undefined when it has a non-zero fraction or is not a plain decimal literal.
 * Worked on the digits, never through a double, so `9007199254740993.0` stays exact.
 */
export function exactInteger(literal: string): string | undefined {
  const m = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(literal);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const sign = m[1] === '-' ? '-' : '';
  let digits = `${m[2]}${m[3] ?? ''}`;
  let point = m[2]!.length + Number(m[4] ?? 0);
  // An exponent of thousands of digits would make a huge text: such a literal is no field's integer.
  if (Math.abs(point) > 400) return undefined;
  if (point < 0) (digits = `${'0'.repeat(-point)}${digits}`), (point = 0);
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  if (!/^0*$/.test(digits.slice(point))) return undefined;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  return whole === '0' ? '0' : `${sign}${whole}`;
}

/**
 * A file's fixes, in order, when they can all apply together: no two touch the same text (SPEC
 * §10: a file is written only when all its fixes apply). Identical fixes (one token reported
 * twice) count once. Undefined when two overlap.
 */
export function orderFixes(fixes: readonly Fix[]): Fix[] | undefined {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const out: Fix[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && last.range[0] === f.range[0] && last.range[1] === f.range[1] && last.text === f.text) continue;
    if (last && f.range[0] < last.range[1]) return undefined;
    out.push(f);
  }
  return out;
}

/** The text with its fixes applied (in order, none overlapping: `orderFixes`). */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = '';
  let at = 0;
  for (const f of fixes) {
    out += text.slice(at, f.range[0]) + f.text;
    at = f.range[1];
  }
  return out + text.slice(at);
}

/**
 * The text before the fixes as the diff may show it: `maskedBefore` (the old text masked on its
 * own), also masked wherever the fixed text is (`maskedAfter` against `after`) — a misspelt secret
 * key is not a secret name until it is renamed, but its value is a secret all the same.
 */
export function maskLikeFixed(maskedBefore: string, after: string, maskedAfter: string, fixes: readonly Fix[]): string {
  const units = maskedBefore.split('');
  let delta = 0;
  let next = 0;
  for (let i = 0; i < units.length; i++) {
    while (next < fixes.length && i >= fixes[next]!.range[1]) {
      delta += fixes[next]!.text.length - (fixes[next]!.range[1] - fixes[next]!.range[0]);
      next++;
    }
    if (next < fixes.length && i >= fixes[next]!.range[0]) continue;
    const j = i + delta;
    if (maskedAfter[j] === '*' && after[j] !== '*') units[i] = '*';
  }
  return units.join('');
}

/**
 * A unified diff of one file (`--- a/FILE`, `+++ b/FILE`, hunks with three lines of context), as
 * `git apply` and `patch -p1` read it. Fixes never add or remove a line, so line N before is line N
 * after, and a changed line is one whose text differs.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  const a = splitKeepingBreaks(before);
  const b = splitKeepingBreaks(after);
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed.push(i);
  if (changed.length === 0) return '';
  const out = [`--- a/${file}\n`, `+++ b/${file}\n`];
  const CONTEXT = 3;
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - CONTEXT);
    let end = Math.min(a.length, changed[k]! + CONTEXT + 1);
    let last = k;
    while (last + 1 < changed.length && changed[last + 1]! - CONTEXT <= end) {
      last++;
      end = Math.min(a.length, changed[last]! + CONTEXT + 1);
    }
    const body: string[] = [];
    let minus: string[] = [];
    let plus: string[] = [];
    const flush = () => {
      body.push(...minus, ...plus);
      minus = [];
      plus = [];
    };
    for (let i = start; i < end; i++) {
      if (a[i] === b[i]) {
        flush();
        body.push(line(' ', a[i]!));
      } else {
        minus.push(line('-', a[i]!));
        plus.push(line('+', b[i]!));
      }
    }
    flush();
    const n = end - start;
    out.push(`@@ -${start + 1},${n} +${start + 1},${n} @@\n`, ...body);
    k = last + 1;
  }
  return out.join('');
}

/** A diff line: the text as it is (a CR kept before the LF), and the marker for a last line without a break. */
function line(mark: string, text: string): string {
  return text.endsWith('\n') ? `${mark}${text}` : `${mark}${text}\n\\ No newline at end of file\n`;
}

/** Lines with their LF (a CRLF line keeps its CR: the diff then applies to the bytes as they are). */
function splitKeepingBreaks(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** How many rounds of fixes a text gets at most (a fix can reveal another: a renamed key's value). */
const MAX_ROUNDS = 10;

/** A text with its fixes applied, round by round, and what each round changed. */
export interface FixRounds {
  text: string;
  /** How many findings were fixed. */
  fixed: number;
  rounds: Array<{ text: string; fixes: Fix[] }>;
}

/**
 * Applies a text's fixes round after round (SPEC §10): `fixesOf` lints a text and gives the fixes
 * of its findings (`first`: those of the lint already made). All of a round's fixes apply or none:
 * 'overlap' when two fixes of the first round change the same text; undefined when nothing is fixed.
 */
export function fixRounds(text: string, first: readonly Fix[], fixesOf: (text: string) => readonly Fix[] | undefined): FixRounds | 'overlap' | undefined {
  const rounds: FixRounds['rounds'] = [];
  let fixes: readonly Fix[] | undefined = first;
  let fixed = 0;
  for (let round = 0; round < MAX_ROUNDS && fixes?.length; round++) {
    const ordered = orderFixes(fixes);
    if (!ordered) {
      if (round === 0) return 'overlap';
      break;
    }
    rounds.push({ text, fixes: ordered });
    text = applyFixes(text, ordered);
    fixed += fixes.length;
    fixes = fixesOf(text);
  }
  return fixed ? { text, fixed, rounds } : undefined;
}
