/**
 * Packages loaded on first use. The YAML parser and the glob matcher are most of the program's
 * size, and a run over JSON files with no globs in its config needs neither: compiling them at
 * every start would cost a quarter of a cold start. `scripts/build.mjs` writes each into its own
 * file under `dist/vendor/` and defines `CLUSTERLINT_VENDOR_DIR` in the bundle; from source they
 * come from node_modules. `require` rather than `import()`, so the engine stays synchronous.
 */
import { createRequire } from 'node:module';

declare const CLUSTERLINT_VENDOR_DIR: string | undefined;

const load = createRequire(import.meta.url);
const loaded = new Map<string, unknown>();

/** The named package, loaded the first time it is asked for. */
export function vendor<T>(name: 'yaml' | 'picomatch'): T {
  let lib = loaded.get(name);
  if (lib === undefined) {
    lib = load(typeof CLUSTERLINT_VENDOR_DIR === 'string' ? `${CLUSTERLINT_VENDOR_DIR}/${name}.cjs` : name);
    loaded.set(name, lib);
  }
  return lib as T;
}
