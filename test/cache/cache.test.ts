/**
 * `--cache` (README "Cache"): a run with the cache reports exactly what a run without it reports,
 * byte for byte, in JSON and in stylish, over a corpus edited between runs (content, config, a
 * file removed, added, renamed); a cache file that is not exactly what clusterlint writes is
 * ignored and rewritten, never trusted and never a crash; the cache is never written over a
 * linted file, a report or a spec, and is written atomically.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { parseFile } from '../../src/parse/parse.js';
import { ROOT, tempDir } from '../helpers.js';

// Counts the files parsed, to show that an unchanged file is not parsed at all with the cache.
vi.mock('../../src/parse/parse.js', async (original) => {
  const m = await original<typeof import('../../src/parse/parse.js')>();
  return { ...m, parseFile: vi.fn(m.parseFile) };
});

function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { cwd, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: () => new Uint8Array(), isTTY: false });
  return { status, stdout, stderr };
}

const SEED = JSON.parse(readFileSync(join(ROOT, 'examples/batchcompute/render-farm.json'), 'utf8')) as Record<string, unknown>;

/** A corpus: the fixtures of both dialects (findings of every kind, YAML suppressions), and specs sharing IdempotentTokens. */
function corpus(): string {
  const dir = tempDir('clusterlint-cache-');
  for (const dialect of ['batchcompute', 'containerservice']) {
    mkdirSync(join(dir, dialect));
    for (const name of readdirSync(join(ROOT, 'test/fixtures', dialect))) {
      if (/\.(json|ya?ml)$/.test(name)) cpSync(join(ROOT, 'test/fixtures', dialect, name), join(dir, dialect, name));
    }
  }
  mkdirSync(join(dir, 'tokens'));
  for (let i = 0; i < 12; i++) {
    // Four tokens, three specs each; every other spec's body differs: IdempotentTokenMismatch.
    const spec = { ...SEED, IdempotentToken: `deploy_token_${i % 4}`, Description: i % 2 ? `variant ${i}` : 'same' };
    const text = i % 3 === 2 ? `IdempotentToken: deploy_token_${i % 4}\nName: ${String(SEED.Name)}\nDescription: "${spec.Description}"\n` : `${JSON.stringify(spec, null, 2)}\n`;
    writeFileSync(join(dir, 'tokens', `spec-${String(i).padStart(2, '0')}.${i % 3 === 2 ? 'yaml' : 'json'}`), text);
  }
  writeFileSync(join(dir, 'clusterlint.config.json'), JSON.stringify({ quotas: { MaxClusterCount: 40 } }));
  return dir;
}

/** Lints `dir` with and without the cache, in JSON and stylish, and expects the same bytes. */
function expectSame(dir: string, extra: string[] = []) {
  for (const format of ['json', 'stylish']) {
    const plain = cli(['--format', format, ...extra, '.'], dir);
    const cached = cli(['--format', format, '--cache', ...extra, '.'], dir);
    expect(plain.status).toBeLessThan(2);
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.stderr).toBe(plain.stderr);
    expect(cached.status).toBe(plain.status);
  }
  return JSON.parse(cli(['--format', 'json', '--cache', ...extra, '.'], dir).stdout) as Array<{ file: string; diagnostics: Array<{ code: string }> }>;
}

const codes = (report: ReturnType<typeof expectSame>) => report.flatMap((r) => r.diagnostics.map((d) => `${r.file} ${d.code}`));

