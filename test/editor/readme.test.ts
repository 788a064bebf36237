/**
 * The README's "Editors" settings are copy-paste ready: the VS Code settings, fed to the real
 * engines from a project that installed clusterlint, associate the files the catalog names; the
 * JetBrains and Neovim snippets name the same schema files and patterns as the catalog.
 */
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, tempTree } from '../helpers.js';
import { jsonEngine, yamlEngine, type Association } from './engines.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const EDITORS = README.slice(README.indexOf('\n## Editors'));
const CATALOG = JSON.parse(readFileSync(join(ROOT, 'schemas/catalog.json'), 'utf8')) as { schemas: Array<{ url: string; fileMatch: string[] }> };

/** The catalog as `schema file → patterns`, the form every snippet is compared with. */
const EXPECTED = Object.fromEntries(CATALOG.schemas.map((s) => [s.url.split('/').pop()!, [...s.fileMatch].sort()]));

/** The first fenced block of a language after a heading of the Editors section. */
function block(heading: string, lang: string): string {
  const from = EDITORS.indexOf(`### ${heading}`);
  const start = EDITORS.indexOf(`\`\`\`${lang}\n`, from) + lang.length + 4;
  return EDITORS.slice(start, EDITORS.indexOf('\n```', start));
}

function group(pairs: Array<[string, string]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [file, pattern] of pairs) (out[file] ??= []).push(pattern);
  for (const list of Object.values(out)) list.sort();
  return out;
}

describe('README: VS Code settings', () => {
  const settings = JSON.parse(block('VS Code', 'json')) as { 'json.schemas': Array<{ fileMatch: string[]; url: string }>; 'yaml.schemas': Record<string, string[]> };
  const name = (url: string) => url.split('/').pop()!;

  it('name the catalog\'s schema files and patterns', () => {
    const pairs: Array<[string, string]> = [
      ...settings['json.schemas'].flatMap((s) => s.fileMatch.map((p) => [name(s.url), p] as [string, string])),
      ...Object.entries(settings['yaml.schemas']).flatMap(([url, patterns]) => patterns.map((p) => [name(url), p] as [string, string])),
    ];
    expect(group(pairs)).toEqual(EXPECTED);
  });

  it('work in the engines from a project that installed clusterlint (paths relative to the workspace folder)', async () => {
    const project = tempTree({ 'package.json': '{}' });
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'clusterlint'), 'dir');
    const workspace = `${pathToFileURL(project).href}/`;
    const resolve = (url: string) => new URL(url, workspace).href;
    const json: Association[] = settings['json.schemas'].map((s) => ({ url: resolve(s.url), fileMatch: s.fileMatch }));
    const yaml: Association[] = Object.entries(settings['yaml.schemas']).map(([url, fileMatch]) => ({ url: resolve(url), fileMatch }));
    expect(await jsonEngine(json).validate('{"Name": 1}', `${workspace}specs/etl.batchcompute.json`)).toHaveLength(3);
    expect(await yamlEngine(yaml).validate('size: "2"\n', `${workspace}web.containerservice.yml`)).not.toHaveLength(0);
    expect(await yamlEngine(yaml).validate('quotas: 1\n', `${workspace}clusterlint.config.yaml`)).toHaveLength(1);
  });
});

describe('README: JetBrains and Neovim', () => {
  it('the .idea/jsonSchemas.xml maps the catalog\'s patterns to files under node_modules/clusterlint/schemas/', () => {
    const xml = block('JetBrains IDEs', 'xml');
    const pairs: Array<[string, string]> = [];
    for (const entry of xml.split('<entry ').slice(1)) {
      const schema = /name="relativePathToSchema" value="node_modules\/clusterlint\/schemas\/([^"]+)"/.exec(entry)![1]!;
      for (const m of entry.matchAll(/name="path" value="([^"]+)"/g)) pairs.push([schema, m[1]!]);
    }
    expect(group(pairs)).toEqual(EXPECTED);
  });

  it('the Neovim settings map the catalog\'s patterns, for jsonls and for yamlls', () => {
    const lua = block('Neovim', 'lua');
    const json = [...lua.matchAll(/fileMatch = \{ ([^}]+) \}, url = vim\.uri_from_fname\(schemas \.\. '([^']+)'\)/g)].flatMap((m) =>
      [...m[1]!.matchAll(/'([^']+)'/g)].map((p) => [m[2]!, p[1]!] as [string, string]),
    );
    const yaml = [...lua.matchAll(/\[schemas \.\. '([^']+)'\] = \{ ([^}]+) \}/g)].flatMap((m) =>
      [...m[2]!.matchAll(/'([^']+)'/g)].map((p) => [m[1]!, p[1]!] as [string, string]),
    );
    expect(group([...json, ...yaml])).toEqual(EXPECTED);
  });
});
