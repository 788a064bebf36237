#!/usr/bin/env node
// Build: compiles the dialect schemas into standalone ajv validators (src/generated/), bundles
// the command line, the library and the Action (dist/), writes the library's type declarations
// (dist/types/) and the licenses of the bundled packages (THIRD-PARTY-NOTICES.md). All outputs
// are committed; `.ci/run` rebuilds them and fails when the committed copies are stale. `--check`
// only reports staleness (and files in dist/ that no longer belong there) without writing.
//
// The command line (dist/cli.js) and the library (dist/index.js) are two entries over one engine,
// dist/engine.js; the package loaded on first use (the YAML parser) is in dist/vendor/*.cjs: a run
// that needs none never compiles it (see src/io/vendor.ts).
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync, rmSync, statSync, chmodSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const check = process.argv.includes('--check');
const stale = [];
/** Every output path of this build, written or already current. */
const produced = new Set();

/** Writes a file only when its content changes (keeps mtimes and diffs quiet). */
function emit(path, content) {
  produced.add(path);
  const full = join(root, path);
  const old = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  if (old === content) return;
  stale.push(path);
  if (check) return;
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

/** Makes an output executable (the pre-commit hook runs dist/cli.js from a clone, by its `#!` line). */
function executable(path) {
  const full = join(root, path);
  if (!existsSync(full) || (statSync(full).mode & 0o111) === 0o111) return;
  if (check) stale.push(`${path} (not executable)`);
  else chmodSync(full, 0o755);
}

// The dialect schemas, by the export name of their validator.
export const SCHEMAS = {
  batchcompute: 'schemas/batchcompute-cluster.schema.json',
  containerservice: 'schemas/containerservice-cluster.schema.json',
  config: 'schemas/clusterlint-config.schema.json',
};

/** Annotation keywords the schemas use for people and editors; ajv ignores them. */
const ANNOTATIONS = [
  'x-parameter', 'x-secret', 'x-hint', 'x-enum-notes',
  'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets',
  'patternErrorMessage', 'doNotSuggest', 'deprecationMessage', 'suggestSortText',
];

// Keywords only people and editors read. The validators are compiled without them: ajv's standalone
// code embeds the schema objects, and the prose would triple the bundle for nothing it checks.
// `errorMessage` is for editors too: clusterlint takes its messages from the catalogue, keyed by
// the failing keyword, and a validator compiled with ajv-errors spends three times as long on
// every body (it re-scans the errors so far after each member with a message).
const PROSE = ['title', 'description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets', 'examples', '$comment', 'errorMessage'];

/** A copy of a schema node without the `prose` keywords, walking only where schemas stand (so a property named "title" stays). */
function withoutProse(node, prose = PROSE) {
  if (Array.isArray(node)) return node.map((n) => withoutProse(n, prose));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (prose.includes(key)) continue;
    if (key === 'properties' || key === 'definitions') out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutProse(v, prose)]));
    else if (['additionalProperties', 'propertyNames', 'items', 'if', 'then', 'else', 'not', 'allOf', 'anyOf', 'oneOf'].includes(key)) out[key] = withoutProse(value, prose);
    else out[key] = value;
  }
  return out;
}

// What the command's program reads of the dialect schemas besides what validation reads: the
// starter body of `init` (`defaultSnippets`), `--explain`'s examples and notes, and the titles
// both name. The rest of the prose (two thirds of each schema: descriptions for editors, their
// markdown, editor messages) is left out of dist/program.cjs, a smaller text to read and a
// smaller code cache at every start; the schema files, the library and the language server keep
// it. test/startup/program-schemas.test.ts holds the program's `--explain` and `init` to the library's.
const PROGRAM_PROSE = PROSE.filter((k) => !['title', 'defaultSnippets', 'examples', '$comment'].includes(k));

