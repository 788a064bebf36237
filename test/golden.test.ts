/**
 * Golden files: every `test/fixtures/<dialect>/<case>.{json,yaml,yml}` is linted and compared,
 * one line per diagnostic, with `<case>.expected` beside it. A `<case>.config.json` beside the
 * case is used as its config. `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` rewrites the
 * expected files; review the diff like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenLine, lintTexts, ROOT } from './helpers.js';

const FIXTURES = join(ROOT, 'test/fixtures');
/** Folders of reference data under the fixtures, not lint cases (the SARIF schema). */
const NOT_CASES = new Set([join(FIXTURES, 'sarif')]);

/** Every fixture case below a folder, as paths relative to the repository root. */
export function fixtureCases(dir = FIXTURES): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!NOT_CASES.has(path)) out.push(...fixtureCases(path));
    } else if (/\.(json|ya?ml)$/.test(entry.name) && !/\.config\.json$/.test(entry.name)) out.push(relative(ROOT, path).split('\\').join('/'));
  }
  return out.sort();
}

/** The golden lines of one fixture case. */
export function goldenOf(file: string): string {
  const base = file.replace(/\.(json|ya?ml)$/, '');
  const configPath = join(ROOT, `${base}.config.json`);
  const config = existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')) : {};
  const diagnostics = lintTexts({ [file]: readFileSync(join(ROOT, file)) }, { config });
  return diagnostics.map(goldenLine).join('\n') + (diagnostics.length ? '\n' : '');
}

describe('golden files', () => {
  for (const file of fixtureCases()) {
    it(file, () => {
      const expectedPath = join(ROOT, file.replace(/\.(json|ya?ml)$/, '.expected'));
      const actual = goldenOf(file);
      if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, actual);
      expect(existsSync(expectedPath), `${expectedPath} is missing (UPDATE_GOLDEN=1 writes it)`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
