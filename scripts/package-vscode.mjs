#!/usr/bin/env node
// Packages the VS Code extension (editors/vscode/) as a .vsix, offline:
//   node scripts/package-vscode.mjs [OUT.vsix]     (default: clusterlint-<version>.vsix here)
// A staging folder gets the extension's manifest and README, its code bundled with
// vscode-languageclient by esbuild (dist/extension.js; `vscode` is the editor's own), the language
// server with the library it loads (the package's dist/, under server/), the schemas, the license
// and the notices of every bundled package; `vsce package --no-dependencies` then packs that
// folder as it is. Run `npm run build` first: the server comes from dist/.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const extension = join(root, 'editors/vscode');
const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const out = resolve(process.argv[2] ?? `clusterlint-${manifest.version}.vsix`);
const SERVER_FILES = ['language-server.js', 'index.js', 'engine.js', 'vendor'];

for (const f of SERVER_FILES) {
  if (!existsSync(join(root, 'dist', f))) {
    console.error(`package-vscode: dist/${f} is missing; run npm run build first`);
    process.exit(2);
  }
}

const stage = mkdtempSync(join(tmpdir(), 'clusterlint-vscode-'));
try {
  for (const f of ['package.json', 'README.md']) cpSync(join(extension, f), join(stage, f));
  cpSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
  const result = await esbuild.build({
    entryPoints: [join(extension, 'src/extension.js')],
    outfile: join(stage, 'dist/extension.js'),
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    external: ['vscode'],
    // Inputs named relative to the repository, wherever the script runs from.
    absWorkingDir: root,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  for (const f of SERVER_FILES) cpSync(join(root, 'dist', f), join(stage, 'server', f), { recursive: true });
  // The server's bundles are ES modules; the extension's own code is CommonJS.
  writeFileSync(join(stage, 'server/package.json'), '{"type": "module"}\n');
  for (const f of readdirSync(join(root, 'schemas')).filter((n) => n.endsWith('.schema.json'))) cpSync(join(root, 'schemas', f), join(stage, 'schemas', f));
  writeFileSync(join(stage, 'THIRD-PARTY-NOTICES.md'), notices(result.metafile));
  const vscePackage = require.resolve('@vscode/vsce/package.json');
  const vsce = join(dirname(vscePackage), JSON.parse(readFileSync(vscePackage, 'utf8')).bin.vsce);
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: stage, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 2);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

/** The server's notices (the package's own file) and the license of each package in the extension's bundle. */
function notices(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
    if (m) dirs.add(m[1]);
  }
  const parts = [readFileSync(join(root, 'THIRD-PARTY-NOTICES.md'), 'utf8').trimEnd(), '', '## Bundled into `dist/extension.js`', ''];
  for (const dir of [...dirs].sort()) {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const file = readdirSync(join(root, dir)).filter((f) => /^(licen[cs]e|copying)(\.|-|$)/i.test(f)).sort()[0];
    if (!file) throw new Error(`${pkg.name} has no license file in ${dir}`);
    parts.push(`### ${pkg.name} ${pkg.version} (${pkg.license})`, '', '```text', readFileSync(join(root, dir, file), 'utf8').replace(/\r\n/g, '\n').trim(), '```', '');
  }
  return parts.join('\n');
}
