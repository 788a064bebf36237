/**
 * What a run keeps of each file until its end (src/run/run.ts: outcomes are plain data) holds no
 * part of the file's text: V8 keeps a whole string alive for as long as a slice of it lives, and
 * the yaml package's scalars are slices of the file's text. Measured in a process of its own with
 * the collector exposed, through the built engine.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempTree } from '../helpers.js';

const FILES = 300;
// Each file holds a comment of 64 KB: kept whole with each file, 300 of them would be 19 MB.
const PADDING = `# ${'x'.repeat(64 * 1024)}\n`;

describe('what a run keeps of each file', () => {
  it('holds no file text: a YAML spec with an IdempotentToken, kept for the checks across files, costs its summary only', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < FILES; i++) {
      files[`spec-${String(i).padStart(3, '0')}.yaml`] = `${PADDING}Name: render-${i}\nImageId: m-2ze4ngtrjd3gsdk8n2yb\nInstanceType: ecs.sn1.medium\nIdempotentToken: deploy-token-of-forty-characters-${String(i).padStart(6, '0')}\nGroups:\n  g:\n    DesiredVMCount: 1\n    ResourceType: OnDemand\n`;
    }
    const dir = tempTree(files);
    const script = `
      const E = await import(${JSON.stringify(join(ROOT, 'dist/engine.js'))});
      const names = (await import('node:fs')).readdirSync('.').sort();
      const options = { config: {}, baseDir: process.cwd(), cwd: process.cwd() };
      const inputs = names.map((n) => ({ file: n, explicit: false, kind: 'file' }));
      // The first files load the YAML parser and compile the code: what they keep is not counted.
      const warm = E.lintInTurn(inputs.splice(0, 20), options);
      globalThis.gc();
      const before = process.memoryUsage().heapUsed;
      const outcomes = E.lintInTurn(inputs, options);
      globalThis.gc();
      const after = process.memoryUsage().heapUsed;
      console.log(JSON.stringify({ kept: (after - before) / inputs.length, tokens: [...warm, ...outcomes].filter((o) => o.summaries[0]?.idempotentToken).length }));
    `;
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { kept, tokens } = JSON.parse(r.stdout) as { kept: number; tokens: number };
    expect(tokens).toBe(FILES);
    // What the run keeps of a file (its outcome, the summary with the token, its body hash and the
    // places the checks across files may ask for) is 3-4 KB; with its text it was 69 KB.
    expect(kept, String(kept)).toBeLessThan(16 * 1024);
  });
});
