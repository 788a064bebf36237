/**
 * `--jobs`: the findings with worker threads equal those on one thread, on a generated set of
 * good and bad files large enough for workers to start (YAML files weigh more than JSON ones).
 */
import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintInParallel, workersFor } from '../src/run/parallel.js';
import { lintInTurn, type LintInput, type LintOptions } from '../src/run/run.js';
import { runBin, tempTree } from './helpers.js';

/** A Batch Compute spec; `n` picks its name, groups and (for some) a mistake. */
function spec(n: number): Record<string, unknown> {
  const groups: Record<string, unknown> = {};
  for (let g = 0; g <= n % 3; g++) {
    groups[`group${g}`] = { DesiredVMCount: n % 13 === 0 ? 0 : 1 + g, InstanceType: '', ResourceType: n % 5 === 0 ? 'Spot' : 'OnDemand', SpotStrategy: n % 5 === 0 ? 'SpotWithPriceLimit' : '' };
  }
  return {
    Name: n % 7 === 0 ? `${n}starts-with-a-digit` : `cluster-${n}`,
    ImageId: `m-${n.toString(36)}`,
    InstanceType: n % 11 === 0 ? 'ecs.G6.large' : 'ecs.sn1ne.large',
    ...(n % 4 === 0 ? { IdempotentToken: `token_${n % 8}` } : {}),
    Configs: { Networks: { VPC: { CidrBlock: n % 9 === 0 ? '10.1.2.3/16' : `10.${n % 256}.0.0/16` } } },
    Groups: groups,
  };
}

/** A mixed tree: YAML and JSON specs, a few with syntax errors, duplicates and `3.0` counts. */
function tree(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 0; n < count; n++) {
    const json = JSON.stringify(spec(n), null, 2);
    if (n % 2 === 0) {
      let text = json;
      if (n % 17 === 0) text = text.replace('"ImageId"', '"ImageId": "dup",\n  "ImageId"');
      if (n % 19 === 0) text = text.replace(/"DesiredVMCount": (\d+)/, '"DesiredVMCount": $1.0');
      if (n % 23 === 0) text = text.replace('{', '{,');
      files[`specs/${String(n).padStart(4, '0')}.json`] = text;
    } else {
      // JSON is YAML too; a block style document reads more like what people write.
      const yaml = json
        .replace(/^\{\n|\n\}$/g, '')
        .split('\n')
        .map((line) => line.replace(/^(\s*)"([^"]+)": /, '$1$2: ').replace(/[{},]\s*$/, '').replace(/^  /, ''))
        .filter((line) => line.trim() !== '' && line.trim() !== '}' && line.trim() !== '},')
        .join('\n');
      files[`specs/${String(n).padStart(4, '0')}.yaml`] = n % 29 === 1 ? `${yaml}\nName: [unclosed\n` : `${yaml}\n`;
    }
  }
  files['clusterlint.config.json'] = JSON.stringify({ quotas: { MaxClusterCount: 150 } });
  return files;
}

describe('--jobs', () => {
  it('gives the same findings as one thread, in the same order', () => {
    const dir = tempTree(tree(400));
    const one = runBin(['--format', 'json', '--jobs', '1', 'specs'], { cwd: dir });
    const many = runBin(['--format', 'json', '--jobs', '3', 'specs'], { cwd: dir });
    expect(one.stderr).toBe('');
    expect(many.stderr).toBe('');
    expect(one.status).toBe(1);
    expect(many.status).toBe(one.status);
    const results = JSON.parse(one.stdout) as Array<{ file: string; diagnostics: Array<{ code: string }> }>;
    const codes = new Set(results.flatMap((r) => r.diagnostics.map((d) => d.code)));
    // The set really is mixed: file-local errors of both formats and findings across files.
    for (const code of ['InvalidName', 'InvalidJsonFormat', 'InvalidYamlFormat', 'DuplicateKey', 'InvalidDesiredVMCount', 'InvalidCidrBlock', 'IdempotentTokenMismatch', 'QuotaExhausted.MaxClusterCount']) {
      expect(codes, code).toContain(code);
    }
    expect(results).toHaveLength(400);
    expect(many.stdout).toBe(one.stdout);
  });

  it('never starts more threads than the cores, nor more than the files (--jobs 64 on two cores started 66)', () => {
    const files = (n: number): LintInput[] => Array.from({ length: n }, (_, i) => ({ file: `s${i}.yaml`, explicit: true }));
    const cores = availableParallelism();
    // Work enough for 64 threads, whatever the cores: the main thread and cores - 1 workers.
    expect(workersFor(files(64 * 200), 64)).toBe(cores - 1);
    expect(workersFor(files(64 * 200), 1)).toBe(0);
  });

  // A worker that dies (out of memory, a crash) cannot tell a main thread that waits on it
  // synchronously: the run waited forever. Now the main thread lints what a silent worker holds.
  it.each([
    ['exits at once', 'process.exit(0);'],
    ['throws as it loads', 'throw new Error("broken worker");'],
    ['lives but never answers', 'setInterval(() => {}, 60_000);'],
  ])('ends with the outcomes of one thread when a worker %s', (_, body) => {
    const files = tree(120);
    const dir = tempTree({ ...files, 'worker.mjs': `${body}\n` });
    const inputs: LintInput[] = Object.keys(files)
      .filter((name) => name.startsWith('specs/'))
      .sort()
      .map((file) => ({ file, explicit: true, kind: 'file' }));
    const options: LintOptions = { config: {}, baseDir: dir, cwd: dir };
    const started = Date.now();
    const outcomes = lintInParallel(1, pathToFileURL(join(dir, 'worker.mjs')), 150)(inputs, options);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(outcomes).toEqual(lintInTurn(inputs, options));
    expect(outcomes.filter((o) => o.candidates.length > 0).length).toBeGreaterThan(10);
  });

  it('rejects a count that is not a whole number of at least 1', () => {
    const r = runBin(['--jobs', '0', 'examples']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('clusterlint: --jobs takes a whole number of at least 1, not "0"\n');
  });
});
