/**
 * What a cold start loads: a run over one clean file loads none of Node's modules it does not
 * need (`node:crypto`, `node:zlib`, the stream modules behind standard output, worker threads),
 * through the bin and through dist/cli.js; a run that does need them still gets them. The schema's
 * facts for validation in views (a walk of the whole schema) are read only for a heavy body.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';
import { DIALECTS } from '../../src/dialect/dialect.js';
import { GROUP_WEIGHT, planViews, schemaFacts } from '../../src/check/views.js';

const CLEAN = join(ROOT, 'examples/batchcompute/render-farm.json');
const BROKEN = join(ROOT, 'examples/batchcompute/broken-hybrid.json');

/** Node's modules loaded by one run (`process.moduleLoadList` at exit, less those loaded before the program), and its outcome. */
function loaded(bin: string, args: string[], env: Record<string, string> = {}) {
  const dir = tempDir();
  const record = join(dir, 'record.cjs');
  const out = join(dir, 'modules.json');
  writeFileSync(record, `const before = new Set(process.moduleLoadList);\nprocess.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));\n`);
  const r = spawnSync(process.execPath, ['--require', record, bin, ...args], { encoding: 'utf8', env: { ...process.env, CLUSTERLINT_CODE_CACHE: tempDir(), ...env } });
  const modules = JSON.parse(readFileSync(out, 'utf8')) as string[];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, modules: modules.map((m) => m.replace(/^(NativeModule|Internal Binding) /, '')) };
}

const UNNEEDED = /^(crypto|zlib|stream|internal\/streams\/.*|internal\/fs\/sync_write_stream|tty|net|worker_threads|os)$/;

describe('the start path', () => {
  it('one clean file: no crypto, no zlib, no stream modules, no threads, no os, and nothing written', () => {
    for (const bin of ['dist/cli.cjs', 'dist/cli.js']) {
      // Twice: the first run writes the code cache, the second runs from it.
      for (let i = 0; i < 2; i++) {
        const r = loaded(join(ROOT, bin), [CLEAN], { HOME: tempDir() });
        expect(r.status).toBe(0);
        expect(r.stdout + r.stderr).toBe('');
        expect(r.modules.filter((m) => UNNEEDED.test(m))).toEqual([]);
        // The bin, CommonJS, has a require of its own; only the ES module entry needs createRequire.
        if (bin.endsWith('.cjs')) expect(r.modules).not.toContain('module');
      }
    }
  });

  it('a repeat --cache run with nothing changed hashes nothing: no crypto', () => {
    const cache = join(tempDir(), 'c');
    const first = loaded(join(ROOT, 'dist/cli.cjs'), ['--cache', '--cache-location', cache, CLEAN]);
    expect(first.status).toBe(0);
    // The first run hashed the file it linted, for the cache.
    expect(first.modules).toContain('crypto');
    const again = loaded(join(ROOT, 'dist/cli.cjs'), ['--cache', '--cache-location', cache, CLEAN]);
    expect(again).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(again.modules.filter((m) => UNNEEDED.test(m))).toEqual([]);
  });

  it('a run that writes a report opens standard output, and SARIF fingerprints load crypto', () => {
    const stylish = loaded(join(ROOT, 'dist/cli.cjs'), [BROKEN]);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain('broken-hybrid.json');
    expect(stylish.modules).toContain('stream');
    expect(stylish.modules).not.toContain('crypto');
    const sarif = loaded(join(ROOT, 'dist/cli.cjs'), ['--format', 'sarif', BROKEN]);
    expect(sarif.status).toBe(1);
    expect(sarif.modules).toContain('crypto');
    expect(JSON.parse(sarif.stdout).runs[0].results[0].partialFingerprints).toBeDefined();
  });

  it('--color paints a report to a pipe; colour is not asked of a run that writes nothing', () => {
    const painted = loaded(join(ROOT, 'dist/cli.cjs'), ['--color', BROKEN]);
    expect(painted.stdout).toContain('\u001b[31merror  \u001b[0m');
    const plain = loaded(join(ROOT, 'dist/cli.cjs'), [BROKEN]);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('error  ');
  });

  it('a light body never reads the schema facts that only views need; a heavy one reads them once', () => {
    const schema = DIALECTS.batchcompute!.schema;
    let asked = 0;
    const facts = () => (asked++, schemaFacts(schema));
    expect(planViews({ Name: 'x', Groups: { g: { DesiredVMCount: 1 } } }, facts)).toBeUndefined();
    expect(asked).toBe(0);
    const heavy = { Name: 'x', UserData: Object.fromEntries(Array.from({ length: 3 * GROUP_WEIGHT }, (_, i) => [`k${i}`, 'v'])) };
    const planned = planViews(heavy, facts);
    expect(asked).toBe(1);
    expect(planned).toEqual(planViews(heavy, schemaFacts(schema)));
    expect(planned!.length).toBe(2);
  });
});
