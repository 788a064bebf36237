/**
 * The language server driven by a real client (vscode-jsonrpc over the server's stdio, the server
 * started from the bundle): what it publishes is what `clusterlint --format json` reports on the
 * same text — codes, messages, severities and UTF-16 ranges — and its quick fixes leave a file as
 * `--fix` does. The specs are written here, not taken from the fixtures.
 */
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic as LspDiagnostic, TextEdit } from 'vscode-languageserver';
import type { Diagnostic, FileResult } from '../../src/api/diagnostic.js';
import { BIN, runBin, tempDir, tempTree } from '../helpers.js';
import { startSession, uriOf, type Session } from './client.js';
import { explain } from '../../src/index.js';

/**
 * What the CLI reports for `file` (run from its folder) judged as a folder's walk judges it
 * (`--ignore-unknown`: a file that is not a spec is skipped), as the server judges a buffer.
 */
function cliDiagnostics(dir: string, file: string): Diagnostic[] {
  const r = runBin(['--format', 'json', '--ignore-unknown', file], { cwd: dir });
  expect(r.stderr).toBe('');
  const results = JSON.parse(r.stdout) as FileResult[];
  return results.find((x) => x.file === file)?.diagnostics ?? [];
}

/** The SARIF help link of each code the CLI reports for `path`. */
function sarifLinks(dir: string, path: string): Map<string, string> {
  const r = runBin(['--format', 'sarif', path], { cwd: dir });
  const sarif = JSON.parse(r.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } } }> };
  return new Map(sarif.runs[0]!.tool.driver.rules.map((rule) => [rule.id, rule.helpUri]));
}

/** The CLI's diagnostics in the form the protocol gives them (0-based, end exclusive, UTF-16). */
function expected(ds: Diagnostic[], links: Map<string, string>): unknown[] {
  return ds.map((d) => ({
    range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
    severity: d.severity === 'error' ? 1 : 2,
    code: d.code,
    codeDescription: { href: links.get(d.code) },
    source: 'clusterlint',
    message: d.detail ? `${d.message}\n${d.detail}` : d.message,
  }));
}

const shown = (ds: LspDiagnostic[]) => ds.map(({ range, severity, code, codeDescription, source, message }) => ({ range, severity, code, codeDescription, source, message }));

/** Applies a code action's edit to a text, as a client does. */
function applyAction(text: string, uri: string, action: CodeAction): string {
  const edits = action.edit!.changes![uri] as TextEdit[];
  return TextDocument.applyEdits(TextDocument.create(uri, 'json', 1, text), edits);
}

// A Batch Compute spec with wide characters before findings on the same line (UTF-16 columns), a
// value of the wrong type, a CIDR block with host bits set and a misspelt key (three certain fixes).
const JSON_SPEC = `{
  "Name": "nightly-render", "Description": "渲染农场 🎬🎬 nightly", "ImageId": "",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {
    "frames": {"DesiredVMCount": "6", "ResourceType": "OnDemand"},
    "préview": {"DesiredVMCount": 2.0, "ResourceType": "Spot", "SpotStrategy": "SpotAsPriceGo"}
  },
  "Configs": {"Networks": {"VPC": {"CidrBlock": "172.16.9.9/20"}}},
  "Notifcation": {"Topic": {"Name": "render-events"}}
}
`;

// A Container Service spec in YAML with a plaintext password (the canary) and a misspelt field.
const CANARY = 'Zq7-canary-Secret!42';
const YAML_SPEC = `# a swarm cluster for the web tier
name: web-tier
size: 3
instance_type: ecs.g6.large
network_mode: vpc
subnet_cidr: 172.18.0.0/16
vpc_id: vpc-9tk2m
vswitch_id: vsw-4hd8q
password: ${CANARY}
data_disk_category: cloud_efficiency
data_disk_size: 10
io_optimized: yes
`;

