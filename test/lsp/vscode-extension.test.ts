/**
 * The VS Code extension (editors/vscode/) packaged by `vsce` as it is published
 * (scripts/package-vscode.mjs, offline): its manifest activates on the spec languages and files
 * and associates the bundled schemas; the bundled extension needs nothing but `vscode` and Node's
 * own modules; and the language server packed in the .vsix runs from there and lints.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir, tempTree } from '../helpers.js';
import { startSession, uriOf } from './client.js';

/** The files of a zip archive (a .vsix), by name: read from its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** A schema association of the manifest (`jsonValidation`, `yamlValidation`). */
interface Association {
  fileMatch: string | string[];
  url: string;
}

/** The parts of the extension's manifest under test. */
interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: { jsonValidation: Association[]; yamlValidation: Association[] };
}

describe('VS Code extension', () => {
  let files: Map<string, Buffer>;
  let manifest: Manifest;

  beforeAll(() => {
    const vsix = join(tempDir(), 'clusterlint.vsix');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/package-vscode.mjs'), vsix], { cwd: tempDir(), encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('DONE  Packaged');
    files = unzip(readFileSync(vsix));
    manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8')) as Manifest;
  }, 150_000);

  it('packs the extension, the server with the library it loads, the schemas and the notices', () => {
    expect([...files.keys()].filter((f) => f.startsWith('extension/')).sort()).toEqual([
      'extension/LICENSE.txt',
      'extension/THIRD-PARTY-NOTICES.md',
      'extension/dist/extension.js',
      'extension/package.json',
      'extension/readme.md',
      'extension/schemas/batchcompute-cluster.schema.json',
      'extension/schemas/clusterlint-config.schema.json',
      'extension/schemas/containerservice-cluster.schema.json',
      'extension/server/engine.js',
      'extension/server/index.js',
      'extension/server/language-server.js',
      'extension/server/package.json',
      'extension/server/vendor/yaml.cjs',
    ]);
    // The schemas are the package's own, byte for byte.
    for (const f of ['batchcompute-cluster', 'containerservice-cluster', 'clusterlint-config']) {
      expect(files.get(`extension/schemas/${f}.schema.json`)).toEqual(readFileSync(join(ROOT, `schemas/${f}.schema.json`)));
    }
    expect(files.get('extension/THIRD-PARTY-NOTICES.md')!.toString()).toContain('### vscode-languageclient ');
  });

  it('activates on JSON and YAML files and on workspaces with specs or a config', () => {
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.activationEvents).toEqual([
      'onLanguage:json',
      'onLanguage:jsonc',
      'onLanguage:yaml',
      'workspaceContains:**/clusterlint.config.{json,yaml,yml}',
      'workspaceContains:**/*.{batchcompute,containerservice}.{json,yaml,yml}',
    ]);
  });

  it('associates each schema with the files the schema catalog names, JSON and YAML', () => {
    const catalog = JSON.parse(readFileSync(join(ROOT, 'schemas/catalog.json'), 'utf8')) as { schemas: Array<{ fileMatch: string[]; url: string }> };
    const byUrl = (entries: Association[]) => {
      const map = new Map<string, string[]>();
      for (const e of entries) map.set(e.url.replace('./schemas/', ''), [...(map.get(e.url.replace('./schemas/', '')) ?? []), ...[e.fileMatch].flat()]);
      return map;
    };
    const associated = byUrl([...manifest.contributes.jsonValidation, ...manifest.contributes.yamlValidation]);
    expect(Object.fromEntries([...associated].map(([k, v]) => [k, [...v].sort()]))).toEqual(
      Object.fromEntries(catalog.schemas.map((s) => [s.url.split('/').pop()!, [...s.fileMatch].sort()])),
    );
    for (const url of associated.keys()) expect(files.has(`extension/schemas/${url}`)).toBe(true);
  });

  it('bundles its client: the extension requires only vscode and Node modules', () => {
    const code = files.get('extension/dist/extension.js')!.toString('utf8');
    const required = new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!.replace(/^node:/, '')));
    expect(required.has('vscode')).toBe(true);
    expect([...required].filter((m) => m !== 'vscode' && !builtinModules.includes(m))).toEqual([]);
  });

  it('runs the server packed in the .vsix', async () => {
    const unpacked = tempDir();
    for (const [name, data] of files) {
      if (!name.startsWith('extension/')) continue;
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), data);
    }
    const dir = tempTree({});
    const session = await startSession([dir], [join(unpacked, 'extension/server/language-server.js'), '--stdio']);
    try {
      const uri = uriOf(join(dir, 'web.containerservice.yaml'));
      session.open(uri, 'name: web\nsize: 2\ninstance_type: ecs.g6.large\nnetwork_mode: classic\n');
      const got = await session.diagnostics(uri, (p) => p.version === 1);
      expect(got.map((d) => d.code)).toContain('InvalidNetworkMode');
    } finally {
      await session.close();
    }
  }, 30_000);
});
