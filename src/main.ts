/** The `clusterlint` program: the real process around `runCli`, or a worker of `--jobs`. */
import { setFlagsFromString } from 'node:v8';
import { runCli } from './cli.js';
import { serveLintWorker, WORKER_ARG } from './core/parallel.js';
import { readUpTo } from './core/read.js';

// Heap sizing for a run that reads thousands of files and keeps little of each (README
// "Decisions"): the young generation keeps its first size instead of growing to 16 MB per
// half, and the old generation grows by a fifth past what it holds after a full collection
// instead of up to four times. Measured: peak RSS 135 → 90 MB on the benchmark's 10,000 files,
// at the same speed. These flags only steer when V8 collects; they are process-wide, so the
// --jobs workers get them too. Set before anything else is allocated.
setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--heap-growing-percent=20');

// This file is also the worker script of --jobs: one program, one bundle. The argument check
// keeps worker_threads unloaded in a plain run.
if (!(process.argv[2] === WORKER_ARG && serveLintWorker())) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // A closed pipe (`clusterlint | head`) ends the output, not the program with a stack trace.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });

  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdin: (max) => readUpTo(0, max),
    isTTY: process.stdout.isTTY === true,
    workerScript: new URL(import.meta.url),
  });
}
