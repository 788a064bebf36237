/**
 * The schemas as package assets: `clusterlint/schemas/…` resolves from a project that installed
 * clusterlint (ESM and CommonJS), the packed tarball ships them, and the SchemaStore-style catalog
 * associates the right files in both editor engines.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempTree } from '../helpers.js';
import { catalogAssociations, jsonEngine, SCHEMA_FILES, yamlEngine } from './engines.js';

const FILES = [...Object.values(SCHEMA_FILES), 'catalog.json'];

/** A project with clusterlint installed (node_modules/clusterlint links to this checkout, as `npm link` does). */
function installedProject(): string {
  const dir = tempTree({ 'package.json': '{"name": "specs", "private": true, "type": "module"}\n' });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'clusterlint'), 'dir');
  return dir;
}

describe('package exports', () => {
  it('clusterlint/schemas/<file> resolves from a project, through import.meta.resolve and require.resolve', () => {
    const project = installedProject();
    const script = `
      import { createRequire } from 'node:module';
      import { readFileSync } from 'node:fs';
      import { fileURLToPath } from 'node:url';
      const require = createRequire(import.meta.url);
      for (const f of ${JSON.stringify(FILES)}) {
        const viaImport = fileURLToPath(import.meta.resolve('clusterlint/schemas/' + f));
        const viaRequire = require.resolve('clusterlint/schemas/' + f);
        JSON.parse(readFileSync(viaImport, 'utf8'));
        console.log(f, viaImport === viaRequire, viaImport.endsWith('/schemas/' + f));
      }`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(FILES.map((f) => `${f} true true`));
  });

  it('the packed package ships every schema and the catalog', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
    const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files.filter((f) => f.startsWith('schemas/')).sort()).toEqual(FILES.map((f) => `schemas/${f}`).sort());
  });
});

describe('the catalog (schemas/catalog.json)', () => {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'schemas/catalog.json'), 'utf8')) as { schemas: Array<{ name: string; url: string; fileMatch: string[] }> };

  it("names each schema by its $id, one entry per schema", () => {
    const ids = Object.values(SCHEMA_FILES).map((f) => (JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8')) as { $id: string }).$id);
    expect(catalog.schemas.map((s) => s.url)).toEqual(ids);
  });

  const engines = [
    ['json', jsonEngine(catalogAssociations())],
    ['yaml', yamlEngine(catalogAssociations())],
  ] as const;
  const broken = { json: '{"Name": 1}', yaml: 'Name: 1\n' };

  for (const [name, engine] of engines) {
    it(`${name}: associates the names init writes and the config files, and leaves other files alone`, async () => {
      const flagged = async (file: string, text: string) => (await engine.validate(text, `file:///project/specs/${file}`)).length > 0;
      expect(await flagged(`cluster.batchcompute.${name}`, broken[name])).toBe(true);
      expect(await flagged(`nightly.batchcompute.${name === 'yaml' ? 'yml' : name}`, broken[name])).toBe(true);
      expect(await flagged(`web.containerservice.${name}`, name === 'json' ? '{"size": "2"}' : 'size: "2"\n')).toBe(true);
      expect(await flagged(`clusterlint.config.${name}`, name === 'json' ? '{"quotas": 1}' : 'quotas: 1\n')).toBe(true);
      expect(await flagged(`cluster.${name}`, broken[name])).toBe(false);
      expect(await flagged(`package.${name}`, broken[name])).toBe(false);
    });
  }
});
