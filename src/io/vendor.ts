/**
 * Modules loaded on first use, so a cold start compiles only what the run needs.
 *
 * The YAML parser is most of the program's size, and a run over JSON files does not need it.
 * `scripts/build.mjs` writes it into its own file under `dist/vendor/` and defines
 * `CLUSTERLINT_VENDOR_DIR` in the bundle; from source it comes from node_modules. Node's own `crypto` and `worker_threads` take milliseconds each to load and
 * serve only some runs (a spec with an IdempotentToken, `--jobs` on many files). `require` rather
 * than `import()`, so the engine stays synchronous.
 */
import type * as Module from 'node:module';

declare const CLUSTERLINT_VENDOR_DIR: string | undefined;

let load: NodeJS.Require | undefined;

/**
 * A `require` for this module's folder. Every bundle of the package has one (the command and its
 * program are CommonJS; the ES module bundles make one in their banner), so `node:module` is not
 * loaded for it at start (most of a millisecond); the sources, run by the tests, make their own.
 */
function requireHere(): NodeJS.Require {
  if (typeof require === 'function') return require;
  const builtins = process as unknown as { getBuiltinModule(id: 'node:module'): typeof Module };
  return builtins.getBuiltinModule('node:module').createRequire(import.meta.url);
}
const loaded = new Map<string, unknown>();

/** The named package, loaded the first time it is asked for. */
export function vendor<T>(name: 'yaml'): T {
  return once(name, (load) => load(typeof CLUSTERLINT_VENDOR_DIR === 'string' ? `${CLUSTERLINT_VENDOR_DIR}/${name}.cjs` : name));
}

/** A module of Node itself, loaded the first time it is asked for. */
export function builtin<T>(name: 'node:crypto' | 'node:worker_threads' | 'node:v8' | 'node:os'): T {
  return once(name, (load) => load(name));
}

function once(name: string, get: (load: NodeJS.Require) => unknown): never {
  let lib = loaded.get(name);
  if (lib === undefined) {
    lib = get((load ??= requireHere()));
    loaded.set(name, lib);
  }
  return lib as never;
}
