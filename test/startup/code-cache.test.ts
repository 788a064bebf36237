/**
 * The command's V8 code cache (src/startup/cli-loader.ts): written once, named by the program the
 * build hashed and by the program file's size and time (an edited program never meets a stale
 * cache), checked before use (its two copies of the data must be identical), replaced when damaged
 * or rejected by V8, pruned to the newest few, silently absent where it cannot be written; the
 * program's output is the same with and without it, from the bin (dist/cli.cjs) and dist/cli.js.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const BINS = [join(ROOT, 'dist/cli.cjs'), join(ROOT, 'dist/cli.js')];
const SPEC = join(ROOT, 'examples/batchcompute/broken-hybrid.json');
const HEADER = 16;
const TAG = Buffer.from('clv8');

function run(bin: string, folder: string, spec = SPEC) {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', spec], { encoding: 'utf8', env: { ...process.env, CLUSTERLINT_CODE_CACHE: folder } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether a cache file is as the loader writes it: the tag, layout 1, the data's length, a zero word, then the data twice. */
function sound(bytes: Buffer): boolean {
  const n = bytes.readUInt32LE(8);
  return (
    bytes.subarray(0, 4).equals(TAG) &&
    bytes.readUInt32LE(4) === 1 &&
    bytes.readUInt32LE(12) === 0 &&
    n > 1024 &&
    bytes.length === HEADER + 2 * n &&
    bytes.subarray(HEADER, HEADER + n).equals(bytes.subarray(HEADER + n))
  );
}

const caches = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.v8cache')).sort();

/** The name the loader gives the cache of a program file: the build's hash of the program, Node, the architecture, the file's size and time. */
function nameFor(program: string): string {
  const { size, mtimeMs } = statSync(program);
  const hash = createHash('sha256').update(readFileSync(join(ROOT, 'dist/program.cjs'))).digest('hex').slice(0, 32);
  return `${hash}-${process.version}-${process.arch}-${size}-${mtimeMs}.v8cache`;
}

