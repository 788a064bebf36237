/**
 * Reading with a size limit: never more than the limit (plus one byte, to notice it) is held in
 * memory, whatever the path names — a regular file, a device such as /dev/zero, a pipe, stdin.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { SNIFF_BYTES } from './limits.js';

/** How large an input over the size limit is. */
export interface Oversize {
  /** Its size in bytes: exact when known (a regular file, bytes in memory), else a lower bound (a stream). */
  size: number;
  exact: boolean;
}

/** The bytes read; for input over the limit only its head (`SNIFF_BYTES`), with how large it is. */
export interface LimitedRead {
  bytes: Uint8Array;
  /** Set when the input is larger than the limit. */
  oversize?: Oversize;
}

const CHUNK = 64 * 1024;

/**
 * Reads a file by path; a regular file over `limit` bytes is not read past its first
 * `SNIFF_BYTES`, and one within it is read in one go into a buffer of its size (as
 * `readFileSync` does: this runs once per file of a run).
 */
export function readLimited(path: string, limit: number): LimitedRead {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > limit) return { bytes: readUpTo(fd, SNIFF_BYTES), oversize: { size: stat.size, exact: true } };
    if (stat.isFile() && stat.size > 0) return { bytes: readSized(fd, stat.size) };
    // Files in /proc and devices report a size of 0: read to the end, but not past the limit.
    return limitRead(readUpTo(fd, limit + 1), limit, false);
  } finally {
    closeSync(fd);
  }
}

/** The first `size` bytes of a file (fewer if it shrank since it was measured). */
function readSized(fd: number, size: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buffer, got, size - got, null);
    if (n === 0) break;
    got += n;
  }
  return got === size ? buffer : buffer.subarray(0, got);
}

/** Reads an open descriptor (standard input) to its end or to `max` bytes, whichever comes first. */
export function readUpTo(fd: number, max: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < max) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, max - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/**
 * Applies the limit to bytes: `whole` when they are all of the input (already in memory), else
 * they were read from a stream with `readUpTo(fd, limit + 1)` and the input may be longer.
 */
export function limitRead(bytes: Uint8Array, limit: number, whole: boolean): LimitedRead {
  if (bytes.length <= limit) return { bytes };
  return { bytes: bytes.slice(0, SNIFF_BYTES), oversize: { size: bytes.length, exact: whole } };
}
