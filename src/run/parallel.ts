/**
 * Linting spread over worker threads (`--jobs N`). The main thread hands out batches of files in
 * sorted order, lints batches itself while the workers run, and puts every outcome back at its
 * file's index, so the results (and the checks across files, which run after) are the same as on
 * one thread.
 *
 * The run stays synchronous, like the rest of the engine (`runCli` returns its exit code): the
 * main thread reads the workers' replies with `receiveMessageOnPort` and, when it has nothing
 * left to lint, sleeps on a shared counter (`Atomics.wait`) that each worker bumps after a reply.
 * A worker that stops answering (it ran out of memory, crashed, or never started) cannot say so
 * to a thread that does not return to its event loop: so the main thread never waits for long.
 * When `STALL_MS` pass without a reply, it lints the oldest batch still out itself, and a reply
 * for a batch already linted is dropped. A run therefore always ends, whatever becomes of its
 * workers, with the same outcomes.
 */
import type * as Os from 'node:os';
import type * as Threads from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { UsageError } from '../config/config.js';
import { lintFile, lintInTurn, type FileOutcome, type LintEach, type LintInput, type LintOptions } from './run.js';
import { builtin } from '../io/vendor.js';

/** The argument a worker is started with, so the entry file knows it is one without loading worker_threads. */
export const WORKER_ARG = '--clusterlint-worker';

/** What a worker is started with. */
export interface WorkerData {
  clusterlintWorker: true;
  port: MessagePort;
  /** One Int32: bumped by the worker after each reply. */
  signal: SharedArrayBuffer;
  options: LintOptions;
}

/** A batch of files for a worker: the inputs from index `from` of the sorted list. */
interface Batch {
  from: number;
  inputs: LintInput[];
}

/** A worker's reply: the outcomes of a batch, or why it failed. */
type Reply = { from: number; outcomes: FileOutcome[] } | { error: string; usage: boolean };

/** The cores Node may run on (`node:os` loads on first use: a run of a few files never asks). */
function cores(): number {
  return builtin<typeof Os>('node:os').availableParallelism();
}

/**
 * Work in units of one JSON file. A YAML file costs far more to parse, and, unlike a JSON file, it
 * costs far more than a thread's start; the figures come from `npm run bench` (README
 * "Performance").
 */
function workOf(input: LintInput): number {
  return /\.ya?ml$/i.test(input.file) ? 200 : 1;
}

/**
 * The work one more thread must get to pay for its start: a worker loads the whole program
 * again and warms its own compiled code, which a JSON file, linted in a few tens of microseconds,
 * hardly needs: on the benchmark's two cores 10,000 JSON files ran no faster on two threads than
 * on one, while about a hundred YAML files pay for a thread.
 */
const WORK_PER_THREAD = 20_000;

/** Files per batch: large enough that messages cost little, small enough to share the tail well. */
const BATCH = 32;

/** How long the main thread waits for any reply before it lints the oldest batch still out itself. */
const STALL_MS = 2000;

/**
 * Lints on this thread and `workers` (at least one) worker threads, as many as `workersFor` says
 * the work pays for; `script` is the program's entry file, which serves as the worker (see
 * `serveLintWorker`).
 */
export function lintInParallel(workers: number, script: string | URL, stallMs = STALL_MS): LintEach {
  // A ruleset other than the default is code, which cannot be sent to a thread: it runs here.
  return (inputs, options) => (options.ruleset ? lintInTurn(inputs, options) : runPool(inputs, options, workers, script, stallMs));
}

/**
 * How many worker threads a run over `inputs` with up to `jobs` threads (unset: one per core)
 * starts (none when the work does not pay for one): never more threads than cores or files,
 * whatever `--jobs` asks — a thread beyond the cores only waits for one, with a whole copy of the
 * program in memory.
 */
export function workersFor(inputs: readonly LintInput[], jobs: number | undefined): number {
  const paid = Math.floor(inputs.reduce((sum, input) => sum + workOf(input), 0) / WORK_PER_THREAD);
  if (paid === 0) return 0;
  const threads = Math.min(jobs ?? cores(), cores(), inputs.length);
  return Math.max(0, Math.min(threads - 1, paid));
}

