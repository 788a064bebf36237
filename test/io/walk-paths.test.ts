/**
 * The paths a directory walk gives its files (src/io/files.ts): each is the folder's path joined
 * with the entry's name, as `path.join` would write it, however the folder was spelt on the
 * command line — the walk makes the folder's part once (`entryPrefix`) rather than once per file.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs, entryPrefix } from '../../src/io/files.js';
import { tempTree } from '../helpers.js';

const SPELLINGS = ['specs', 'specs/', 'specs//', './specs', './specs/', 'x/../specs', 'specs/.', 'specs/sub/..', '.', './', '', '..', '../specs', '/abs/specs', '/abs/specs/', '/', '//'];

describe('the paths of walked files', () => {
  it('entryPrefix(dir) + name is join(dir, name) for every spelling of a folder', () => {
    for (const dir of SPELLINGS) {
      for (const name of ['a.json', '.hidden.yaml', 'x y.yml', '..a.json']) expect(entryPrefix(dir) + name, `${dir} + ${name}`).toBe(dir === '.' ? name : join(dir, name));
    }
  });

  it('a folder spelt in different ways lists the same files, named as before', () => {
    const cwd = tempTree({ 'specs/a.json': '{}', 'specs/sub/b.yaml': 'a: 1\n', 'specs/node_modules/c.json': '{}' });
    const list = (dir: string) => collectInputs([dir], {}, cwd, cwd, () => new Uint8Array(), '<stdin>').map((i) => i.file);
    expect(list('specs')).toEqual(['specs/a.json', 'specs/sub/b.yaml']);
    for (const dir of ['specs/', './specs', 'specs//', 'specs/sub/..']) expect(list(dir), dir).toEqual(['specs/a.json', 'specs/sub/b.yaml']);
    expect(list('.')).toEqual(['specs/a.json', 'specs/sub/b.yaml']);
    expect(list('./specs/sub')).toEqual(['specs/sub/b.yaml']);
  });
});
