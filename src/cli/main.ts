/** The `clusterlint` program: the real process around `runCli`, or a worker of `--jobs`. */
import { runCli } from './cli.js';
import { serveLintWorker, WORKER_ARG } from '../run/parallel.js';
import { readUpTo } from '../io/read.js';

// `clusterlint --lsp` is the language server (src/lsp/), a bundle of its own beside this one,
// loaded only then. The path is not written out so that the bundler leaves the import as it is.
const LANGUAGE_SERVER = ['.', 'language-server.js'].join('/');
const lsp = process.argv[2] === '--lsp';
// Not awaited: nothing below runs for --lsp, and the program is also bundled as CommonJS
// (dist/program.cjs, src/startup/cli-loader.ts), which has no top-level await.
if (lsp) void import(LANGUAGE_SERVER);

// This file is also the worker script of --jobs: one program, one bundle. The argument check
// keeps worker_threads unloaded in a plain run.
if (!lsp && !(process.argv[2] === WORKER_ARG && serveLintWorker())) {
  // Standard output is opened on first use (its stream loads Node's stream modules, milliseconds
  // of a cold start): a clean run that writes nothing never opens it.
  let out: NodeJS.WriteStream | undefined;
  const stdout = (): NodeJS.WriteStream => {
    if (out) return out;
    out = process.stdout;
    out.on('error', (e: NodeJS.ErrnoException) => {
      // A closed pipe (`clusterlint | head`) ends the output, not the program with a stack trace.
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
    return out;
  };

  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => void stdout().write(t),
    stderr: (t) => void process.stderr.write(t),
    stdin: (max) => readUpTo(0, max),
    get isTTY() {
      return stdout().isTTY === true;
    },
    // Made when threads are started (the URL parser loads on first use).
    get workerScript() {
      return new URL(import.meta.url);
    },
  });
}
