/**
 * Bytes to text, and offsets to lines and columns.
 *
 * Offsets are indices into the decoded JavaScript string, so columns count UTF-16 code units as
 * SARIF and editors do (SPEC §2). Line breaks are LF, CRLF and a lone CR.
 */

import { isUtf8 } from 'node:buffer';

/** A half-open range of offsets `[start, end)` in a file's text. */
export interface Span {
  start: number;
  end: number;
}

/** A 1-based position range with an exclusive end. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The result of decoding a file: its text, or why it is not UTF-8 and where. */
export type Decoded = { ok: true; text: string } | { ok: false; text: string; offset: number; reason: string };

// Valid UTF-8 is told by `isUtf8` and decoded by Buffer; a TextDecoder, whose making costs a
// fifth of a millisecond at every start, is made only for a file that is not UTF-8.
let lenientUtf8: TextDecoder | undefined;

/**
 * Decodes UTF-8 strictly (never replacing characters); a UTF-8 byte-order mark is dropped.
 * On failure the text up to the first bad byte is returned with that offset, so the syntax
 * error can be placed there. A file that starts with the byte-order mark of UTF-16 or UTF-32
 * (PowerShell 5 saves files as UTF-16) is not UTF-8 either, and the error stands at its start;
 * its text is then the whole file decoded in that encoding, so that a walk can tell whether it
 * is a spec (SPEC §1) and an excerpt can show its first line.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const unicode = unicodeBom(bytes);
  if (unicode) {
    return { ok: false, text: decodeWithBom(bytes, unicode), offset: 0, reason: `The file is encoded as ${unicode.name}; save it as UTF-8.` };
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = start ? bytes.subarray(start) : bytes;
  if (isUtf8(body)) return { ok: true, text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') };
  const bad = firstInvalidByte(body);
  const text = (lenientUtf8 ??= new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })).decode(body.subarray(0, bad));
  const reason = `The file is not valid UTF-8: byte 0x${body[bad]?.toString(16).padStart(2, '0')} at byte offset ${bad + start} cannot start or continue a character; save the file as UTF-8.`;
  return { ok: false, text, offset: text.length, reason };
}

/**
 * The text of a file as it can best be shown, whether or not it is UTF-8: the whole of a UTF-16
 * or UTF-32 file (byte-order mark), else UTF-8 with replacement characters.
 */
export function displayText(bytes: Uint8Array): string {
  const unicode = unicodeBom(bytes);
  // A UTF-8 byte-order mark is dropped, as `decodeUtf8` drops it, so offsets agree.
  return unicode ? decodeWithBom(bytes, unicode) : new TextDecoder().decode(bytes);
}

/** A Unicode encoding other than UTF-8, told by its byte-order mark. */
interface UnicodeBom {
  name: string;
  /** Bytes per code unit. */
  width: 2 | 4;
  littleEndian: boolean;
}

/** The encoding a UTF-16 or UTF-32 byte-order mark announces. UTF-32 LE is looked for first: its mark begins with UTF-16 LE's. */
function unicodeBom(b: Uint8Array): UnicodeBom | undefined {
  const at = (...mark: number[]) => mark.every((m, i) => b[i] === m);
  if (at(0xff, 0xfe, 0, 0)) return { name: 'UTF-32 (little-endian, with a byte-order mark)', width: 4, littleEndian: true };
  if (at(0, 0, 0xfe, 0xff)) return { name: 'UTF-32 (big-endian, with a byte-order mark)', width: 4, littleEndian: false };
  if (at(0xff, 0xfe)) return { name: 'UTF-16 (little-endian, with a byte-order mark)', width: 2, littleEndian: true };
  if (at(0xfe, 0xff)) return { name: 'UTF-16 (big-endian, with a byte-order mark)', width: 2, littleEndian: false };
  return undefined;
}

/** The text after a UTF-16 or UTF-32 byte-order mark; what cannot be decoded becomes U+FFFD. */
function decodeWithBom(bytes: Uint8Array, bom: UnicodeBom): string {
  const body = bytes.subarray(bom.width);
  if (bom.width === 2) return new TextDecoder(bom.littleEndian ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(body);
  // TextDecoder knows no UTF-32: code points are read four bytes at a time, in pieces.
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const pieces: string[] = [];
  let piece: number[] = [];
  for (let i = 0; i + 4 <= body.length; i += 4) {
    const cp = view.getUint32(i, bom.littleEndian);
    piece.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (piece.length === 8192) {
      pieces.push(String.fromCodePoint(...piece));
      piece = [];
    }
  }
  pieces.push(String.fromCodePoint(...piece));
  if (body.length % 4) pieces.push('\ufffd');
  return pieces.join('');
}

/** The index of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}

/** Converts offsets of one text to 1-based lines and UTF-16 columns. Built once per file, lazily. */
export class LineIndex {
  private starts: Uint32Array | undefined;

  constructor(readonly text: string) {}

  /** The offset where each line starts, in a typed array (a file of line breaks has millions). */
  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    const t = this.text;
    // Most texts break lines with LF alone, which `indexOf` finds several times as fast as a look at
    // each character (the 10% of a run's files with findings each build this index).
    const each = t.includes('\r') ? eachBreak : eachLf;
    let lines = 1;
    each(t, () => lines++);
    const starts = new Uint32Array(lines);
    let n = 1;
    each(t, (start) => (starts[n++] = start));
    this.starts = starts;
    return starts;
  }

  /**
   * The 1-based line and column of an offset (clamped to the text). An offset between the CR and
   * the LF of one CRLF break counts as the end of its line, so a column never passes the line's
   * last character by more than one.
   */
  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts();
    let o = Math.max(0, Math.min(offset, this.text.length));
    if (o > 0 && this.text.charCodeAt(o) === 10 && this.text.charCodeAt(o - 1) === 13) o--;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1 };
  }

  /** A span as a 1-based range with an exclusive end. */
  range(span: Span): Range {
    const a = this.position(span.start);
    const b = this.position(Math.max(span.start, span.end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const starts = this.lineStarts();
    const s = starts[line - 1];
    if (s === undefined) return '';
    const next = starts[line];
    let e = next === undefined ? this.text.length : next;
    while (e > s && (this.text.charCodeAt(e - 1) === 10 || this.text.charCodeAt(e - 1) === 13)) e--;
    return this.text.slice(s, e);
  }
}

/** Calls `found` with the offset after each line break: LF, CRLF or CR. */
function eachBreak(t: string, found: (start: number) => void): void {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 10) found(i + 1);
    else if (c === 13) {
      if (t.charCodeAt(i + 1) === 10) i++;
      found(i + 1);
    }
  }
}

/** `eachBreak` for a text without CR. */
function eachLf(t: string, found: (start: number) => void): void {
  for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) found(i + 1);
}
