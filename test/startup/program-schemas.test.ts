/**
 * The command's program (dist/program.cjs) bundles the dialect schemas without the prose that
 * only editors read (scripts/build.mjs, PROGRAM_PROSE): what it prints from the schemas —
 * `--explain` for every code of the catalogue, the starter spec of `init` — must be what the
 * library, which keeps the whole schemas, gives.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { codes, explain } from '../../src/index.js';
import { BIN, ROOT, tempDir } from '../helpers.js';

/** Runs the bin; resolves with its standard output once it exits 0. */
function bin(args: string[], cwd = ROOT): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (status) => (status === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited ${status}`))));
  });
}

describe('the program bundles the schemas without their prose, and prints what the library prints', () => {
  it('the bundled schemas have no descriptions', () => {
    const program = readFileSync(join(ROOT, 'dist/program.cjs'), 'latin1');
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/batchcompute-cluster.schema.json'), 'utf8')) as { properties: Record<string, { description?: string }> };
    const description = schema.properties.Name!.description!;
    expect(description.length).toBeGreaterThan(20);
    expect(program).not.toContain(JSON.stringify(description).slice(1, 41));
  });

  it('--explain, for every code of the catalogue', { timeout: 120_000 }, async () => {
    const all = [...new Set(codes.map((c) => c.code))];
    expect(all.length).toBeGreaterThan(100);
    const got = new Map<string, string>();
    // Four at a time.
    for (let i = 0; i < all.length; i += 4) {
      await Promise.all(all.slice(i, i + 4).map(async (code) => got.set(code, await bin(['--explain', code]))));
    }
    for (const code of all) expect(got.get(code), code).toBe(explain(code).text);
  });

  it('init, for each dialect and format', async () => {
    for (const [dialect, file] of [['batchcompute', 'spec.json'], ['containerservice', 'spec.yaml']] as const) {
      const byBin = tempDir();
      await bin(['init', '--dialect', dialect, file], byBin);
      const bySource = tempDir();
      const status = runCli(['init', '--dialect', dialect, file], { cwd: bySource, env: {}, stdout: () => undefined, stderr: () => undefined, stdin: () => new Uint8Array(), isTTY: false });
      expect(status).toBe(0);
      expect(readFileSync(join(byBin, file), 'utf8')).toBe(readFileSync(join(bySource, file), 'utf8'));
    }
  });
});
