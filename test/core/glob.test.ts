/** Config globs (SPEC §6): the documented syntax, and time linear in the path whatever the glob. */
import { describe, expect, it } from 'vitest';
import { compileGlob, globProblem, MAX_RANGE } from '../../src/config/glob.js';

const matches = (glob: string, path: string) => compileGlob(glob)(path);

describe('glob syntax', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.json', 'a.json', true],
    ['*.json', 'specs/a.json', true], // no `/` in the glob: the base name is matched
    ['specs/*.json', 'specs/a.json', true],
    ['specs/*.json', 'specs/x/a.json', false],
    ['specs/**/*.json', 'specs/a.json', true],
    ['specs/**/*.json', 'specs/x/y/a.json', true],
    ['specs/**', 'specs', true],
    ['specs/**', 'specs/x/y', true],
    ['specs/**', 'specsx/y', false],
    ['**/a.json', 'a.json', true],
    ['**/a.json', 'x/y/a.json', true],
    ['**', '.hidden/x.json', true],
    ['specs/*', 'specs/.hidden', true],
    ['a/b**', 'a/bxy', true],
    ['a/b**', 'a/bx/y', false],
    ['?.json', 'a.json', true],
    ['a?b', 'a/b', false],
    ['[ab].json', 'b.json', true],
    ['[a-c].json', 'd.json', false],
    ['[!a].json', 'b.json', true],
    ['[^a].json', 'a.json', false],
    ['x/[a/]', 'x/a', true],
    ['{a,b}.json', 'b.json', true],
    ['{a,b{c,d}}.json', 'bd.json', true],
    ['{a,b{c,d}}.json', 'b.json', false],
    ['a{,b}', 'a', true],
    ['{a}.json', '{a}.json', true],
    ['x{1..3}.json', 'x2.json', true],
    ['x{1..3}.json', 'x4.json', false],
    ['x{c..a}', 'xb', true],
    ['\\*.json', '*.json', true],
    ['\\*.json', 'a.json', false],
    ['[unclosed', '[unclosed', true],
    ['{unclosed', '{unclosed', true],
    ['./specs/a.json', 'specs/a.json', true],
    ['!specs/**', 'other/a.json', true],
    ['!specs/**', 'specs/a.json', false],
    ['+(a|b).json', '+(a|b).json', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => expect(matches(glob, path)).toBe(expected));
  }

  it(`a range of more than ${MAX_RANGE} values is a problem of the glob`, () => {
    expect(globProblem('x{1..256}')).toBeUndefined();
    expect(globProblem('x{0..256}')).toBe(`has a range {0..256} of 257 values; at most ${MAX_RANGE} are allowed`);
  });
});

describe('globs in linear time', () => {
  // Each of these took minutes or more as a backtracking regular expression.
  it('many ** segments against a deep path that almost matches', () => {
    const glob = `${'a/**/'.repeat(30)}c`;
    const path = `${'a/'.repeat(2_000)}b`;
    expect(matches(glob, path)).toBe(false);
    expect(matches(glob, `${'a/'.repeat(2_000)}c`)).toBe(true);
  });

  it('many * in one segment against a long name', () => {
    expect(matches(`${'a*'.repeat(40)}b`, 'a'.repeat(5_000))).toBe(false);
    expect(matches('+(a*)+(a*)b', `+(${'a'.repeat(5_000)})`)).toBe(false);
  });

  it('nested braces and stars', () => {
    const glob = `${'{a,aa,a*}'.repeat(40)}b`;
    expect(matches(glob, 'a'.repeat(5_000))).toBe(false);
  });
});
