// mulberry32: a small seeded pseudo-random generator, so that the bench's corpus and the hostile
// inputs are the same files on every run (scripts/bench.mjs, scripts/hostile-inputs.mjs, tests).

/** A generator of numbers in [0, 1) from a 32-bit seed. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