describe('--cache gives the results of a run without it', () => {
  it('over a corpus edited between runs: content, config, a file removed, added, renamed', { timeout: 60_000 }, () => {
    const dir = corpus();
    const first = expectSame(dir);
    expect(existsSync(join(dir, '.clusterlintcache'))).toBe(true);
    expect(codes(first)).toContain('tokens/spec-09.json IdempotentTokenMismatch');
    expect(codes(first)).not.toContain('tokens/spec-01.json IdempotentTokenMismatch');
    expect(codes(first).length).toBeGreaterThan(100);
    // Nothing changed: every outcome from the cache.
    expect(expectSame(dir)).toEqual(first);

    // A content edit: a clean spec broken, a line added above a finding.
    writeFileSync(join(dir, 'tokens/spec-00.json'), readFileSync(join(dir, 'tokens/spec-00.json'), 'utf8').replace('"Name": "', '"Name": "9'));
    const yaml = join(dir, 'tokens/spec-02.yaml');
    writeFileSync(yaml, `# a comment that moves every line\n${readFileSync(yaml, 'utf8')}`);
    const edited = expectSame(dir);
    expect(codes(edited)).toContain('tokens/spec-00.json InvalidName');

    // A config edit: the quota now counts (a check across files, from cached summaries).
    writeFileSync(join(dir, 'clusterlint.config.json'), JSON.stringify({ quotas: { MaxClusterCount: 3 } }));
    const quota = expectSame(dir);
    expect(codes(quota).filter((c) => c.endsWith('QuotaExhausted.MaxClusterCount')).length).toBeGreaterThan(10);
    expect(expectSame(dir)).toEqual(quota);

    // A file removed: the token it held is now first in another file.
    rmSync(join(dir, 'tokens/spec-00.json'));
    expectSame(dir);
    // A file added, and one renamed so that the sorted order (and who is first) changes.
    writeFileSync(join(dir, 'tokens/spec-99.json'), `${JSON.stringify({ ...SEED, IdempotentToken: 'deploy_token_1', Description: 'late' }, null, 2)}\n`);
    renameSync(join(dir, 'tokens/spec-09.json'), join(dir, 'tokens/a-spec-09.json'));
    const renamed = expectSame(dir);
    expect(codes(renamed)).toContain('tokens/spec-01.json IdempotentTokenMismatch');
    expect(codes(renamed)).toContain('tokens/spec-99.json IdempotentTokenMismatch');
    expect(expectSame(dir)).toEqual(renamed);

    // Touched but unchanged (a checkout): confirmed by hash, same results.
    for (const name of readdirSync(join(dir, 'tokens'))) utimesSync(join(dir, 'tokens', name), new Date(), new Date(Date.now() - 60_000));
    expect(expectSame(dir)).toEqual(renamed);
    // --dialect and named files are in the key and the entries.
    expectSame(dir, ['--dialect', 'batchcompute']);
    const named = cli(['--format', 'json', '--cache', 'tokens/spec-01.json', 'batchcompute'], dir);
    expect(named.stdout).toBe(cli(['--format', 'json', 'tokens/spec-01.json', 'batchcompute'], dir).stdout);
    // No temporary file is left beside the cache.
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('an edit that keeps the size and puts the old mtime back is still seen (its ctime tells)', () => {
    const dir = corpus();
    const file = join(dir, 'tokens/spec-00.json');
    const before = statSync(file);
    cli(['--format', 'json', '--cache', '.'], dir);
    // The same number of bytes, the old mtime put back: only the hash can tell.
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Name": "', '"Name": "9').replace('"same"', '"sam"'));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const cached = cli(['--format', 'json', '--cache', '.'], dir);
    expect(cached.stdout).toBe(cli(['--format', 'json', '.'], dir).stdout);
    const report = JSON.parse(cached.stdout) as Array<{ file: string; diagnostics: Array<{ code: string }> }>;
    expect(report.find((r) => r.file === 'tokens/spec-00.json')!.diagnostics.map((d) => d.code)).toContain('InvalidName');
  });
});

describe('the cache file is ASCII', () => {
  it('whatever the paths and findings hold: each character past ASCII is written as an escape, and read back as it was', () => {
    const dir = tempDir('clusterlint-cache-');
    // A path, a value quoted in a finding's detail and a YAML suppression reason past ASCII (a CJK name, an emoji: a surrogate pair).
    writeFileSync(join(dir, '渲染-🎬.json'), `${JSON.stringify({ ...SEED, Name: '渲染 农场 🎬', Description: 'é…' }, null, 2)}\n`);
    writeFileSync(join(dir, 'notes-ü.yaml'), `Name: "9ü"\nImageId: m-2ze4ngtrjd3gsdk8n2yb\nInstanceType: ecs.sn1.medium\n# clusterlint-disable-next-line InvalidDesiredVMCount -- ölig, ça marche\nGroups: {g: {DesiredVMCount: 0, ResourceType: OnDemand}}\n`);
    const report = expectSame(dir);
    expect(report.flatMap((r) => r.diagnostics.map((d) => `${r.file} ${d.code}`))).toEqual(['notes-ü.yaml InvalidName', '渲染-🎬.json InvalidName']);
    const bytes = readFileSync(join(dir, '.clusterlintcache'));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(parseCacheFile(bytes.toString('latin1')).files.has('渲染-🎬.json')).toBe(true);
    // And the run after it reads it back: the same results.
    expect(expectSame(dir)).toEqual(report);
  });
});

describe('an unchanged file is not parsed', () => {
  it('nor read again by the checks across files (IdempotentTokenMismatch, MaxClusterCount)', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'clusterlint.config.json'), JSON.stringify({ quotas: { MaxClusterCount: 3 } }));
    // Files changed in the two seconds before a run are confirmed by hash by the next: wait them out.
    await new Promise((done) => setTimeout(done, 2100));
    const plain = cli(['--format', 'json', '.'], dir).stdout;
    expect(plain).toContain('IdempotentTokenMismatch');
    expect(plain).toContain('QuotaExhausted.MaxClusterCount');
    cli(['--format', 'json', '--cache', '.'], dir);
    vi.mocked(parseFile).mockClear();
    const cached = cli(['--format', 'json', '--cache', '.'], dir);
    expect(cached.stdout).toBe(plain);
    // The config is parsed (to know the key), no spec is.
    expect(vi.mocked(parseFile).mock.calls.map((c) => c[0])).toEqual([join(dir, 'clusterlint.config.json')]);
    // One file edited: that one alone is parsed.
    const yaml = join(dir, 'tokens/spec-02.yaml');
    writeFileSync(yaml, `# moved\n${readFileSync(yaml, 'utf8')}`);
    vi.mocked(parseFile).mockClear();
    expect(cli(['--format', 'json', '--cache', '.'], dir).stdout).toBe(cli(['--format', 'json', '.'], dir).stdout);
    expect(vi.mocked(parseFile).mock.calls.filter((c) => c[0] === 'tokens/spec-02.yaml').length).toBeGreaterThan(0);
  });
});

