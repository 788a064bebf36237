/**
 * Small helpers that rules, the schema pass and the library share: how a value is quoted in a
 * detail, how a number is written back, which known name a misspelt one is nearest to.
 */

/** A value as it may be quoted in a detail: never a secret, never a long text. */
export function quote(value: unknown, secret = false): string {
  if (secret) return 'the value';
  if (typeof value === 'string') {
    // 61 characters take at most 122 UTF-16 units: enough to tell whether to cut, without
    // splitting a long text into characters.
    const head = [...value.slice(0, 122)];
    const shown = head.length > 60 ? `${head.slice(0, 57).join('')}…` : value;
    return JSON.stringify(shown);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * A number as a detail quotes it: its source text when known (a double can differ from what was
 * written: `9007199254740993`, `1e400`), a long one cut and its digits counted.
 */
export function numberAsWritten(value: number, source: string | undefined): string {
  if (source === undefined) return String(value);
  if (source.length <= 40) return source;
  return `${source.slice(0, 30)}…, ${source.replace(/[^0-9]/g, '').length} digits`;
}

/** True for a value that counts as set: not undefined, null, "" or an empty array. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The known name closest to `name` (same letters in another case, or a few edits away), if any is near. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = k.toLowerCase() === lower ? 0 : distance(lower, k.toLowerCase());
    if (d < bestDistance) (best = k), (bestDistance = d);
  }
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/**
 * Levenshtein distance with transpositions counted as one edit (optimal string alignment), over
 * three rows that are reused: it runs once per unknown key and known name, and a file can hold
 * hundreds of thousands of unknown keys. Without `transpositions` it is plain Levenshtein
 * distance, which the rename fix counts by (clarification 8). Beyond 3 it says Infinity.
 */
export function distance(a: string, b: string, transpositions = true): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  const width = b.length + 1;
  if (rows[0]!.length < width) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(width * 2);
  let before = rows[0]!; // row i - 2
  let above = rows[1]!; // row i - 1
  let here = rows[2]!; // row i
  for (let j = 0; j < width; j++) above[j] = j;
  for (let i = 1; i <= a.length; i++) {
    here[0] = i;
    for (let j = 1; j < width; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(above[j]! + 1, here[j - 1]! + 1, above[j - 1]! + cost);
      if (transpositions && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2]! + 1);
      here[j] = v;
    }
    const spent = before;
    before = above;
    above = here;
    here = spent;
  }
  return above[b.length]!;
}

const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
