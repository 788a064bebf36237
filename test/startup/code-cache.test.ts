/**
 * The command's V8 code cache (src/startup/cli-loader.ts): written once, checked before use,
 * replaced when its content or V8 rejects it, silently absent where it cannot be written; the
 * program's output is the same with and without it, from the bin (dist/cli.cjs) and dist/cli.js.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const BINS = [join(ROOT, 'dist/cli.cjs'), join(ROOT, 'dist/cli.js')];
const SPEC = join(ROOT, 'examples/batchcompute/broken-hybrid.json');

function run(bin: string, folder: string) {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', SPEC], { encoding: 'utf8', env: { ...process.env, CLUSTERLINT_CODE_CACHE: folder } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether a cache file holds its own SHA-256, then data: as the loader writes it. */
const sound = (bytes: Buffer) => bytes.length > 1024 && createHash('sha256').update(bytes.subarray(32)).digest().equals(bytes.subarray(0, 32));

const caches = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.v8cache'));

describe('the code cache of the command', () => {
  const expected = run(BINS[0]!, '0');
  it('gives the same output as no cache, and is written once', () => {
    expect(expected.status).toBe(1);
    expect(JSON.parse(expected.stdout)[0].errorCount).toBeGreaterThan(0);
    for (const bin of BINS) {
      const folder = tempDir();
      expect(run(bin, folder)).toEqual(expected);
      const [name] = caches(folder);
      expect(caches(folder)).toHaveLength(1);
      const file = join(folder, name!);
      // Its own SHA-256, then V8's data.
      expect(sound(readFileSync(file))).toBe(true);
      const written = statSync(file).mtimeMs;
      expect(run(bin, folder)).toEqual(expected);
      expect(statSync(file).mtimeMs).toBe(written);
      expect(readdirSync(folder)).toEqual([name]);
    }
  });

  it('a cache whose content does not match its hash, or that V8 rejects, is replaced', () => {
    const folder = tempDir();
    run(BINS[0]!, folder);
    const file = join(folder, caches(folder)[0]!);
    const good = readFileSync(file);
    const broken = Buffer.from(good);
    broken[broken.length >> 1]! ^= 0xff;
    writeFileSync(file, broken);
    expect(run(BINS[0]!, folder)).toEqual(expected);
    expect(sound(readFileSync(file))).toBe(true);
    // Data with a right hash that V8 refuses (not code of this program): `cachedDataRejected`.
    const junk = Buffer.alloc(4096, 7);
    writeFileSync(file, Buffer.concat([createHash('sha256').update(junk).digest(), junk]));
    expect(run(BINS[0]!, folder)).toEqual(expected);
    const after = readFileSync(file);
    expect(sound(after)).toBe(true);
    expect(after.length).toBeGreaterThan(junk.length + 32);
    expect(good.length).toBeGreaterThan(0);
  });

  it('a folder that cannot be made or written: no cache, no message', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), 'x');
    expect(run(BINS[0]!, join(dir, 'a-file/cache'))).toEqual(expected);
    expect(readdirSync(dir)).toEqual(['a-file']);
  });
});
