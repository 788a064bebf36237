/**
 * The published artifact, not the source tree: `npm pack` of this working tree (its built dist/),
 * installed from the tarball into a fresh project with no network (the package has no
 * dependencies), type-checked by a TypeScript program against the shipped declarations, imported
 * by node, and run as the `clusterlint` bin from node_modules/.bin.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, uriOf } from './lsp/client.js';
import { ROOT } from './helpers.js';

const BAD = 'Name: 9lives\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g:\n    DesiredVMCount: 1\n    ResourceType: OnDemand\n';
const INVALID_NAME = 'Specified parameter Name is not valid. It must only contain characters within [a-zA-Z0-9_-], and must not start with [0-9].';

const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error', NO_COLOR: '1' };

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, env: npmEnv, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: `${r.stdout}${r.stderr}` };
}

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string }>;
}

describe('the packed package', { timeout: 300_000 }, () => {
  let temp: string;
  let project: string;
  let packed: Packed;

  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'clusterlint-pack-'));
    const pack = run('npm', ['pack', '--json', '--pack-destination', temp], ROOT);
    expect(pack.status, pack.output).toBe(0);
    packed = (JSON.parse(pack.stdout) as Packed[])[0]!;
    project = join(temp, 'project');
    mkdirSync(join(project, 'specs'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{"name": "host", "private": true, "type": "module"}\n');
    writeFileSync(join(project, 'specs/bad.yaml'), BAD);
    writeFileSync(join(project, 'clusterlint.config.json'), '{"quotas": {"MaxClusterCount": 0}}\n');
    const install = run('npm', ['install', '--offline', '--no-package-lock', join(temp, packed.filename)], project);
    expect(install.status, install.output).toBe(0);
  });

  afterAll(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it('holds what users run and nothing else, with no dependencies', () => {
    const paths = packed.files.map((f) => f.path).sort();
    const required = ['LICENSE', 'README.md', 'THIRD-PARTY-NOTICES.md', 'package.json', 'dist/cli.js', 'dist/cli.cjs', 'dist/main.js', 'dist/program.cjs', 'dist/engine.js', 'dist/index.js', 'dist/language-server.js', 'dist/types/index.d.ts', 'dist/vendor/yaml.cjs', 'schemas/batchcompute-cluster.schema.json', 'schemas/containerservice-cluster.schema.json', 'schemas/clusterlint-config.schema.json'];
    for (const path of required) expect(paths).toContain(path);
    expect(paths.filter((p) => !/^(LICENSE|README\.md|THIRD-PARTY-NOTICES\.md|package\.json|dist\/(cli|engine|index|main|language-server)\.js|dist\/(cli|program)\.cjs|dist\/vendor\/[\w-]+\.cjs|dist\/types\/[\w/-]+\.d\.ts|schemas\/[\w-]+(\.schema)?\.json)$/.test(p))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules/clusterlint/package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies).toBeUndefined();
    expect(readFileSync(join(project, 'node_modules/clusterlint/LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} clusterlint contributors\n/);
  });

  it('keeps the license of every package bundled into what it ships', () => {
    const notices = readFileSync(join(project, 'node_modules/clusterlint/THIRD-PARTY-NOTICES.md'), 'utf8');
    // esbuild names each bundled module's path in a comment: every package found there has its notice.
    const shipped = ['dist/cli.js', 'dist/cli.cjs', 'dist/program.cjs', 'dist/engine.js', 'dist/index.js', 'dist/language-server.js', 'dist/vendor/yaml.cjs'].map((f) => readFileSync(join(project, 'node_modules/clusterlint', f), 'utf8')).join('\n');
    const packages = new Set([...shipped.matchAll(/^\/\/ node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm)].map((m) => m[1]!));
    expect([...packages].sort()).toEqual(expect.arrayContaining(['ajv', 'yaml']));
    for (const name of packages) {
      const section = new RegExp(`^## ${name.replace(/[.*+?^$()|[\]\\/]/g, '\\$&')} \\S+ \\((MIT|ISC|BSD-[23]-Clause|Apache-2\\.0)\\)\\n\\nBundled into [^\\n]+\\n\\n\`\`\`text\\n[^]*?(Permission|Licensed)[^]*?\`\`\`$`, 'm');
      expect(notices, name).toMatch(section);
    }
  });

  it('type-checks a TypeScript program against the shipped declarations (NodeNext)', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, include: ['*.ts'] }),
    );
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { codes, format, lintFiles, lintText, loadConfig, UsageError, type CodeInfo, type Diagnostic, type FileResult, type FormatName } from 'clusterlint';",
        "const one: FileResult = lintText('Name: x\\n', { filename: 'a.yaml', dialect: 'batchcompute', config: { quotas: { MaxClusterCount: 1 } } });",
        'const first: Diagnostic | undefined = one.diagnostics[0];',
        "const status: number | null = first ? first.status : null;",
        "const all: Promise<FileResult[]> = lintFiles(['specs'], { config: loadConfig({ cwd: '.' }), ignoreUnknown: true });",
        "const name: FormatName = 'sarif';",
        'const text: string = format([one], name, { color: false });',
        "const quota: CodeInfo | undefined = codes.find((c) => c.code === 'QuotaExhausted.MaxClusterCount');",
        'const error: Error = new UsageError("x");',
        'export { all, error, quota, status, text };',
        '',
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const ok = run(process.execPath, [tsc, '-p', '.'], project);
    expect(ok.output).toBe('');
    expect(ok.status).toBe(0);
    // The types are real: a format that does not exist and a misspelt option are errors.
    writeFileSync(join(project, 'wrong.ts'), "import { format, lintText } from 'clusterlint';\nformat([], 'xml');\nlintText('', { fileName: 'a.json' });\n");
    const wrong = run(process.execPath, [tsc, '-p', '.'], project);
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toContain('wrong.ts(2,12): error TS2345: Argument of type \'"xml"\' is not assignable to parameter of type \'FormatName\'.');
    expect(wrong.stdout).toMatch(/wrong\.ts\(3,16\): error TS2561: Object literal may only specify known properties, but 'fileName' does not exist in type 'LintTextOptions'/);
    rmSync(join(project, 'wrong.ts'));
  });

  it('imports without side effects, then lints text and files and formats them', () => {
    writeFileSync(
      join(project, 'main.mjs'),
      [
        "const cl = await import('clusterlint');",
        // Importing read no argument, printed nothing and set no exit code (the host's --port is its own).
        "console.log(JSON.stringify({ exitCode: process.exitCode ?? null, exports: Object.keys(cl).sort() }));",
        "const text = cl.lintText(process.env.BAD, { filename: 'inline.yaml' });",
        "const files = await cl.lintFiles(['specs']);",
        "console.log(JSON.stringify({ text: text.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`), files: files.map((r) => `${r.file} ${r.diagnostics.map((d) => d.code).join(',')}`), ignored: ['specs/bad.yaml', 'node_modules/x/bad.yaml'].map((p) => cl.isPathIgnored(p)) }));",
        "console.log(cl.format(files, 'stylish'));",
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, ['main.mjs', '--port', '8080', '--help'], { cwd: project, env: { ...npmEnv, BAD }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [imported, linted, ...report] = r.stdout.split('\n');
    expect(JSON.parse(imported!)).toEqual({ exitCode: null, exports: ['UsageError', 'codes', 'compareDiagnostics', 'explain', 'fixText', 'format', 'isPathIgnored', 'lintFiles', 'lintText', 'loadConfig'] });
    expect(JSON.parse(linted!)).toEqual({ text: ['1:7 InvalidName'], files: ['specs/bad.yaml QuotaExhausted.MaxClusterCount,InvalidName'], ignored: [false, true] });
    expect(report.join('\n')).toContain(`specs/bad.yaml\n  1:1     error    The MaxClusterCount (0) quota is exhausted.  QuotaExhausted.MaxClusterCount\n`);
    expect(report.join('\n')).toContain(`  1:7     error    ${INVALID_NAME}  InvalidName\n`);
  });

  it('runs the clusterlint bin from node_modules/.bin', () => {
    const r = run(join(project, 'node_modules/.bin/clusterlint'), ['--format', 'json', 'specs'], project);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as Array<{ file: string; errorCount: number; diagnostics: Array<{ code: string; line: number; column: number }> }>;
    expect(results.map((x) => [x.file, x.errorCount, x.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)])).toEqual([['specs/bad.yaml', 2, ['1:1 QuotaExhausted.MaxClusterCount', '1:7 InvalidName']]]);
    const version = run(join(project, 'node_modules/.bin/clusterlint'), ['--version'], project);
    expect(version.stdout).toBe(`${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
  });

  it('runs the clusterlint-language-server bin from node_modules/.bin', async () => {
    const session = await startSession([project], [join(project, 'node_modules/.bin/clusterlint-language-server'), '--stdio']);
    try {
      const uri = uriOf(join(project, 'specs/bad.yaml'));
      session.open(uri, readFileSync(join(project, 'specs/bad.yaml'), 'utf8'));
      // The quota comes from the workspace run over the project, which follows the buffer's own lint.
      const got = await session.diagnostics(uri, (p) => p.diagnostics.length === 2);
      expect(got.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`)).toEqual(['1:1 QuotaExhausted.MaxClusterCount', '1:7 InvalidName']);
    } finally {
      await session.close();
    }
  }, 30_000);
});