/** A cache file as its header and each file's entry, in file order (src/cache/store.ts: a header line, then a path, a tab and an entry per line). */
interface CacheFile {
  head: Record<string, unknown>;
  files: Map<string, unknown[]>;
}

function parseCacheFile(text: string): CacheFile {
  const lines = text.split('\n');
  expect(lines.pop()).toBe('');
  const head = JSON.parse(lines.shift()!) as Record<string, unknown>;
  expect(head.entries).toBe(lines.length);
  return { head, files: new Map(lines.map((l) => [JSON.parse(l.slice(0, l.indexOf('\t'))) as string, JSON.parse(l.slice(l.indexOf('\t') + 1)) as unknown[]])) };
}

function cacheFileText(c: CacheFile): string {
  return `${JSON.stringify(c.head)}\n${[...c.files].map(([f, e]) => `${JSON.stringify(f)}\t${JSON.stringify(e)}\n`).join('')}`;
}

describe('a cache file that is not what clusterlint wrote is ignored and rewritten', () => {
  const setup = () => {
    const dir = corpus();
    const plain = cli(['--format', 'json', '.'], dir).stdout;
    cli(['--format', 'json', '--cache', '.'], dir);
    const good = readFileSync(join(dir, '.clusterlintcache'), 'utf8');
    return { dir, plain, good, cache: join(dir, '.clusterlintcache') };
  };
  const rerun = (dir: string, plain: string) => {
    const r = cli(['--format', 'json', '--cache', '.'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(plain);
    const written = parseCacheFile(readFileSync(join(dir, '.clusterlintcache'), 'utf8'));
    expect(written.head.clusterlintCache).toBe(2);
    // And the rewritten cache serves the next run.
    expect(cli(['--format', 'json', '--cache', '.'], dir).stdout).toBe(plain);
  };

  it('the command keys its results by the program it runs: an edited dist/program.cjs does not meet them', () => {
    const dist = join(tempDir(), 'dist');
    cpSync(join(ROOT, 'dist'), dist, { recursive: true });
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), `${JSON.stringify(SEED, null, 2)}\n`);
    const env = { ...process.env, CLUSTERLINT_CODE_CACHE: '0' };
    const bin = (args: string[]) => execFileSync(process.execPath, [join(dist, 'cli.cjs'), ...args], { cwd: dir, env, encoding: 'utf8' });
    const keyOf = () => parseCacheFile(readFileSync(join(dir, '.clusterlintcache'), 'utf8')).head.key;
    const out = bin(['--cache', '--format', 'json', 'a.json']);
    const first = keyOf();
    expect(bin(['--cache', '--format', 'json', 'a.json'])).toBe(out);
    expect(keyOf()).toBe(first);
    // The loader knows the program by the build's hash of it and by its size and time.
    writeFileSync(join(dist, 'program.cjs'), `${readFileSync(join(dist, 'program.cjs'), 'latin1')}\n`, 'latin1');
    expect(bin(['--cache', '--format', 'json', 'a.json'])).toBe(out);
    expect(keyOf()).not.toBe(first);
  });

  it('corrupt, truncated, empty, from another version, with another key', () => {
    const { dir, plain, good, cache } = setup();
    const data = parseCacheFile(good);
    const lines = good.split('\n');
    const edited = (head: Record<string, unknown>, files = data.files) => cacheFileText({ head: { ...data.head, ...head }, files });
    // The format before this one: one JSON object holding every entry.
    const older = JSON.stringify({ clusterlintCache: 1, key: data.head.key, started: data.head.started, files: Object.fromEntries([...data.files].map(([f, e]) => [f, e])) });
    const texts = [
      'garbage',
      good.slice(0, good.length >> 1),
      // Cut at the end of a line: fewer entries than the header says.
      `${lines.slice(0, lines.length - 3).join('\n')}\n`,
      // Entries added: more than the header says.
      `${good}${lines.at(-2)}\n`,
      // The same file twice, a line without a tab, a path that is not a string.
      edited({ entries: data.files.size + 1 }) + `${lines.at(-2)}\n`,
      good.replace('\t', ' '),
      edited({ entries: data.files.size + 1 }) + `17\t${lines.at(-2)!.slice(lines.at(-2)!.indexOf('\t') + 1)}\n`,
      '',
      older,
      edited({ clusterlintCache: 1 }),
      edited({ clusterlintCache: 3 }),
      edited({ key: '0'.repeat(64) }),
      edited({ started: 'yesterday' }),
      'null\n',
      '[]\n',
    ];
    // Ignored as a whole: every file is parsed again (once: the rewritten cache serves the run after);
    // the config is parsed for the key, and a cache file that is no cache to tell it is no spec.
    const specs = (calls: unknown[][]) => calls.map((c) => c[0]).filter((f) => f !== join(dir, 'clusterlint.config.json') && f !== cache);
    rmSync(cache);
    vi.mocked(parseFile).mockClear();
    rerun(dir, plain);
    const all = specs(vi.mocked(parseFile).mock.calls).sort();
    expect(all.length).toBeGreaterThan(20);
    for (const text of texts) {
      writeFileSync(cache, text);
      vi.mocked(parseFile).mockClear();
      rerun(dir, plain);
      expect(specs(vi.mocked(parseFile).mock.calls).sort(), text.slice(0, 80)).toEqual(all);
    }
  });

  it('entries that lie: findings of another shape, a clean result for a file with errors under a wrong hash, an entry that does not parse', () => {
    const { dir, plain, good, cache } = setup();
    const data = parseCacheFile(good);
    // An entry: [size, mtime, ctime, inode, sha256, named, linted, candidates, omitted, summaries, directives, excerpts].
    const bad = [...data.files.keys()].find((f) => (data.files.get(f)![7] as unknown[]).length > 0)!;
    expect(data.files.get(bad)).toHaveLength(12);
    // Findings made up in the wrong shape: the entry is not used, the file is linted.
    data.files.get(bad)![7] = [['InvalidName', 'x', null, 400, 'api', 'fatal', 'r', 0, '', 1, 1, 1, 1, null, null, null]];
    writeFileSync(cache, cacheFileText(data));
    rerun(dir, plain);
    // A clean result whose stamp is stale and hash wrong: linted again.
    const fresh = parseCacheFile(readFileSync(cache, 'utf8'));
    const entry = fresh.files.get(bad)!;
    entry[0] = (entry[0] as number) + 1;
    entry[4] = 'f'.repeat(64);
    entry[7] = [];
    writeFileSync(cache, cacheFileText(fresh));
    rerun(dir, plain);
    // An entry whose text does not parse, or is not an entry: only its file is linted again, the others come from the cache.
    for (const wrong of ['[1,2', '{}', '[]', JSON.stringify([...entry.slice(0, 4), 'f'.repeat(63), ...entry.slice(5)])]) {
      const text = readFileSync(cache, 'utf8');
      const line = text.split('\n').find((l) => l.startsWith(`${JSON.stringify(bad)}\t`))!;
      writeFileSync(cache, text.replace(line, `${JSON.stringify(bad)}\t${wrong}`));
      vi.mocked(parseFile).mockClear();
      rerun(dir, plain);
      expect(vi.mocked(parseFile).mock.calls.map((c) => c[0]).filter((f) => f !== join(dir, 'clusterlint.config.json'))).toEqual([bad]);
    }
  });

  it('prototype-polluting keys are plain data', () => {
    const { dir, plain, good, cache } = setup();
    const data = parseCacheFile(good);
    const entry = [...data.files.values()][0]!;
    data.files.set('__proto__', entry);
    data.files.set('constructor', entry);
    const hostile = cacheFileText(data)
      .replace('{"clusterlintCache"', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"clusterlintCache"')
      .replace(/"container:"/, '"__proto__":[1,1,1,1],"container:"');
    writeFileSync(cache, hostile);
    const r = cli(['--format', 'json', '--cache', '.'], dir);
    expect(r.stdout).toBe(plain);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('huge (over 64 MiB): not read', { timeout: 30_000 }, () => {
    const { dir, plain, cache } = setup();
    writeFileSync(cache, Buffer.alloc(64 * 1024 * 1024 + 1, 0x20));
    rerun(dir, plain);
    expect(statSync(cache).size).toBeLessThan(1024 * 1024);
  });

  it('a directory where the cache file would be: the run goes on and says it cannot write the cache', () => {
    const { dir, plain } = setup();
    mkdirSync(join(dir, 'place/.clusterlintcache'), { recursive: true });
    writeFileSync(join(dir, 'place/.clusterlintcache/keep'), 'x');
    const r = cli(['--format', 'json', '--cache', '--cache-location', 'place', '.'], dir);
    expect(r.stdout).toBe(plain);
    expect(r.stderr).toMatch(/^clusterlint: cannot write the cache .*place\/\.clusterlintcache: (EISDIR|ENOTEMPTY|EEXIST)\n$/);
    expect(readFileSync(join(dir, 'place/.clusterlintcache/keep'), 'utf8')).toBe('x');
  });
});

describe('where the cache goes', () => {
  it('.clusterlintcache in the working directory by default; a directory location means a file in it', () => {
    const dir = corpus();
    cli(['--format', 'json', '--cache', 'tokens'], dir);
    expect(existsSync(join(dir, '.clusterlintcache'))).toBe(true);
    mkdirSync(join(dir, 'cachedir'));
    cli(['--format', 'json', '--cache', '--cache-location', 'cachedir', 'tokens'], dir);
    expect(existsSync(join(dir, 'cachedir/.clusterlintcache'))).toBe(true);
    // A folder that does not exist yet is made.
    cli(['--format', 'json', '--cache', '--cache-location', 'newdir/', 'tokens'], dir);
    expect(existsSync(join(dir, 'newdir/.clusterlintcache'))).toBe(true);
    cli(['--format', 'json', '--cache', '--cache-location', 'my.cache', 'tokens'], dir);
    expect(existsSync(join(dir, 'my.cache'))).toBe(true);
  });

  it('never over a linted file, a report of the run, or a spec', () => {
    const dir = corpus();
    const spec = join(dir, 'tokens/spec-01.json');
    const before = readFileSync(spec, 'utf8');
    let r = cli(['--cache', '--cache-location', 'tokens/spec-01.json', 'tokens'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^clusterlint: will not write the cache to .*tokens\/spec-01\.json: it is one of the files being linted; choose another --cache-location\n$/);
    r = cli(['--cache', '--cache-location', 'tokens/spec-01.json', 'batchcompute'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/it is a Batch Compute or Container Service spec; choose another --cache-location\n$/);
    expect(readFileSync(spec, 'utf8')).toBe(before);
    r = cli(['--cache', '--cache-location', 'report.json', '-o', 'report.json', 'tokens'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/it is a report of this run; choose another --cache-location\n$/);
    // A spec over the size limit is told by its head, as a report target is.
    writeFileSync(join(dir, 'big.json'), `${JSON.stringify({ ...SEED, Description: 'x'.repeat(4096) }, null, 2)}\n`);
    const big = readFileSync(join(dir, 'big.json'));
    writeFileSync(join(dir, 'clusterlint.config.json'), '{"maxFileSize": 2048}');
    r = cli(['--cache', '--cache-location', 'big.json', 'batchcompute'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/it is a Batch Compute or Container Service spec; choose another --cache-location\n$/);
    expect(readFileSync(join(dir, 'big.json'))).toEqual(big);
  });

  it('a named pipe at the cache location is not opened (it would wait for a writer)', { timeout: 20_000 }, () => {
    const dir = corpus();
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    const r = cli(['--format', 'json', '--cache', '--cache-location', 'fifo', 'batchcompute'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(cli(['--format', 'json', 'batchcompute'], dir).stdout);
  });
});
