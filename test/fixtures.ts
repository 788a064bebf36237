/**
 * The golden fixtures: finding the cases under `test/fixtures/` and rendering each as golden
 * lines. Shared by the golden test and the catalogue meta-test.
 *
 * A case is `test/fixtures/<dialect>/<case>.{json,yaml,yml}` with `<case>.<ext>.expected` beside
 * it (the extension stays in the name so a JSON case and its YAML twin each have their own), and
 * `<case>.config.json` as its config when present (shared by the twins). A folder named
 * `<case>.run` is one run over all its files (checks across files included), with
 * `clusterlint.config.json` inside as its config and `<case>.run.expected` beside it, each line
 * prefixed by the file. Each line names the rule (or schema) that found the diagnostic, after its
 * status: `3:14-3:28 warning InvalidImageId 400 image-id-prefix /ImageId …`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ClusterlintConfig } from '../src/config/config-types.js';
import { goldenFileLine, lintTexts, ROOT } from './helpers.js';

const FIXTURES = join(ROOT, 'test/fixtures');
/** Folders of reference data under the fixtures, not lint cases (the SARIF schema, the report formats' schemas). */
const NOT_CASES = new Set([join(FIXTURES, 'sarif'), join(FIXTURES, 'consumers')]);

/** Every fixture case below a folder, as paths relative to the repository root. */
export function fixtureCases(dir = FIXTURES): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name.endsWith('.run')) out.push(relative(ROOT, path).split('\\').join('/'));
    else if (entry.isDirectory()) {
      if (!NOT_CASES.has(path)) out.push(...fixtureCases(path));
    }
    else if (/\.(json|ya?ml)$/.test(entry.name) && !/\.config\.json$/.test(entry.name)) out.push(relative(ROOT, path).split('\\').join('/'));
  }
  return out.sort();
}

/** The golden lines of one fixture case. */
export function goldenOf(file: string): string {
  if (file.endsWith('.run')) return goldenOfRun(file);
  const diagnostics = lintTexts(caseInputs(file), { config: caseConfig(file) });
  return diagnostics.map(goldenFileLine).join('\n') + (diagnostics.length ? '\n' : '');
}

/** The files a case lints, by path relative to the repository root. */
export function caseInputs(file: string): Record<string, Uint8Array> {
  const names = file.endsWith('.run') ? readdirSync(join(ROOT, file)).filter((n) => n !== 'clusterlint.config.json').sort().map((n) => `${file}/${n}`) : [file];
  return Object.fromEntries(names.map((n) => [n, readFileSync(join(ROOT, n))]));
}

/** The config of a case (empty when it has none). */
export function caseConfig(file: string): ClusterlintConfig {
  const path = file.endsWith('.run') ? join(ROOT, file, 'clusterlint.config.json') : join(ROOT, file.replace(/\.(json|ya?ml)$/, '.config.json'));
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

/** The golden lines of a `<case>.run` folder: one run over its files, each line prefixed by the file name. */
function goldenOfRun(dir: string): string {
  const diagnostics = lintTexts(caseInputs(dir), { config: caseConfig(dir) });
  return diagnostics.map((d) => `${d.file.slice(dir.length + 1)} ${goldenFileLine(d)}`).join('\n') + (diagnostics.length ? '\n' : '');
}
