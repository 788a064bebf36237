/**
 * A language client for the tests: the server started as its own process from the bundle
 * (dist/language-server.js, or `dist/cli.js --lsp`), spoken to through vscode-jsonrpc — the
 * message layer of VS Code's own client. Every byte the server writes is kept, so a test can
 * assert that no message at all carries a secret.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { CodeAction, Diagnostic, Hover, InitializeResult, PublishDiagnosticsParams, Range } from 'vscode-languageserver';
import { ROOT } from '../helpers.js';

/** The language server bundle. */
export const SERVER = join(ROOT, 'dist/language-server.js');

/** A running server and the client side of its connection. */
export interface Session {
  connection: MessageConnection;
  process: ChildProcess;
  /** Everything the server wrote to standard output and standard error. */
  output(): string;
  /** The latest diagnostics of a document once `accept` takes them (waits up to `timeout` ms). */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeout?: number): Promise<Diagnostic[]>;
  /** Every publishDiagnostics received so far, in order. */
  published: PublishDiagnosticsParams[];
  open(uri: string, text: string, languageId?: string, version?: number): void;
  change(uri: string, version: number, text: string): void;
  save(uri: string): void;
  codeActions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]>;
  hover(uri: string, line: number, character: number): Promise<Hover | null>;
  initializeResult: InitializeResult;
  /** Whether the process is still running. */
  alive(): boolean;
  close(): Promise<void>;
}

/** The file URI of a path. */
export const uriOf = (path: string): string => pathToFileURL(path).href;

/** Starts the server and initializes it with the given workspace folders. */
export async function startSession(folders: string[], args: string[] = [SERVER, '--stdio'], capabilities: Record<string, unknown> = {}): Promise<Session> {
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, DEBUG: '' } });
  let raw = '';
  child.stdout!.on('data', (b: Buffer) => (raw += b.toString('utf8')));
  child.stderr!.on('data', (b: Buffer) => (raw += b.toString('utf8')));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<() => void> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of waiters.splice(0)) w();
  });
  // Requests a server may send: answered as an editor would.
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onRequest('workspace/configuration', () => []);
  connection.listen();
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const initializeResult = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folders[0] ? uriOf(folders[0]) : null,
    workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: f })),
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } }, ...capabilities },
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});
  const latest = (uri: string) => [...published].reverse().find((p) => p.uri === uri);
  return {
    connection,
    process: child,
    output: () => raw,
    published,
    initializeResult,
    async diagnostics(uri, accept = () => true, timeout = 15_000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const p = latest(uri);
        if (p && accept(p)) return p.diagnostics;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no accepted diagnostics for ${uri} (last: ${JSON.stringify(p)})`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, left);
          waiters.push(() => (clearTimeout(t), r()));
        });
      }
    },
    open(uri, text, languageId = uri.endsWith('.json') ? 'json' : 'yaml', version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, text) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    save(uri) {
      void connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    },
    codeActions(uri, range, only) {
      return connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } }) as Promise<CodeAction[]>;
    },
    hover(uri, line, character) {
      return connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;
    },
    alive: () => child.exitCode === null && child.signalCode === null,
    async close() {
      if (child.exitCode === null) {
        await connection.sendRequest('shutdown').catch(() => undefined);
        await connection.sendNotification('exit').catch(() => undefined);
        const timer = setTimeout(() => child.kill(), 5000);
        await exited;
        clearTimeout(timer);
      }
      connection.dispose();
    },
  };
}
