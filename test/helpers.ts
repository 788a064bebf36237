/**
 * Shared test helpers: lint text in memory, run the CLI in-process or as the real bundled
 * program, and render diagnostics as the one-line golden format.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'vitest';
import type { Diagnostic, FileResult } from '../src/api/diagnostic.js';
import type { ClusterlintConfig } from '../src/config/config-types.js';
import { lintAll, type LintInput } from '../src/run/run.js';
import type { DialectName } from '../src/api/rule-api.js';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The bundled program, as users run it. */
export const BIN = join(ROOT, 'dist/cli.js');

/** Lints in-memory files (name → text) and returns every diagnostic, sorted as the CLI sorts them. */
export function lintTexts(files: Record<string, string | Uint8Array>, options: { config?: ClusterlintConfig; dialect?: DialectName; explicit?: boolean } = {}): Diagnostic[] {
  return lintResults(files, options).flatMap((r) => r.diagnostics);
}

/** Lints in-memory files and returns the per-file results. */
export function lintResults(files: Record<string, string | Uint8Array>, options: { config?: ClusterlintConfig; dialect?: DialectName; explicit?: boolean } = {}): FileResult[] {
  const inputs: LintInput[] = Object.entries(files).map(([file, text]) => ({
    file,
    bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
    explicit: options.explicit ?? true,
  }));
  return lintAll(inputs, { config: options.config ?? {}, baseDir: process.cwd(), cwd: process.cwd(), ...(options.dialect ? { dialect: options.dialect } : {}) });
}

/** Lints one text and returns its diagnostics. */
export function lintText(text: string, name = 'spec.json', options: { config?: ClusterlintConfig; dialect?: DialectName } = {}): Diagnostic[] {
  return lintTexts({ [name]: text }, options);
}

/** One diagnostic as one line: `3:13-3:24 error InvalidCidrBlock 400 /pointer message | detail`. */
export function goldenLine(d: Diagnostic): string {
  return diagnosticLine(d, '');
}

/**
 * One diagnostic as a line of a golden file: as `goldenLine`, with the id of the rule (or schema)
 * that found it after the status: `3:13-3:24 error InvalidCidrBlock 400 cidr-block /pointer message | detail`.
 */
export function goldenFileLine(d: Diagnostic): string {
  return diagnosticLine(d, ` ${d.rule}`);
}

function diagnosticLine(d: Diagnostic, rule: string): string {
  const doc = d.document ? `#${d.document} ` : '';
  const detail = d.detail ? ` | ${d.detail}` : '';
  return `${doc}${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code} ${d.status ?? '-'}${rule} ${d.pointer || '/'} ${d.message}${detail}`;
}

/** A short form for assertions: `severity:code@line:column pointer`. */
export function brief(d: Diagnostic): string {
  return `${d.severity}:${d.code}@${d.line}:${d.column} ${d.pointer || '/'}`;
}

// Every temporary directory a test makes is removed when its test file's process ends.
const temporary: string[] = [];
process.once('exit', () => {
  for (const dir of temporary) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A folder a test left locked (chmod 000) as a non-root user: the system's tmp cleaner gets it.
    }
  }
});

/** A new empty temporary directory, removed when the test process ends. */
export function tempDir(prefix = 'clusterlint-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** Makes a temporary directory holding the given files (paths may have folders). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** Runs the bundled program as a user would. */
export function runBin(args: string[], options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A test that needs a tool this machine may lack (`tool --version` must succeed): without it the
 * test is skipped, with the reason shown by the reporter, and fails instead when `CI` is set
 * (.ci/run installs what CI needs). `install` says how to get the tool.
 */
export function requireTool(ctx: TestContext, tool: string, install: string): void {
  const found = spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;
  if (found) return;
  const reason = `${tool} is not installed (${install})`;
  if (process.env.CI) throw new Error(`${reason}; CI must have it`);
  // Printed too: the default reporter counts skipped tests without their notes.
  console.warn(`skipped "${ctx.task.name}": ${reason}`);
  ctx.skip(reason);
}

/**
 * A copy of the bundle (dist/) that any user can run: tests that run the program as another user
 * (nobody) cannot reach a clone inside a private folder (any `mktemp -d`, any home directory).
 */
export function openBundle(): string {
  const dir = tempDir('clusterlint-bundle-');
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
  chmodSync(dir, 0o755);
  return join(dir, 'dist/cli.js');
}
