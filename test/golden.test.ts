/**
 * Golden files (see `test/fixtures.ts` for the layout): every case is linted and compared with its
 * `.expected` file, one line per diagnostic. `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`
 * rewrites the expected files; review the diff like code.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCases, goldenOf } from './fixtures.js';
import { ROOT } from './helpers.js';

describe('golden files', () => {
  for (const file of fixtureCases()) {
    it(file, () => {
      const expectedPath = join(ROOT, `${file}.expected`);
      const actual = goldenOf(file);
      if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, actual);
      expect(existsSync(expectedPath), `${expectedPath} is missing (UPDATE_GOLDEN=1 writes it)`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
