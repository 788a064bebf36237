/**
 * Property test of the config's glob matcher (`src/config/glob.ts`): on random globs and paths it
 * agrees with picomatch, the matcher clusterlint used before (options `dot`, `noextglob`, and
 * `matchBase` for a glob without `/`), which backtracks and so takes exponential time on some
 * globs; here globs stay small enough for it. One difference is meant: `X/**` matches what `X`
 * matches, whatever X holds (picomatch: only when X has no wildcard). Timing-independent: the linear-time cases are in
 * test/core/glob.test.ts.
 */
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/config/glob.js';
import { fuzzOptions } from './arbitraries.js';

/**
 * A path segment of a glob: literal characters and wildcards, or `**` alone (picomatch reads a `**`
 * inside a segment as a `*` or as a globstar depending on what follows; clusterlint as a `*`).
 */
const globSegment = fc.oneof(
  { weight: 1, arbitrary: fc.constant('**') },
  { weight: 5, arbitrary: fc.array(fc.constantFrom('a', 'b', '.', '*', '?', '[ab]', '[a-b]', '{a,b}', '{a,.b,*}', '{,a}', 'x{1..2}'), { minLength: 1, maxLength: 4 }).map((t) => t.join('').replace(/\*+/g, '*')) },
);
const glob = fc.array(globSegment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

/**
 * A relative path: segments of a, b, x, 1, 2 and dots — never `.` or `..` alone, which a walk never
 * yields, nor ending in a dot, where picomatch's `*.*` wants a character after the dot and `a.*`
 * does not (clusterlint's `*` matches nothing as well anywhere).
 */
const path = fc
  .array(
    fc.array(fc.constantFrom('a', 'b', '.', 'x', '1', '2'), { minLength: 1, maxLength: 4 }).map((c) => c.join('')).filter((s) => !s.endsWith('.')),
    { minLength: 1, maxLength: 5 },
  )
  .map((s) => s.join('/'));

describe('fuzz: globs', () => {
  it('agree with picomatch on random globs and paths', () => {
    fc.assert(
      fc.property(glob, fc.array(path, { minLength: 1, maxLength: 8 }), (g, paths) => {
        const options = { dot: true, noextglob: true, matchBase: !g.includes('/') };
        const whole = picomatch(g, options);
        // `X/**` also matches what `X` matches: picomatch does so only when X has no wildcard.
        const tail = /^(.+?)(?:\/\*\*)+$/.exec(g);
        const bare = tail ? picomatch(tail[1]!, options) : () => false;
        const ours = compileGlob(g);
        for (const p of paths) expect(ours(p), `${g} against ${p}`).toBe(whole(p) || bare(p));
      }),
      fuzzOptions(3000),
    );
  });
});