function runPool(inputs: readonly LintInput[], options: LintOptions, count: number, script: string | URL, stallMs: number): FileOutcome[] {
  const { MessageChannel, receiveMessageOnPort, Worker } = builtin<typeof Threads>('node:worker_threads');
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const pool = Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    const data: WorkerData = { clusterlintWorker: true, port: port2, signal, options };
    // A worker's young generation is held to 8 MB (V8 gives a thread 32 MB or more): what a worker
    // makes for one file dies young, and its run over the 10,000 YAML specs of the bench peaked at
    // 150–161 MB with it against 184–199 MB without (four runs each, the same time).
    const worker = new Worker(script, { argv: [WORKER_ARG], workerData: data, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    // A worker that fails (out of memory, a crash) is replaced by this thread (see `STALL_MS`);
    // its error event, unheard, would end the process once the run returns to the event loop.
    worker.on('error', () => {});
    return { worker, port: port1 };
  });
  const outcomes: FileOutcome[] = new Array(inputs.length);
  let next = 0;
  let done = 0;
  // The batches given out and not yet answered, oldest first (a Map keeps the order of insertion).
  const out = new Map<number, Batch>();
  const give = (w: (typeof pool)[number]) => {
    if (next >= inputs.length) return;
    const batch: Batch = { from: next, inputs: inputs.slice(next, next + BATCH) };
    next += batch.inputs.length;
    out.set(batch.from, batch);
    w.port.postMessage(batch);
  };
  let heard = performance.now();
  try {
    // Two batches each, so a worker always has the next one while its reply travels.
    for (const w of pool) give(w), give(w);
    while (done < inputs.length) {
      const seen = Atomics.load(counter, 0);
      for (const w of pool) {
        for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
          const reply = m.message as Reply;
          if ('error' in reply) throw reply.usage ? new UsageError(reply.error) : new Error(reply.error);
          heard = performance.now();
          // A batch this thread has linted meanwhile (its worker was late) is not counted twice.
          if (!out.delete(reply.from)) continue;
          reply.outcomes.forEach((o, k) => (outcomes[reply.from + k] = o));
          done += reply.outcomes.length;
          give(w);
        }
      }
      if (next < inputs.length) {
        // Lint a few files here, then look at the workers' replies again.
        const end = Math.min(inputs.length, next + BATCH / 4);
        for (; next < end; next++, done++) outcomes[next] = lintFile(inputs[next]!, options);
      } else if (done < inputs.length) {
        if (Atomics.wait(counter, 0, seen, Math.min(100, stallMs)) !== 'timed-out' || performance.now() - heard < stallMs) continue;
        // No reply for a while: a worker may be gone. The oldest batch out is linted here.
        const [from, batch] = out.entries().next().value as [number, Batch];
        out.delete(from);
        batch.inputs.forEach((input, k) => (outcomes[from + k] = lintFile(input, options)));
        done += batch.inputs.length;
        heard = performance.now();
      }
    }
  } finally {
    for (const w of pool) {
      w.port.close();
      void w.worker.terminate();
    }
  }
  return outcomes;
}

/**
 * The worker's side, when this thread is a worker of `runPool`: lints each batch it is sent and
 * replies with the outcomes. Returns false on the main thread (nothing to serve).
 */
export function serveLintWorker(): boolean {
  const { isMainThread, workerData } = builtin<typeof Threads>('node:worker_threads');
  const data = workerData as WorkerData | undefined;
  if (isMainThread || !data?.clusterlintWorker) return false;
  const counter = new Int32Array(data.signal);
  data.port.on('message', (batch: Batch) => {
    let reply: Reply;
    try {
      reply = { from: batch.from, outcomes: batch.inputs.map((input) => lintFile(input, data.options)) };
    } catch (e) {
      reply = { error: (e as Error)?.message ?? String(e), usage: e instanceof UsageError };
    }
    data.port.postMessage(reply);
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
  });
  return true;
}
