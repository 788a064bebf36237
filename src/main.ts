/** The `clusterlint` program: the real process around `runCli`, or a worker of `--jobs`. */
import { readFileSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './cli.js';
import { serveLintWorker, type WorkerData } from './core/parallel.js';

if (!isMainThread && (workerData as WorkerData | undefined)?.clusterlintWorker) {
  // This file is also the worker script: one program, one bundle.
  serveLintWorker(workerData as WorkerData);
} else {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // A closed pipe (`clusterlint | head`) ends the output, not the program with a stack trace.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });

  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdin: () => readFileSync(0),
    isTTY: process.stdout.isTTY === true,
    workerScript: new URL(import.meta.url),
  });
}