/** An esbuild plugin: the dialect schemas imported without `PROGRAM_PROSE`. */
const programSchemas = {
  name: 'program-schemas',
  setup(build) {
    const files = new Set([SCHEMAS.batchcompute, SCHEMAS.containerservice].map((f) => join(root, f)));
    build.onLoad({ filter: /\.schema\.json$/ }, (args) => {
      if (!files.has(args.path)) return undefined;
      return { contents: JSON.stringify(withoutProse(JSON.parse(readFileSync(args.path, 'utf8')), PROGRAM_PROSE)), loader: 'json' };
    });
  },
};

// The dialect schemas the program imports itself (src/dialect/dialect.ts), by the name the
// validators import them under.
const IMPORTED = { batchcompute: 'bcSchema', containerservice: 'csSchema' };

/** The end of the JSON value that starts at `at` in `code` (a string-aware bracket match). */
function jsonEnd(code, at) {
  let depth = 0;
  for (let i = at; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return i + 1;
    }
  }
  throw new Error('validators: a schema literal does not end');
}

/** Every node of a schema with its path of keys. */
function* nodesOf(node, path = []) {
  if (!node || typeof node !== 'object') return;
  yield { node, path };
  for (const [k, v] of Object.entries(node)) yield* nodesOf(v, [...path, k]);
}

/**
 * ajv's standalone code embeds the schema objects it reads at run time (`properties` to tell
 * extra keys, `enum` arrays for the allowed values of an error) as literals: a second copy of
 * each dialect schema (without its prose) in the program, built at every start. Each literal that
 * is a node of a dialect schema the program imports anyway becomes a reference into that import.
 * What the code reads of it is checked here to be the same either way (the same keys of a
 * `properties`, the same value of anything else), or the build fails.
 */
function sharedSchemas(code) {
  const imports = [];
  for (const [name, as] of Object.entries(IMPORTED)) {
    const file = SCHEMAS[name];
    const full = JSON.parse(readFileSync(join(root, file), 'utf8'));
    const stripped = withoutProse(full);
    const places = new Map();
    for (const { node, path } of nodesOf(stripped)) if (!places.has(JSON.stringify(node))) places.set(JSON.stringify(node), path);
    let used = false;
    for (let m, re = /const (schema\d+) = \{/g; (m = re.exec(code)); ) {
      const start = m.index + m[0].length - 1;
      const end = jsonEnd(code, start);
      const literal = JSON.parse(code.slice(start, end));
      const path = places.get(JSON.stringify(literal));
      if (!path) continue;
      const ref = as + path.map((k) => `[${JSON.stringify(k)}]`).join('');
      const target = path.reduce((n, k) => n[k], full);
      for (const use of code.matchAll(new RegExp(`\\b${m[1]}((?:\\.[A-Za-z_$][\\w$]*|\\[\\d+\\])*)`, 'g'))) {
        if (use.index === m.index + 6) continue;
        const keys = [...use[1].matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((k) => k[1] ?? k[2]);
        const a = keys.reduce((n, k) => n?.[k], literal);
        const b = keys.reduce((n, k) => n?.[k], target);
        const same = keys.at(-1) === 'properties' ? JSON.stringify(Object.keys(a ?? {})) === JSON.stringify(Object.keys(b ?? {})) : JSON.stringify(a) === JSON.stringify(b);
        if (a === undefined || !same) throw new Error(`validators: ${m[1]}${use[1]} differs between the compiled schema and ${file}`);
      }
      code = `${code.slice(0, m.index)}const ${m[1]} = ${ref}${code.slice(end)}`;
      re.lastIndex = m.index;
      used = true;
    }
    if (used) imports.push(`import ${as} from '../../${file}' with { type: 'json' };\n`);
  }
  const strict = code.startsWith('"use strict";') ? '"use strict";' : '';
  return strict + imports.join('') + code.slice(strict.length);
}

function compileValidators() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, multipleOfPrecision: 9, code: { source: true, esm: true, optimize: true } });
  ajv.addVocabulary(ANNOTATIONS);
  const exports = {};
  for (const [name, file] of Object.entries(SCHEMAS)) {
    if (!existsSync(join(root, file))) continue;
    const schema = withoutProse(JSON.parse(readFileSync(join(root, file), 'utf8')));
    ajv.addSchema(schema, name);
    exports[name] = name;
  }
  const code = sharedSchemas(standaloneCode(ajv, exports));
  const header = '// Generated by scripts/build.mjs from schemas/*.schema.json. Do not edit; run `npm run build`.\n';
  emit('src/generated/validators.js', header + code + '\n');
  const dts = header + Object.keys(exports).map((n) => `export declare const ${n}: import('ajv').ValidateFunction;\n`).join('');
  emit('src/generated/validators.d.ts', dts);
}

