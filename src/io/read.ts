/**
 * Reading with a size limit: never more than the limit (plus one byte, to notice it) is held in
 * memory, whatever the path names — a regular file, a device such as /dev/zero, a pipe, stdin.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { SNIFF_BYTES } from '../config/limits.js';

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

// One buffer for the first read of every file a run names: a spec is a few kilobytes, so one
// read of up to CHUNK bytes usually gets all of it, and only what it got is copied out.
let shared: Buffer | undefined;

/**
 * Reads a file by path; a regular file over `limit` bytes is not read past its first
 * `SNIFF_BYTES`. `regular` says the path named a regular file when it was found (a directory
 * walk, a stat): then a read that returns less than it asked for has reached the end, and the
 * common small file costs an open, one read and a close — no `fstat`, no buffer of its own until
 * its bytes are known. Anything else (a device, a pipe, a file of CHUNK bytes or more) is
 * measured first.
 */
export function readLimited(path: string, limit: number, regular = false): LimitedRead {
  const fd = openSync(path, 'r');
  try {
    return readOpen(fd, limit, regular);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a named pipe (a FIFO named on the command line, `<(command)` in a shell) without waiting
 * for a writer to appear: opened non-blocking, a pipe that nobody writes to reads as empty at
 * once, and one that is being written is read to its end, waiting between reads while it is empty.
 */
export function readPipe(path: string, limit: number): LimitedRead {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    return limitRead(readUpTo(fd, limit + 1, null, true), limit, false);
  } finally {
    closeSync(fd);
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** `readLimited` on an open descriptor. */
function readOpen(fd: number, limit: number, regular: boolean): LimitedRead {
  if (regular) {
    const buffer = (shared ??= Buffer.allocUnsafe(CHUNK));
    const want = Math.min(CHUNK, limit + 1);
    const n = readSync(fd, buffer, 0, want, 0);
    if (n < want) return { bytes: Buffer.from(buffer.subarray(0, n)) };
  }
  const stat = fstatSync(fd);
  if (stat.isFile() && stat.size > limit) return { bytes: readUpTo(fd, SNIFF_BYTES, 0), oversize: { size: stat.size, exact: true } };
  if (stat.isFile() && stat.size > 0) return { bytes: readSized(fd, stat.size) };
  // Files in /proc and devices report a size of 0: read to the end, but not past the limit.
  return limitRead(readUpTo(fd, limit + 1, regular ? 0 : null), limit, false);
}

/** The first `size` bytes of a file (fewer if it shrank since it was measured), read from its start. */
export function readSized(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buffer, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return got === size ? buffer : buffer.subarray(0, got);
}

/**
 * Reads an open descriptor to its end or to `max` bytes, whichever comes first: from its current
 * position (`from` null: standard input, a pipe, a device) or from an offset of a regular file.
 * `nonBlocking`: the descriptor was opened so, and a read that finds nothing yet waits a little.
 */
export function readUpTo(fd: number, max: number, from: number | null = null, nonBlocking = false): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < max) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, max - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, from === null ? null : from + total);
    } catch (e) {
      if (!nonBlocking || (e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 5); // the writer has not written yet
      continue;
    }
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
