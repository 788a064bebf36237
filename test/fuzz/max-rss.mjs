// Loaded with `node --import` before the CLI: at exit, writes the process's peak resident set size
// (bytes) and CPU time (user + system, ms) as JSON to the file named by CLUSTERLINT_MAX_RSS_FILE.
// For test/fuzz/resources.test.ts.
import { writeFileSync } from 'node:fs';

const file = process.env.CLUSTERLINT_MAX_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ rss: u.maxRSS * 1024, cpuMs: Math.round((u.userCPUTime + u.systemCPUTime) / 1000) }));
  });
}