// Both bundles keep symlinked paths as written (`preserveSymlinks`): esbuild names each module's
// path in a comment, and a checkout whose node_modules is a link to a shared install must write the
// same bytes as any other, or `--check` would call its outputs stale.

// Packages loaded on first use, by the name src/io/vendor.ts asks for.
const VENDOR = ['yaml'];

/** One package as a CommonJS file that src/io/vendor.ts can `require` synchronously. */
async function vendorBundle(name) {
  const result = await esbuild.build({
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, loader: 'js' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    legalComments: 'none',
    outfile: join(root, `dist/vendor/${name}.cjs`),
    preserveSymlinks: true,
    metafile: true,
    logLevel: 'warning',
  });
  emitOutputs(result);
}

/** Esbuild settings every ES module bundle shares. */
const ESM = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  write: false,
  legalComments: 'none',
  // Bundled CommonJS code calls `require`, which an ES module lacks.
  banner: { js: "import { createRequire as __clusterlintRequire } from 'node:module';\nconst require = __clusterlintRequire(import.meta.url);" },
  define: { CLUSTERLINT_VENDOR_DIR: JSON.stringify('./vendor') },
  // The vendored packages are loaded from dist/vendor/, never bundled here.
  external: VENDOR,
  preserveSymlinks: true,
  metafile: true,
  logLevel: 'warning',
};

/** The packages (from node_modules) bundled into each output, for the notices. */
const bundled = new Map();

function record(result) {
  for (const [out, meta] of Object.entries(result.metafile.outputs)) {
    for (const input of Object.keys(meta.inputs)) {
      const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
      if (!m) continue;
      const dir = input.slice(0, m.index + m[0].length - 1);
      if (!bundled.has(dir)) bundled.set(dir, new Set());
      bundled.get(dir).add(out);
    }
  }
}

/** Writes esbuild's output files; a `#!` line makes the command line runnable as it is. */
function emitOutputs(result, programs = []) {
  record(result);
  for (const f of result.outputFiles) {
    const path = f.path.slice(root.length + 1);
    emit(path, programs.includes(path) ? `#!/usr/bin/env node\n${f.text}` : f.text);
  }
}

/**
 * The command line and the library: two entries, one shared engine (dist/engine.js), so the
 * package ships the engine once. Every module both use lands in the engine, vendor.ts included,
 * so `./vendor` is found beside it.
 */
async function bundleProgramAndLibrary() {
  const result = await esbuild.build({
    ...ESM,
    entryPoints: { main: join(root, 'src/cli/main.ts'), index: join(root, 'src/index.ts') },
    outdir: join(root, 'dist'),
    splitting: true,
    chunkNames: 'engine',
  });
  const chunks = result.outputFiles.filter((f) => !/[\\/](main|index)\.js$/.test(f.path));
  if (chunks.length !== 1) throw new Error(`expected one shared chunk, got ${chunks.map((f) => f.path).join(', ')}`);
  emitOutputs(result);
}

/**
 * The command: dist/cli.js (and the bin, dist/cli.cjs), a small loader (src/startup/cli-loader.ts) that runs dist/program.cjs
 * — the program of dist/main.js as one CommonJS script, which V8 can keep a code cache of — and
 * knows itself by dist/main.js's URL (its worker threads start from there).
 */