describe('language server over stdio (vscode-jsonrpc client)', () => {
  let dir: string;
  let session: Session;

  beforeAll(async () => {
    dir = tempTree({ 'render.json': JSON_SPEC, 'web.yaml': YAML_SPEC, 'package.json': '{"name": "web", "version": "1.0.0", "private": true}\n' });
    session = await startSession([dir]);
  }, 30_000);
  afterAll(async () => {
    expect(session.output()).not.toContain(CANARY);
    await session.close();
  });

  it('announces its capabilities', () => {
    expect(session.initializeResult.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.clusterlint'] } });
  });

  it('publishes on open exactly what --format json reports (JSON, wide characters before findings)', async () => {
    const uri = uriOf(join(dir, 'render.json'));
    session.open(uri, JSON_SPEC);
    const got = await session.diagnostics(uri, (p) => p.version === 1);
    const cli = cliDiagnostics(dir, 'render.json');
    expect(cli.map((d) => d.code)).toEqual(['InvalidImageId', 'InvalidDesiredVMCount', 'InvalidDesiredVMCount', 'InvalidCidrBlock', 'UnknownParameter']);
    expect(shown(got)).toEqual(expected(cli, sarifLinks(dir, 'render.json')));
    // The ImageId on line 2 stands after 4 CJK characters and two emoji (two UTF-16 units each).
    expect(got[0]!.range).toEqual({ start: { line: 1, character: 75 }, end: { line: 1, character: 77 } });
  });

  it('publishes what --format json reports for YAML, with the secret masked in every message', async () => {
    const uri = uriOf(join(dir, 'web.yaml'));
    session.open(uri, YAML_SPEC);
    const got = await session.diagnostics(uri, (p) => p.version === 1);
    const cli = cliDiagnostics(dir, 'web.yaml');
    expect(cli.map((d) => d.code)).toEqual(['PlaintextSecret', 'InvalidDataDiskSize', 'InvalidIoOptimized']);
    expect(shown(got)).toEqual(expected(cli, sarifLinks(dir, 'web.yaml')));
    expect(JSON.stringify(got)).not.toContain(CANARY);
    // On the secret itself: the hover explains the code and quotes nothing of the buffer.
    const hover = await session.hover(uri, 8, 14);
    expect((hover!.contents as { value: string }).value.startsWith('**PlaintextSecret**')).toBe(true);
    expect(JSON.stringify(hover)).not.toContain(CANARY);
  });

  it('publishes nothing for a buffer that is not a spec, and a syntax error for a broken spec', async () => {
    const pkg = uriOf(join(dir, 'package.json'));
    session.open(pkg, readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(await session.diagnostics(pkg, (p) => p.version === 1)).toEqual([]);
    // A tsconfig with comments does not parse as JSON and is no spec: nothing either.
    const tsconfig = uriOf(join(dir, 'tsconfig.json'));
    session.open(tsconfig, '{\n  // strict mode\n  "compilerOptions": {"strict": true}\n}\n');
    expect(await session.diagnostics(tsconfig, (p) => p.version === 1)).toEqual([]);
    // A spec being typed, its last value unfinished: a syntax error, as a walk of the folder reports it.
    const broken = '{"Name": "a", "ImageId": "m-x", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}, "InstanceType": "ecs.';
    writeFileSync(join(dir, 'typing.json'), broken);
    const typing = uriOf(join(dir, 'typing.json'));
    session.open(typing, broken);
    const got = await session.diagnostics(typing, (p) => p.version === 1);
    expect(got.map((d) => d.code)).toEqual(['InvalidJsonFormat']);
    expect(shown(got)).toEqual(expected(cliDiagnostics(dir, 'typing.json'), sarifLinks(dir, 'typing.json')));
  });

  it('lints again after a change, as the CLI lints the changed text', async () => {
    const uri = uriOf(join(dir, 'web.yaml'));
    const changed = YAML_SPEC.replace('data_disk_size: 10', 'data_disk_size: 40').replace('io_optimized: yes', 'io_optimized: optimized');
    session.change(uri, 2, YAML_SPEC.replace('size: 3', 'size: 4'));
    session.change(uri, 3, changed);
    const got = await session.diagnostics(uri, (p) => p.version === 3);
    writeFileSync(join(dir, 'web-changed.yaml'), changed);
    expect(got.map((d) => d.code)).toEqual(['PlaintextSecret']);
    expect(shown(got)).toEqual(expected(cliDiagnostics(dir, 'web-changed.yaml'), sarifLinks(dir, 'web-changed.yaml')));
    // The debounce: the intermediate version 2 was never linted.
    expect(session.published.some((p) => p.uri === uri && p.version === 2)).toBe(false);
  });

  it('offers each --fix as a quick fix; the fixes applied through the client leave the file as --fix does', async () => {
    const uri = uriOf(join(dir, 'render.json'));
    const cidr = await session.codeActions(uri, { start: { line: 7, character: 50 }, end: { line: 7, character: 50 } }, ['quickfix']);
    expect(cidr.map((a) => a.title)).toEqual(['Fix InvalidCidrBlock: replace with "172.16.0.0/20"']);
    expect(cidr[0]!.diagnostics!.map((d) => d.code)).toEqual(['InvalidCidrBlock']);
    let text = JSON_SPEC;
    text = applyAction(text, uri, cidr[0]!);
    expect(text).toBe(JSON_SPEC.replace('"172.16.9.9/20"', '"172.16.0.0/20"'));
    // Every fix of the file at once, then compared byte for byte with --fix on a copy.
    const all = (await session.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll'])).filter((a) => a.kind === 'source.fixAll.clusterlint');
    expect(all).toHaveLength(1);
    const fixedByServer = applyAction(JSON_SPEC, uri, all[0]!);
    const copy = join(tempDir(), 'render.json');
    copyFileSync(join(dir, 'render.json'), copy);
    runBin(['--fix', copy]);
    expect(Buffer.from(fixedByServer)).toEqual(readFileSync(copy));
    expect(fixedByServer).not.toBe(JSON_SPEC);
    // The edited buffer, once the client sends it, has no fixable finding left.
    session.change(uri, 2, fixedByServer);
    const after = await session.diagnostics(uri, (p) => p.version === 2);
    expect(after.map((d) => d.code)).toEqual(['InvalidImageId']);
  });

  it('offers to suppress a YAML finding with a clusterlint-disable-next-line comment and a reason placeholder', async () => {
    const uri = uriOf(join(dir, 'web.yaml'));
    const text = YAML_SPEC.replace('data_disk_size: 10', 'data_disk_size: 40').replace('io_optimized: yes', 'io_optimized: optimized');
    // The buffer is at version 3 (the change test); the request is on the password's line.
    const actions = await session.codeActions(uri, { start: { line: 8, character: 12 }, end: { line: 8, character: 12 } });
    expect(actions.map((a) => a.title)).toEqual(['Suppress PlaintextSecret on this line (clusterlint-disable-next-line)']);
    const after = applyAction(text, uri, actions[0]!);
    expect(after).toBe(text.replace(`password: ${CANARY}`, `# clusterlint-disable-next-line PlaintextSecret -- reason\npassword: ${CANARY}`));
    session.change(uri, 4, after);
    expect(await session.diagnostics(uri, (p) => p.version === 4)).toEqual([]);
    // No suppression for JSON (it has no comments: the config's ignore is the way there).
    const json = await session.codeActions(uriOf(join(dir, 'render.json')), { start: { line: 1, character: 75 }, end: { line: 1, character: 75 } });
    expect(json.filter((a) => a.title.startsWith('Suppress'))).toEqual([]);
  });

  it('places findings and fixes after a byte-order mark that the buffer keeps (the CLI counts from after it)', async () => {
    const text = '\uFEFF{"Name": "bom", "ImageId": "m-x", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": "3", "ResourceType": "OnDemand"}}}\n';
    writeFileSync(join(dir, 'bom.json'), text);
    const uri = uriOf(join(dir, 'bom.json'));
    session.open(uri, text);
    const got = await session.diagnostics(uri, (p) => p.version === 1);
    const cli = cliDiagnostics(dir, 'bom.json');
    expect(cli.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual(['InvalidDesiredVMCount@1:104']);
    // One UTF-16 unit more on line 1 in the buffer, which holds the mark as its first character.
    expect(got.map((d) => d.range)).toEqual([{ start: { line: 0, character: 104 }, end: { line: 0, character: 107 } }]);
    const [fix] = await session.codeActions(uri, got[0]!.range, ['quickfix']);
    const fixed = applyAction(text, uri, fix!);
    const copy = join(tempDir(), 'bom.json');
    copyFileSync(join(dir, 'bom.json'), copy);
    runBin(['--fix', copy]);
    expect(Buffer.from(fixed)).toEqual(readFileSync(copy));
  });

  it('fix-all leaves the text as --fix does when a fix reveals another (the quoted count under a renamed key), in a file whose lines end with CR alone', async () => {
    const text = '{\r  "Name": "cr",\r  "ImageId": "m-x",\r  "InstanceType": "ecs.sn1.medium",\r  "Groups": {"g": {"DesiredVMCont": "2", "ResourceType": "OnDemand"}},\r  "Configs": {"Networks": {"VPC": {"VpcId": "vpc-1", "CidrBlock": "10.0.0.1/16"}}}\r}\r';
    writeFileSync(join(dir, 'cr.json'), text);
    const uri = uriOf(join(dir, 'cr.json'));
    session.open(uri, text);
    const got = await session.diagnostics(uri, (p) => p.version === 1);
    expect(got.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`)).toEqual(expected(cliDiagnostics(dir, 'cr.json'), sarifLinks(dir, 'cr.json')).map((d) => { const x = d as { code: string; range: { start: { line: number; character: number } } }; return `${x.code}@${x.range.start.line}:${x.range.start.character}`; }));
    const [cidr] = await session.codeActions(uri, got.find((d) => d.code === 'InvalidCidrBlock')!.range, ['quickfix']);
    expect(applyAction(text, uri, cidr!)).toBe(text.replace('10.0.0.1/16', '10.0.0.0/16'));
    const all = (await session.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll'])).filter((a) => a.kind === 'source.fixAll.clusterlint');
    const copy = join(tempDir(), 'cr.json');
    copyFileSync(join(dir, 'cr.json'), copy);
    runBin(['--fix', copy]);
    expect(readFileSync(copy, 'utf8')).toContain('"DesiredVMCount": 2');
    expect(Buffer.from(applyAction(text, uri, all[0]!))).toEqual(readFileSync(copy));
  });

  it('shows --explain for the code of the finding under the cursor', async () => {
    const uri = uriOf(join(dir, 'render.json'));
    const hover = await session.hover(uri, 1, 76);
    const explain = runBin(['--explain', 'InvalidImageId']).stdout;
    expect(hover!.contents).toMatchObject({ kind: 'markdown' });
    const value = (hover!.contents as { value: string }).value;
    expect(value).toContain(explain);
    expect(value.startsWith('**InvalidImageId** ([catalogue](https://github.com/clusterlint/clusterlint#')).toBe(true);
    expect(hover!.range).toEqual({ start: { line: 1, character: 75 }, end: { line: 1, character: 77 } });
    expect(await session.hover(uri, 2, 3)).toBeNull();
  });
});

describe('language server: config, checks across files, hostile buffers', () => {
  const spec = (name: string, token: string, count = 2) =>
    `Name: ${name}\nImageId: m-2ze4ngtrjd3gsdk8n2yb\nInstanceType: ecs.sn1.medium\nIdempotentToken: ${token}\nGroups:\n  main:\n    DesiredVMCount: ${count}\n    ResourceType: OnDemand\n`;

  it('applies the workspace config and reads it again when it changes, without a restart', async () => {
    const dir = tempTree({ 'specs/a.yaml': spec('alpha', 'tok_a', 0) });
    const session = await startSession([dir]);
    try {
      const uri = uriOf(join(dir, 'specs/a.yaml'));
      session.open(uri, spec('alpha', 'tok_a', 0));
      expect((await session.diagnostics(uri, (p) => p.version === 1)).map((d) => `${d.code}:${d.severity}`)).toEqual(['InvalidDesiredVMCount:2']);
      const count = session.published.length;
      writeFileSync(join(dir, 'clusterlint.config.yaml'), 'severity:\n  InvalidDesiredVMCount: error\n');
      void session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'clusterlint.config.yaml')), type: 1 }] });
      const got = await session.diagnostics(uri, (p) => session.published.indexOf(p) >= count && p.diagnostics.some((d) => d.severity === 1));
      expect(got.map((d) => `${d.code}:${d.severity}`)).toEqual(['InvalidDesiredVMCount:1']);
      expect(shown(got)).toEqual(expected(cliDiagnostics(join(dir, 'specs'), 'a.yaml'), sarifLinks(join(dir, 'specs'), 'a.yaml')));
      // A config saved from the editor applies too: the code turned off.
      writeFileSync(join(dir, 'clusterlint.config.yaml'), 'severity:\n  InvalidDesiredVMCount: "off"\n');
      const config = uriOf(join(dir, 'clusterlint.config.yaml'));
      session.open(config, readFileSync(join(dir, 'clusterlint.config.yaml'), 'utf8'));
      session.save(config);
      expect(await session.diagnostics(uri, (p) => p.diagnostics.length === 0)).toEqual([]);
      // A broken config: the editor is told once, and the buffer gets no findings from a config it cannot read.
      writeFileSync(join(dir, 'clusterlint.config.yaml'), 'severity:\n  InvalidDesiredVMCont: "off"\n');
      session.change(uri, 2, spec('alpha', 'tok_a', 0));
      expect(await session.diagnostics(uri, (p) => p.version === 2)).toEqual([]);
      expect(session.alive()).toBe(true);
    } finally {
      await session.close();
    }
  }, 30_000);

  it('gives nothing to a buffer the workspace walk passes over (exclude, include, node_modules), as clusterlint . reports nothing there', async () => {
    const files = { 'specs/a.yaml': spec('alpha', 'tok_a', 0), 'archive/old.yaml': spec('old', 'tok_o', 0), 'node_modules/pkg/c.yaml': spec('pkg', 'tok_c', 0) };
    const dir = tempTree({ ...files, 'clusterlint.config.yaml': 'exclude: ["archive/**"]\n' });
    const session = await startSession([dir]);
    try {
      const uris = Object.keys(files).map((f) => uriOf(join(dir, f)));
      for (const [i, f] of Object.keys(files).entries()) session.open(uris[i]!, files[f as keyof typeof files]);
      const shownOn = async () => Promise.all(uris.map(async (u) => (await session.diagnostics(u, (p) => p.version === 1)).map((d) => d.code)));
      const cliFiles = () => (JSON.parse(runBin(['--format', 'json', '.'], { cwd: dir }).stdout) as FileResult[]).filter((r) => r.diagnostics.length).map((r) => r.file);
      expect(await shownOn()).toEqual([['InvalidDesiredVMCount'], [], []]);
      expect(cliFiles()).toEqual(['specs/a.yaml']);
      // The config now reads only the archive: the buffers are linted again, and follow it.
      const count = session.published.length;
      writeFileSync(join(dir, 'clusterlint.config.yaml'), 'include: ["archive/*.yaml"]\n');
      void session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'clusterlint.config.yaml')), type: 2 }] });
      await session.diagnostics(uris[1]!, (p) => session.published.indexOf(p) >= count && p.diagnostics.length > 0);
      expect(await shownOn()).toEqual([[], ['InvalidDesiredVMCount'], []]);
      expect(cliFiles()).toEqual(['archive/old.yaml']);
    } finally {
      await session.close();
    }
  }, 30_000);

  it('reports the checks across files over the workspace, the open buffer preferred, refreshed on save', async () => {
    const dir = tempTree({
      'clusterlint.config.json': '{"quotas": {"MaxClusterCount": 2}}\n',
      'a.yaml': spec('alpha', 'tok_shared'),
      'b.yaml': spec('beta', 'tok_b'),
      'c.yaml': spec('gamma', 'tok_c'),
    });
    const session = await startSession([dir]);
    try {
      const b = uriOf(join(dir, 'b.yaml'));
      const c = uriOf(join(dir, 'c.yaml'));
      // c.yaml is closed: the third cluster of the workspace is over the quota there.
      const onC = await session.diagnostics(c, (p) => p.diagnostics.length > 0);
      const cli = JSON.parse(runBin(['--format', 'json', '.'], { cwd: dir }).stdout) as FileResult[];
      expect(shown(onC)).toEqual(expected(cli.find((r) => r.file === 'c.yaml')!.diagnostics, sarifLinks(dir, '.')));
      expect(onC.map((d) => d.code)).toEqual(['QuotaExhausted.MaxClusterCount']);
      // b.yaml, open and not saved, reuses a.yaml's token with another body: its text is what counts.
      const unsaved = spec('beta-two', 'tok_shared');
      session.open(b, unsaved);
      session.save(b);
      const onB = await session.diagnostics(b, (p) => p.diagnostics.some((d) => d.code === 'IdempotentTokenMismatch'));
      writeFileSync(join(dir, 'b.yaml'), unsaved);
      const cliAfter = JSON.parse(runBin(['--format', 'json', '.'], { cwd: dir }).stdout) as FileResult[];
      expect(shown(onB)).toEqual(expected(cliAfter.find((r) => r.file === 'b.yaml')!.diagnostics, sarifLinks(dir, '.')));
      expect(onB.find((d) => d.code === 'IdempotentTokenMismatch')!.message).toContain('a.yaml:4');
    } finally {
      await session.close();
    }
  }, 30_000);

  it('links each code to its documentation after more distinct codes than it keeps links for (keys typed into UserData)', async () => {
    const dir = tempTree({});
    const session = await startSession([dir]);
    try {
      const uri = uriOf(join(dir, 'ud.yaml'));
      // 900 keys each, then 900 others: 1,800 distinct codes (InvalidUserData.{key}.value), past the 1,024 links kept.
      const body = (prefix: string) => `Name: ud\nImageId: m-2ze4ngtrjd3gsdk8n2yb\nInstanceType: ecs.sn1.medium\nGroups:\n  g:\n    DesiredVMCount: 1\n    ResourceType: OnDemand\nUserData:\n${Array.from({ length: 900 }, (_, i) => `  ${prefix}${i}: ${i}\n`).join('')}`;
      session.open(uri, body('K'));
      const first = await session.diagnostics(uri, (p) => p.version === 1);
      session.change(uri, 2, body('L'));
      const second = await session.diagnostics(uri, (p) => p.version === 2);
      for (const [got, prefix] of [[first, 'K'], [second, 'L']] as const) {
        // Each key's value, and UserData's size (at most 64 members).
        expect(new Set(got.map((d) => d.code))).toEqual(new Set(['InvalidUserData', ...Array.from({ length: 900 }, (_, i) => `InvalidUserData.${prefix}${i}.value`)]));
        for (const d of got) expect(d.codeDescription?.href).toBe(explain(String(d.code)).url);
        expect(new Set(got.map((d) => d.codeDescription?.href)).size).toBe(2);
      }
    } finally {
      await session.close();
    }
  }, 30_000);

  it('bounds huge and hostile buffers as the CLI does and stays alive', async () => {
    const dir = tempTree({ 'clusterlint.config.json': '{"maxFileSize": 65536}\n' });
    const session = await startSession([dir], [BIN, '--lsp', '--stdio']);
    try {
      const buffers: Record<string, string> = {
        'huge.json': `{"Name": "big", "ImageId": "m-x", "Description": "${'x'.repeat(200_000)}"}`,
        'deep.json': `{"Name": "deep", "ImageId": "m-x", "UserData": ${'['.repeat(30_000)}`,
        'bomb.yaml': `Name: bomb\nImageId: m-x\nUserData:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nGroups: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`,
        'surrogates.json': `{"Name": "\uD800x\uDFFF", "ImageId": "m-\uDBFF", "Groups": {}}`,
        'binary.yaml': String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536)),
      };
      for (const [name, text] of Object.entries(buffers)) {
        const uri = uriOf(join(dir, name));
        writeFileSync(join(dir, name), text);
        session.open(uri, text);
        const got = await session.diagnostics(uri, (p) => p.version === 1);
        expect(shown(got)).toEqual(expected(cliDiagnostics(dir, name), sarifLinks(dir, name)));
      }
      expect((await session.diagnostics(uriOf(join(dir, 'huge.json')))).map((d) => d.code)).toEqual(['FileTooLarge']);
      expect((await session.diagnostics(uriOf(join(dir, 'deep.json')))).map((d) => d.code)).toEqual(['InvalidJsonFormat']);
      // Requests on every kind of position still answer, and a plain spec is linted afterwards.
      for (const name of Object.keys(buffers)) {
        await session.hover(uriOf(join(dir, name)), 0, 5);
        await session.codeActions(uriOf(join(dir, name)), { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } });
      }
      const ok = uriOf(join(dir, 'ok.yaml'));
      session.open(ok, spec('fine', 'tok_fine'));
      expect(await session.diagnostics(ok, (p) => p.version === 1)).toEqual([]);
      expect(session.alive()).toBe(true);
      expect(session.output()).not.toMatch(/internal error/);
    } finally {
      await session.close();
    }
  }, 60_000);
});
