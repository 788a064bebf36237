// Loaded with `node --import` before the CLI: at exit, writes the process's peak resident set size
// (bytes) to the file named by CLUSTERLINT_MAX_RSS_FILE. For test/fuzz/resources.test.ts.
import { writeFileSync } from 'node:fs';

const file = process.env.CLUSTERLINT_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
