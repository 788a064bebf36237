/**
 * Property tests of the command line: for any input, the JSON output is valid JSON in the
 * documented shape, the exit code is 0 or 1, and nothing is written to stderr. A sample also goes
 * through the real bundled program (`runBin`), as users run it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/cli.js';
import type { FileResult } from '../../src/api/diagnostic.js';
import { runBin, tempTree } from '../helpers.js';
import { expectWellFormed, fuzzOptions, mutatedSpec } from './arbitraries.js';

/** A working directory without a config file. */
const CWD = tempTree({});

/** Runs the CLI in-process on one input given as standard input. */
function runOnStdin(args: string[], bytes: Uint8Array) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: CWD,
    env: {},
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: () => bytes,
    isTTY: false,
  };
  const status = runCli(args, io);
  return { status, stdout, stderr };
}

describe('fuzz: command line', () => {
  it('--format json on any mutated spec: valid JSON, exit 0 or 1, nothing on stderr', () => {
    fc.assert(
      fc.property(mutatedSpec, fc.constantFrom<string[]>([], ['--dialect', 'batchcompute']), ({ name, bytes }, extra) => {
        const r = runOnStdin(['--format', 'json', '--stdin-filename', name, ...extra, '-'], bytes);
        expect(r.stderr).toBe('');
        expect([0, 1]).toContain(r.status);
        const results = JSON.parse(r.stdout) as FileResult[];
        expect(Array.isArray(results)).toBe(true);
        expectWellFormed(results, { [name]: bytes });
        expect(r.status).toBe(results.some((f) => f.errorCount > 0) ? 1 : 0);
      }),
      fuzzOptions(300),
    );
  });

  it('stylish on any mutated spec: exit 0 or 1, no stack trace', () => {
    fc.assert(
      fc.property(mutatedSpec, ({ name, bytes }) => {
        const r = runOnStdin(['--stdin-filename', name, '-'], bytes);
        expect(r.stderr).toBe('');
        expect([0, 1]).toContain(r.status);
      }),
      fuzzOptions(200),
    );
  });

  it('the bundled program on a sample of mutated specs', () => {
    const sample = fc.sample(mutatedSpec, { numRuns: 40, seed: fuzzOptions(0).seed });
    const dir = tempTree({});
    const names = sample.map((s, i) => {
      const file = `${String(i).padStart(2, '0')}-${s.name}`;
      writeFileSync(join(dir, file), s.bytes);
      return file;
    });
    const json = runBin(['--format', 'json', ...names], { cwd: dir });
    expect(json.stderr).toBe('');
    expect([0, 1]).toContain(json.status);
    const results = JSON.parse(json.stdout) as FileResult[];
    expectWellFormed(results, Object.fromEntries(sample.map((s, i) => [names[i]!, s.bytes])));
    const stylish = runBin(names, { cwd: dir });
    expect(stylish.stderr).toBe('');
    expect(stylish.status).toBe(json.status);
    // Walking the directory lints the same files, minus those whose dialect cannot be decided.
    const walked = runBin(['--format', 'json', '.'], { cwd: dir });
    expect([0, 1]).toContain(walked.status);
    expect(walked.stderr).toBe('');
    expect(() => JSON.parse(walked.stdout)).not.toThrow();
  });
});