async function bundleCommand() {
  const program = await esbuild.build({
    ...ESM,
    format: 'cjs',
    banner: {},
    define: { ...ESM.define, 'import.meta.url': '__clusterlintUrl', CLUSTERLINT_PROGRAM_IDENTITY: '__clusterlintProgram' },
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: join(root, 'dist/program.cjs'),
    plugins: [programSchemas],
    // Whitespace and comments out, syntax shortened, names kept (profiles stay readable): a
    // smaller text to read at every start, and no comment that is not ASCII.
    minifyWhitespace: true,
    minifySyntax: true,
  });
  // The loader reads the program as latin1 (a byte a character, half the time of UTF-8): it must be ASCII.
  const bundled = program.outputFiles[0].text;
  const wide = /[^\x00-\x7f]/.exec(bundled);
  if (wide) throw new Error(`dist/program.cjs is not ASCII: ${JSON.stringify(wide[0])} at line ${bundled.slice(0, wide.index).split('\n').length}`);
  // Written as the function the loader compiles (its parameters are what the program gets from
  // it): joined at start instead, the text would be copied once more when V8 flattens it (~2 ms).
  const text = `(function (exports, require, module, __filename, __dirname, __clusterlintUrl, __clusterlintProgram) {${bundled}\n})`;
  record(program);
  emit('dist/program.cjs', text);
  // Its SHA-256, written into the loader, names the code cache: nothing is hashed at start.
  const define = { CLUSTERLINT_PROGRAM_SHA256: JSON.stringify(createHash('sha256').update(text).digest('hex')) };
  const loader = await esbuild.build({ ...ESM, define, entryPoints: [join(root, 'src/startup/cli-loader.ts')], outfile: join(root, 'dist/cli.js') });
  emitOutputs(loader, ['dist/cli.js']);
  executable('dist/cli.js');
  // The package's bin: the same loader as CommonJS, which Node starts without its ES module
  // loader (a third of the cold start that remains; README "Performance").
  const bin = await esbuild.build({
    ...ESM,
    format: 'cjs',
    // `import.meta.url` stands only where CLUSTERLINT_LOADER_FILE is not set, never here.
    banner: { js: 'const __loaderUrl = undefined;' },
    define: { ...define, CLUSTERLINT_LOADER_FILE: '__filename', 'import.meta.url': '__loaderUrl' },
    entryPoints: [join(root, 'src/startup/cli-loader.ts')],
    outfile: join(root, 'dist/cli.cjs'),
  });
  emitOutputs(bin, ['dist/cli.cjs']);
  executable('dist/cli.cjs');
}

async function bundle(entry, outfile, extra = {}, program = false) {
  const result = await esbuild.build({ ...ESM, entryPoints: [join(root, entry)], outfile: join(root, outfile), ...extra });
  emitOutputs(result, program ? [outfile] : []);
}

/**
 * The language server (src/lsp/) reaches the engine only through the library, which it loads
 * from dist/index.js beside it at run time: the package ships the engine once.
 */
const libraryBeside = {
  name: 'library-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) => (args.importer.startsWith(join(root, 'src/lsp')) ? { path: './index.js', external: true } : undefined));
  },
};

/**
 * `@actions/core` imports its HTTP client (for OIDC tokens, which the Action never asks for) at
 * the top of its module; marked free of side effects, that client and `undici` (0.8 MB) fall out
 * of the Action's bundle as unused code.
 */
const unusedHttpClient = {
  name: 'unused-http-client',
  setup(build) {
    build.onResolve({ filter: /^(@actions\/http-client|undici|tunnel)(\/|$)/ }, async (args) => {
      if (args.pluginData === 'resolved') return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolved' });
      return { ...found, sideEffects: false };
    });
  },
};