describe('the code cache of the command', () => {
  const expected = run(BINS[0]!, '0');

  it('gives the same output as no cache, and is written once, named by the program without hashing it at start', () => {
    expect(expected.status).toBe(1);
    expect(JSON.parse(expected.stdout)[0].errorCount).toBeGreaterThan(0);
    // The build wrote the program's SHA-256 into both loaders: the cache is named by it.
    const hash = createHash('sha256').update(readFileSync(join(ROOT, 'dist/program.cjs'))).digest('hex');
    for (const bin of BINS) {
      expect(readFileSync(bin, 'utf8')).toContain(hash);
      expect(readFileSync(bin, 'utf8')).not.toContain('node:crypto');
      const folder = tempDir();
      expect(run(bin, folder)).toEqual(expected);
      expect(caches(folder)).toEqual([nameFor(join(ROOT, 'dist/program.cjs'))]);
      const file = join(folder, caches(folder)[0]!);
      expect(sound(readFileSync(file))).toBe(true);
      const written = statSync(file).mtimeMs;
      expect(run(bin, folder)).toEqual(expected);
      expect(statSync(file).mtimeMs).toBe(written);
      expect(readdirSync(folder)).toEqual(caches(folder));
    }
  });

  it('the program is ASCII (the loader reads it as latin1)', () => {
    expect(/[^\x00-\x7f]/.test(readFileSync(join(ROOT, 'dist/program.cjs'), 'latin1'))).toBe(false);
  });

  it('a damaged cache (a byte of either copy, a cut, a wrong length or tag) is not used, and is replaced', () => {
    const folder = tempDir();
    run(BINS[0]!, folder);
    const file = join(folder, caches(folder)[0]!);
    const good = readFileSync(file);
    const n = good.readUInt32LE(8);
    const damaged: Buffer[] = [];
    for (const at of [HEADER + 100, HEADER + (n >> 1), HEADER + n + 100, good.length - 1]) {
      const b = Buffer.from(good);
      b[at]! ^= 0x01;
      damaged.push(b);
    }
    damaged.push(good.subarray(0, good.length - 4096));
    damaged.push(good.subarray(0, HEADER + n));
    const longer = Buffer.from(good);
    longer.writeUInt32LE(n + 1, 8);
    damaged.push(longer);
    const tagged = Buffer.from(good);
    tagged[0] = 0;
    damaged.push(tagged, Buffer.alloc(0), Buffer.alloc(7));
    for (const bytes of damaged) {
      writeFileSync(file, bytes);
      expect(run(BINS[0]!, folder)).toEqual(expected);
      const after = readFileSync(file);
      expect(sound(after)).toBe(true);
    }
    // Sound copies of data V8 refuses (not code of this program): `cachedDataRejected`, replaced.
    const junk = Buffer.alloc(4096, 7);
    const header = Buffer.alloc(HEADER);
    TAG.copy(header);
    header.writeUInt32LE(1, 4);
    header.writeUInt32LE(junk.length, 8);
    writeFileSync(file, Buffer.concat([header, junk, junk]));
    expect(run(BINS[0]!, folder)).toEqual(expected);
    expect(sound(readFileSync(file))).toBe(true);
  });

  it('an edited program meets a cache of its own, never the cache of the code it replaced', () => {
    const dist = join(tempDir(), 'dist');
    cpSync(join(ROOT, 'dist'), dist, { recursive: true });
    const folder = tempDir();
    const program = join(dist, 'program.cjs');
    const before = run(join(dist, 'cli.cjs'), folder);
    expect(before).toEqual(expected);
    expect(caches(folder)).toEqual([nameFor(program)]);
    // The same length, so that V8 (which checks the source's length, not its text) would take
    // the old cache for this program: its name must differ.
    const text = readFileSync(program, 'latin1');
    expect(text.split('is a bcs.* type').length).toBe(2);
    writeFileSync(program, text.replace('is a bcs.* type', 'IS A BCS.* TYPE'), 'latin1');
    utimesSync(program, new Date(), new Date(Date.now() + 5000));
    const edited = run(join(dist, 'cli.cjs'), folder);
    expect(edited.stdout).toContain('bcs.a2.large IS A BCS.* TYPE; use an ecs.* type');
    expect(edited.stdout.replace('IS A BCS.* TYPE', 'is a bcs.* type')).toBe(expected.stdout);
    expect(caches(folder)).toHaveLength(2);
    expect(caches(folder)).toContain(nameFor(program));
    // And from its own cache, the edited program still says what it says.
    expect(run(join(dist, 'cli.cjs'), folder)).toEqual(edited);
    expect(run(join(dist, 'cli.js'), folder)).toEqual(edited);
  });

  it('writing a cache prunes those of other builds but the newest two, and temporary files a writer left over an hour ago', () => {
    const folder = tempDir();
    const hour = 3_600_000;
    const old = (name: string, ago: number) => {
      writeFileSync(join(folder, name), 'x');
      const t = new Date(Date.now() - ago);
      utimesSync(join(folder, name), t, t);
    };
    old('a.v8cache', 4 * hour);
    old('b.v8cache', 3 * hour);
    old('c.v8cache', 2 * hour);
    old('d.v8cache', 1 * hour);
    old('a.v8cache.123.tmp', 2 * hour);
    old('b.v8cache.456.tmp', 60_000);
    old('notes.txt', 10 * hour);
    run(BINS[0]!, folder);
    const current = nameFor(join(ROOT, 'dist/program.cjs'));
    expect(readdirSync(folder).sort()).toEqual([current, 'b.v8cache.456.tmp', 'c.v8cache', 'd.v8cache', 'notes.txt'].sort());
    // Reading a cache prunes nothing.
    old('e.v8cache', 5 * hour);
    expect(run(BINS[0]!, folder)).toEqual(expected);
    expect(readdirSync(folder)).toContain('e.v8cache');
  });

  it('runs from a folder whose path a URL must escape (the program is told its URL without the URL parser only for plain paths)', () => {
    const yaml = join(ROOT, 'examples/batchcompute/broken-etl.yaml');
    const want = run(BINS[0]!, '0', yaml);
    expect(want.status).toBe(1);
    const dist = join(tempDir(), 'a b#c%d?e', 'dist');
    cpSync(join(ROOT, 'dist'), dist, { recursive: true });
    // YAML is loaded from dist/vendor, found from the program's URL.
    for (const bin of ['cli.cjs', 'cli.js']) expect(run(join(dist, bin), tempDir(), yaml), bin).toEqual(want);
  });

  it('is written by a short run only: a long one (over 100 ms of CPU: a YAML file of 30,000 keys) leaves none, and the next short run writes it', () => {
    const folder = tempDir();
    const big = join(tempDir(), 'big.yaml');
    writeFileSync(big, `Name: big\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\nUserData:\n${Array.from({ length: 30_000 }, (_, i) => `  k${i}: v${i}\n`).join('')}`);
    const long = run(BINS[0]!, folder, big);
    expect(long.status).toBe(1);
    expect(long.stdout).toContain('InvalidUserData');
    expect(caches(folder)).toEqual([]);
    expect(run(BINS[0]!, folder)).toEqual(expected);
    expect(caches(folder)).toEqual([nameFor(join(ROOT, 'dist/program.cjs'))]);
  });

  it('a folder that cannot be made or written: no cache, no message', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), 'x');
    expect(run(BINS[0]!, join(dir, 'a-file/cache'))).toEqual(expected);
    expect(readdirSync(dir)).toEqual(['a-file']);
  });
});
