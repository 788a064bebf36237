/**
 * Heap steering for runs over many files (README "Performance"). A run reads thousands of small
 * files and keeps a little of each; left to itself, V8 grows the young generation to 16 MB per
 * half and lets the old one reach up to four times what it holds after a full collection, which
 * took the 10,000-file JSON benchmark to ~135 MB, the YAML corpus on two threads to 170 MB and the
 * 50,000-file soak to 250 MB. Two flags, set as the program starts (listing 50,000 files is
 * already enough to grow the young generation for good), keep the young generation at its first
 * size and grow the old one by a fifth at a time: about 85, 115 and 140 MB.
 *
 * They cost a run that parses YAML on one thread about 10% (the YAML parser allocates about a
 * megabyte per file, which then outlives a small young generation), and such a run stays within
 * the bound without them; so it is left alone unless it is very large. The flags are V8's own and
 * only change when V8 collects.
 */
import type * as V8 from 'node:v8';
import type { LintInput } from '../api/run-options.js';
import { builtin } from '../io/vendor.js';

/** Fewer files than this need no steering: their results are a few megabytes. */
const SMALL_RUN = 1000;
/** More files than this are steered whatever they are: their results alone grow the heap. */
const LARGE_RUN = 20_000;

let steered = false;

/** Whether a run over `inputs`, on `workers` worker threads besides this one, should steer the heap. */
export function wantsSteering(inputs: readonly LintInput[], workers: number): boolean {
  if (inputs.length < SMALL_RUN) return false;
  if (workers > 0 || inputs.length > LARGE_RUN) return true;
  return !inputs.some((input) => /\.ya?ml$/i.test(input.file));
}

/** Whether this thread's heap is steered. */
export function heapSteered(): boolean {
  return steered;
}

/**
 * Sets the heap flags. The program does so as it starts, before the files are even listed (a walk
 * over 50,000 files is enough to grow the young generation for good), and a worker thread sets
 * them again for itself: set only by the main thread, they left the workers' heaps as large as
 * before (measured: 170 MB against 125 MB for the YAML corpus on two threads).
 */
export function steerHeap(): void {
  steered = true;
  const v8 = builtin<typeof V8>('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=20');
}

/** Gives V8 back its own heap sizing (its defaults), for a run that `wantsSteering` says is better without. */
export function releaseHeap(): void {
  if (!steered) return;
  steered = false;
  const v8 = builtin<typeof V8>('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=2');
  v8.setFlagsFromString('--heap-growing-percent=0');
}
