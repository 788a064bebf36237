/**
 * Files are read once per run: the source lines a stylish report shows are kept, masked, from the
 * read that linted the file, so formatting reads nothing (a file removed after linting still
 * shows its lines) and formatters stay pure functions of results and context.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContext, FORMATS, joined } from '../../src/formatters/index.js';
import { lintPaths } from '../../src/run/lint-paths.js';
import { tempDir } from '../helpers.js';

const SPEC = `Name: etl
ImageId: ubuntu
InstanceType: ecs.sn1.medium
UserData:
  DB_PASSWORD: hunter2-canary
Groups:
  g1: {DesiredVMCount: 1, ResourceType: OnDemand}
IdempotentToken: t1
`;

function run(dir: string, excerpts: boolean) {
  return lintPaths(['.'], { loaded: { path: undefined, baseDir: dir, config: {} }, cwd: dir, excerpts, stdin: () => new Uint8Array() });
}

describe('excerpts', () => {
  it('a stylish report shows the masked lines of a file removed after it was linted, checks across files included', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), SPEC);
    writeFileSync(join(dir, 'b.yaml'), SPEC.replace('Name: etl', 'Name: etl2'));
    const { results } = run(dir, true);
    rmSync(join(dir, 'a.yaml'));
    rmSync(join(dir, 'b.yaml'));
    const out = joined(FORMATS.stylish(results, formatContext(results, dir, false)));
    expect(out).toContain('│ ImageId: ubuntu');
    expect(out).toContain('│   DB_PASSWORD: **************');
    // IdempotentTokenMismatch is placed on b.yaml by the checks across files.
    expect(out).toMatch(/IdempotentTokenMismatch[^\n]*\n[^\n]*\n\s+│ IdempotentToken: t1/);
    expect(out).not.toContain('hunter2');
  });

  it('a run that shows no source lines keeps none', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), SPEC);
    const { results } = run(dir, false);
    const out = joined(FORMATS.stylish(results, formatContext(results, dir, false)));
    expect(out).toContain('InvalidImageId');
    expect(out).not.toContain('│');
  });
});
