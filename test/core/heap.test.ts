/** When a run steers V8's heap (src/run/heap.ts): many files, unless one thread parses YAML. */
import { describe, expect, it } from 'vitest';
import { wantsSteering } from '../../src/run/heap.js';
import type { LintInput } from '../../src/run/run.js';

const files = (n: number, ext: string): LintInput[] => Array.from({ length: n }, (_, i) => ({ file: `specs/${i}.${ext}`, explicit: false }));

describe('wantsSteering', () => {
  it('leaves small runs alone', () => {
    expect(wantsSteering(files(999, 'json'), 0)).toBe(false);
    expect(wantsSteering(files(999, 'yaml'), 1)).toBe(false);
  });

  it('steers runs of many JSON files, and any run on worker threads', () => {
    expect(wantsSteering(files(1000, 'json'), 0)).toBe(true);
    expect(wantsSteering(files(10_000, 'yaml'), 1)).toBe(true);
  });

  it('leaves YAML on one thread alone (steering slows its parser), unless the run is very large', () => {
    expect(wantsSteering([...files(5000, 'json'), ...files(1, 'yml')], 0)).toBe(false);
    expect(wantsSteering(files(10_000, 'YAML'), 0)).toBe(false);
    expect(wantsSteering(files(20_001, 'yaml'), 0)).toBe(true);
  });
});
