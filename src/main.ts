/** The `clusterlint` program: the real process around `runCli`. */
import { runCli } from './cli.js';
import { readUpTo } from './core/read.js';

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
});
