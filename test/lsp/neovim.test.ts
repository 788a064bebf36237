/**
 * Neovim's built-in LSP client, headless (Debian's 0.7 here; `vim.lsp.start_client` and
 * `vim.lsp.buf_attach_client`), against the bundled server: the diagnostics Neovim holds for the
 * buffer are those `clusterlint --format json` reports, at the same places (Neovim keeps byte
 * columns, converted from the server's UTF-16 ones), and the fix-all action applied by Neovim
 * writes the file `--fix` writes. The spec is written here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { FileResult } from '../../src/api/diagnostic.js';
import { requireTool, ROOT, runBin, tempDir, tempTree } from '../helpers.js';
import { SERVER } from './client.js';

// Wide characters before findings on the same line: a group named in Chinese with an emoji, in a
// flow mapping, whose count is a string (a fix); a CIDR block with host bits set (a fix).
const SPEC = `# yaml-language-server: $schema=../schemas/batchcompute-cluster.schema.json
Name: transcode-夜间
ImageId: img-ubuntu-x
InstanceType: ecs.c6.large
Groups: {"转码🎬组": {DesiredVMCount: "4", ResourceType: OnDemand}, "b": {DesiredVMCount: 1.0, ResourceType: PrePaid}}
Configs:
  Networks:
    VPC: {CidrBlock: 192.168.7.1/24, VpcId: vpc-8vb3}
`;

it('Neovim (headless, built-in client) receives what --format json reports and applies the fixes as --fix does', (ctx) => {
  requireTool(ctx, 'nvim', 'apt-get install neovim');
  const dir = tempTree({ 'spec.yaml': SPEC });
  const out = join(tempDir(), 'seen.json');
  const cli = (JSON.parse(runBin(['--format', 'json', 'spec.yaml'], { cwd: dir }).stdout) as FileResult[])[0]!.diagnostics;
  expect(cli.map((d) => d.code)).toEqual(['InvalidName', 'InvalidDesiredVMCount', 'InvalidDesiredVMCount', 'InvalidCidrBlock']);
  const hovered = cli[1]!;
  // Asked before Neovim writes the fixed file.
  const sarif = JSON.parse(runBin(['--format', 'sarif', 'spec.yaml'], { cwd: dir }).stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } } }> };
  const links = new Map(sarif.runs[0]!.tool.driver.rules.map((rule) => [rule.id, rule.helpUri]));

  const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-S', join(ROOT, 'test/lsp/neovim.lua')], {
    cwd: dir,
    env: { ...process.env, SERVER, SPEC: join(dir, 'spec.yaml'), OUT: out, ROOT_DIR: dir, HOVER_LINE: String(hovered.line - 1), HOVER_CHARACTER: String(hovered.column - 1) },
    encoding: 'utf8',
    timeout: 90_000,
  });
  expect(r.status, r.stderr).toBe(0);
  const seen = JSON.parse(readFileSync(out, 'utf8')) as {
    error?: string;
    diagnostics: Array<Record<string, unknown>>;
    hover?: string;
    actions: string[];
  };
  expect(seen.error).toBeUndefined();
  const lines = SPEC.split('\n');
  // Neovim's columns are byte offsets into the line's UTF-8.
  const bytes = (line: number, column: number) => Buffer.byteLength(lines[line - 1]!.slice(0, column - 1));
  const order = (a: Record<string, unknown>, b: Record<string, unknown>) => (a.lnum as number) - (b.lnum as number) || (a.col as number) - (b.col as number);
  expect([...seen.diagnostics].sort(order)).toEqual(
    cli.map((d) => ({
      lnum: d.line - 1,
      col: bytes(d.line, d.column),
      end_lnum: d.endLine - 1,
      end_col: bytes(d.endLine, d.endColumn),
      severity: d.severity === 'error' ? 1 : 2,
      message: d.detail ? `${d.message}\n${d.detail}` : d.message,
      source: 'clusterlint',
      code: d.code,
      href: links.get(d.code),
    })),
  );
  // The group's count stands after 3 CJK characters and an emoji: UTF-16 column 36 (1-based) for
  // the CLI and the server, byte 43 (0-based) in Neovim.
  expect(hovered.column).toBe(36);
  expect(seen.diagnostics.find((d) => d.lnum === 4)).toMatchObject({ col: 43 });
  expect(seen.hover).toContain(runBin(['--explain', hovered.code]).stdout);
  expect(seen.actions).toEqual(['Fix all clusterlint findings that --fix fixes (3)']);
  const copy = join(tempDir(), 'spec.yaml');
  writeFileSync(copy, SPEC);
  runBin(['--fix', copy]);
  const written = readFileSync(join(dir, 'spec.yaml'));
  expect(written).toEqual(readFileSync(copy));
  expect(written.toString()).not.toBe(SPEC);
}, 120_000);