/**
 * The library's type declarations, from the sources by TypeScript's own declaration emit: every
 * module `src/index.ts` reaches is declared, and only those its declarations refer to are kept
 * (dist/types/, mirroring src/).
 */
function declarations() {
  const ts = require('typescript');
  const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  // Emitted in memory under a folder that is never written; each kept file goes to dist/types/ by its path under src/.
  const outDir = join(root, '.declarations');
  const options = { ...parsed.options, noEmit: false, declaration: true, emitDeclarationOnly: true, rootDir: root, outDir, declarationMap: false, sourceMap: false };
  const program = ts.createProgram([join(root, 'src/index.ts')], options);
  const emitted = new Map();
  const result = program.emit(undefined, (file, text) => emitted.set(file, text), undefined, true);
  if (result.diagnostics.length) throw new Error(ts.formatDiagnostics(result.diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
  const header = '// Generated by scripts/build.mjs from src/ (TypeScript declaration emit). Do not edit; run `npm run build`.\n';
  const src = join(outDir, 'src');
  const keep = [join(src, 'index.d.ts')];
  const seen = new Set();
  while (keep.length) {
    const file = keep.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = emitted.get(file);
    if (text === undefined || !file.startsWith(src + sep)) throw new Error(`the library's declarations refer to ${relative(outDir, file)}, which is not a declaration of src/`);
    for (const m of text.matchAll(/(?:from\s+|import\()['"](\.[^'"]+)['"]/g)) keep.push(join(dirname(file), m[1].replace(/\.js$/, '.d.ts')));
    emit(`dist/types/${relative(src, file).split(sep).join('/')}`, header + text);
  }
}

/** The license of each package bundled into dist/, from its own files in node_modules. */
function notices() {
  const packages = [...bundled.entries()]
    .map(([dir, outputs]) => {
      const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      const licenseFile = readdirSync(join(root, dir)).filter((f) => /^(licen[cs]e|copying)(\.|-|$)/i.test(f)).sort()[0];
      if (!licenseFile) throw new Error(`${pkg.name} has no license file in ${dir}; its notice must be written by hand`);
      const text = readFileSync(join(root, dir, licenseFile), 'utf8').replace(/\r\n/g, '\n').trim();
      return { name: pkg.name, version: pkg.version, license: pkg.license, outputs: [...outputs].sort(), text };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lines = [
    '# Third-party notices',
    '',
    'The bundles in `dist/` contain code from these packages, under their own licenses, reproduced',
    'below. Generated by `scripts/build.mjs` from the packages\' own license files; do not edit.',
    '',
  ];
  for (const p of packages) {
    lines.push(`## ${p.name} ${p.version} (${p.license})`, '', `Bundled into ${p.outputs.map((o) => `\`${o}\``).join(', ')}.`, '', '```text', p.text, '```', '');
  }
  emit('THIRD-PARTY-NOTICES.md', lines.join('\n'));
}

/** Files in dist/ that this build did not produce: removed (or, with --check, reported). */
function leftovers() {
  const walk = (dir) => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
  for (const path of existsSync(join(root, 'dist')) ? walk('dist') : []) {
    if (produced.has(path)) continue;
    stale.push(`${path} (no longer built)`);
    if (!check) rmSync(join(root, path));
  }
}

compileValidators();
if (!check || existsSync(join(root, 'src/generated/validators.js'))) {
  for (const name of VENDOR) await vendorBundle(name);
  await bundleProgramAndLibrary();
  await bundleCommand();
  if (existsSync(join(root, 'src/action/action.ts'))) await bundle('src/action/action.ts', 'dist/action.js', { plugins: [unusedHttpClient] });
  await bundle('src/lsp/main.ts', 'dist/language-server.js', { plugins: [libraryBeside] }, true);
  executable('dist/language-server.js');
  declarations();
  notices();
  leftovers();
}
if (check && stale.length) {
  console.error(`stale build outputs: ${stale.join(', ')} (run npm run build)`);
  process.exit(1);
}
