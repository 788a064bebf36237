/**
 * The language server (issue 18): every finding of `clusterlint --format json`, with its code,
 * documented message and exact range, in any editor that speaks the Language Server Protocol. A
 * thin user of the library (SPEC §8), which it reaches only through src/index.ts:
 *
 * - a buffer is linted on open and (debounced) on change, with the config found from its folder
 *   upward, read again at each lint (so an edited config applies without a restart); it is judged
 *   as a directory walk judges a file (`ignoreUnknown`): a buffer that is not a spec gets nothing,
 *   nor one that a walk of its workspace folder passes over (the config's include and exclude);
 * - the checks across files (SPEC §4) run over the workspace folders, the open buffers' text
 *   preferred, when the server starts, when a spec is opened or saved and when a file changes on
 *   disk; their findings replace the ones a buffer alone gives while the buffer is as it was then;
 * - code actions: each `--fix` of SPEC §10 as a quick fix, all of a file's fixes at once
 *   (`source.fixAll.clusterlint`), and in YAML a `# clusterlint-disable-next-line` comment
 *   (SPEC §9), offered only when linting the edited text shows that it suppresses the finding;
 * - hover on a finding: `clusterlint --explain` for its code.
 *
 * The library masks secrets in every message, detail and fix; the server adds no text of a buffer
 * to anything it sends. No input stops it: each request and notification runs guarded, and an
 * internal failure is one logged line, the server alive.
 */
import { dirname, basename, extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compareDiagnostics, explain, fixText, isPathIgnored, lintFiles, lintText, loadConfig, UsageError, type Diagnostic, type FileResult, type LoadedConfig } from '../index.js';
import { ACROSS_FILES, fixEdit, rangeOf, shapeOf, suppressEdit, toLspDiagnostic, touches, wholeText, type TextShape } from './convert.js';

/** How long a buffer must stay unchanged before it is linted again (ms). */
const CHANGE_DELAY = 200;
/** How long the workspace run waits for more saves or file events before it starts (ms). */
const WORKSPACE_DELAY = 300;
/** The config files looked up from a spec's folder upward (SPEC §6). */
const CONFIG_NAME = /(^|[\\/])clusterlint\.config\.(json|ya?ml)$/;
/** The documentation links kept (one per reported code) before they are worked out afresh. */
const MOST_LINKS = 1024;
/** At most this many findings under the cursor are tried as suppressions per code action request. */
const MOST_SUPPRESSIONS = 20;

/** A buffer's last lint: the findings placed on the text they were made from. */
interface Linted {
  version: number;
  text: string;
  shape: TextShape;
  findings: Diagnostic[];
  /** How many findings the buffer alone had (before the workspace's checks across files replaced its own). */
  alone: number;
  /** The lint's options, to lint an edited text (a suppression) the same way. */
  config: LoadedConfig;
}

/** The checks across files of the last workspace run for one file, and the text they were placed on. */
interface AcrossFiles {
  /** The buffer's text the run read, or undefined when it read the file on disk. */
  text: string | undefined;
  findings: Diagnostic[];
}

/** Serves the protocol on a connection until the client asks it to exit. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  let folders: string[] = [];
  let across = new Map<string, AcrossFiles>();
  /** Files not open in the editor that were sent findings of checks across files (to clear them). */
  let closedWithFindings = new Set<string>();
  let workspaceTimer: NodeJS.Timeout | undefined;
  /** Whether the client lets the server register file watchers (for configs and specs changed on disk). */
  let watchRegistration = false;
  /** Config errors already shown, so a broken config is not announced at each keystroke. */
  const shownConfigErrors = new Set<string>();
  /**
   * Each reported code's documentation link. A code can hold a key of the user's (`InvalidUserData.DB_HOST.value`),
   * a new one at each keystroke while a key is typed: the map is emptied when it reaches `MOST_LINKS`.
   */
  const links = new Map<string, string | undefined>();

  /** Runs a handler; an internal failure is one logged line and the fallback, never a crash. */
  function guard<T>(what: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (e) {
      logFailure(what, e);
      return fallback;
    }
  }

  function logFailure(what: string, e: unknown): void {
    // Only the kind of error: an engine error's message might quote the buffer it was reading.
    const name = e instanceof Error ? e.name : typeof e;
    connection.console.error(`clusterlint: internal error while ${what} (${name}); the server goes on${process.env.DEBUG ? '' : ' (set DEBUG=1 for details on stderr)'}`);
    if (process.env.DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  }

  function linkOf(code: string): string | undefined {
    if (links.has(code)) return links.get(code);
    if (links.size >= MOST_LINKS) links.clear();
    const url = guard('finding the documentation link', undefined, () => explain(code).url);
    links.set(code, url);
    return url;
  }

  /** The config of a file: the nearest one from its folder upward, read now (it may have changed). */
  function configOf(path: string): LoadedConfig | undefined {
    try {
      return loadConfig({ cwd: dirname(path) });
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      if (!shownConfigErrors.has(e.message)) {
        shownConfigErrors.add(e.message);
        void connection.window.showErrorMessage(`clusterlint: ${e.message}`);
      }
      return undefined;
    }
  }

  /** The workspace folder a file is in (the innermost), else its own folder: where a walk that reads it starts. */
  function walkRootOf(path: string): string {
    const within = folders.filter((f) => path.startsWith(f.endsWith(sep) ? f : f + sep));
    return within.sort((a, b) => b.length - a.length)[0] ?? dirname(path);
  }

  function pathOf(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined; // a file URL this platform cannot map to a path (file://host/… on POSIX)
    }
  }

  /** Lints an open buffer now and publishes its findings. */
  function lintDocument(uri: string): void {
    guard(`linting ${basename(pathOf(uri) ?? uri)}`, undefined, () => {
      const doc = documents.get(uri);
      const path = pathOf(uri);
      if (!doc || !path) return;
      const text = doc.getText();
      const config = configOf(path);
      // A file the workspace's walk passes over (the config's exclude, not its include, node_modules)
      // gets nothing, as `clusterlint .`, the pre-commit hook and the Action report nothing there.
      if (!config || isPathIgnored(path, { cwd: walkRootOf(path), config })) {
        linted.delete(uri);
        void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
        return;
      }
      // A buffer that is not a spec gets no diagnostics, as a folder's walk skips such a file.
      const result = lintText(text, { filename: basename(path), cwd: dirname(path), config, ignoreUnknown: true });
      const state: Linted = { version: doc.version, text, shape: shapeOf(text), findings: merged(path, text, result), alone: result.diagnostics.length, config };
      linted.set(uri, state);
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: state.findings.map((d) => toLspDiagnostic(d, state.shape, linkOf(d.code))) });
    });
  }

  /**
   * A buffer's findings: its own, with the checks across files taken from the workspace run when
   * that run read this very text (their places are then right).
   */
  function merged(path: string, text: string, result: FileResult): Diagnostic[] {
    const workspace = across.get(path);
    if (!workspace || workspace.text !== text) return result.diagnostics;
    return [...result.diagnostics.filter((d) => !ACROSS_FILES.has(d.code)), ...workspace.findings].sort(compareDiagnostics);
  }

  /** A config changed: every buffer is linted again, and a config error may be shown again. */
  function configChanged(): void {
    shownConfigErrors.clear();
    for (const doc of documents.all()) lintDocument(doc.uri);
  }

  function scheduleLint(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        // The change notification that follows an open brings the version already linted.
        if (linted.get(uri)?.version !== documents.get(uri)?.version) lintDocument(uri);
      }, delay),
    );
  }

  function scheduleWorkspace(): void {
    if (folders.length === 0) return;
    clearTimeout(workspaceTimer);
    workspaceTimer = setTimeout(() => void runWorkspace(), WORKSPACE_DELAY);
  }

  /** The checks across files over every workspace folder, the open buffers' text preferred. */
  async function runWorkspace(): Promise<void> {
    const texts = new Map<string, string>();
    for (const doc of documents.all()) {
      const path = pathOf(doc.uri);
      if (path) texts.set(path, doc.getText());
    }
    const found = new Map<string, AcrossFiles>();
    for (const folder of folders) {
      let results: FileResult[];
      try {
        // Paths relative to the folder: a finding across files names the other file as the CLI run there does.
        results = await lintFiles(['.'], { cwd: folder, ignoreUnknown: true, texts });
      } catch (e) {
        // An invalid config is shown when a buffer under it is linted; an unreadable folder is skipped.
        if (!(e instanceof UsageError)) logFailure('checking the workspace', e);
        continue;
      }
      for (const r of results) {
        const path = resolve(folder, r.file);
        const findings = r.diagnostics.filter((d) => ACROSS_FILES.has(d.code));
        if (findings.length || texts.has(path)) found.set(path, { text: texts.get(path), findings });
      }
    }
    across = found;
    for (const doc of documents.all()) lintDocument(doc.uri);
    publishClosed(texts);
  }

  /** Findings of checks across files in files that are not open: sent, and cleared when they are gone. */
  function publishClosed(open: ReadonlyMap<string, string>): void {
    const now = new Set<string>();
    for (const [path, entry] of across) {
      if (open.has(path) || entry.findings.length === 0) continue;
      const uri = pathToFileURL(path).href;
      now.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics: entry.findings.map((d) => toLspDiagnostic(d, { bom: 0 }, linkOf(d.code))) });
    }
    for (const uri of closedWithFindings) if (!now.has(uri) && !documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    closedWithFindings = now;
  }

  /** The buffer's last lint, made now if the buffer changed since. */
  function current(uri: string): Linted | undefined {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    if (linted.get(uri)?.version !== doc.version) {
      clearTimeout(timers.get(uri));
      lintDocument(uri);
    }
    const state = linted.get(uri);
    return state?.version === doc.version ? state : undefined;
  }

  function isYaml(uri: string, languageId: string | undefined): boolean {
    return languageId === 'yaml' || /^\.ya?ml$/i.test(extname(pathOf(uri) ?? uri));
  }

  /** Whether a suppression comment, once written, suppresses the finding (and makes nothing new). */
  function suppresses(state: Linted, path: string, d: Diagnostic, after: string): boolean {
    const result = lintText(after, { filename: basename(path), cwd: dirname(path), config: state.config, ignoreUnknown: true });
    const hit = result.suppressedDiagnostics.some((s) => s.code === d.code && s.pointer === d.pointer && s.suppression.kind === 'inSource');
    return hit && result.diagnostics.length < state.alone && !result.diagnostics.some((x) => x.code === 'UnusedSuppression' && x.line === d.line);
  }

  connection.onInitialize((params): InitializeResult => {
    const fromFolders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined);
    const root = params.rootUri ? pathOf(params.rootUri) : (params.rootPath ?? undefined);
    folders = fromFolders.length ? fromFolders : root ? [root] : [];
    watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, `${CodeActionKind.SourceFixAll}.clusterlint`] },
        hoverProvider: true,
      },
      serverInfo: { name: 'clusterlint' },
    };
  });

  connection.onInitialized(() => {
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        // Config files and specs changed on disk (a checkout, another tool): the config is read
        // again and the checks across files run again.
        watchers: [{ globPattern: '**/*.{json,yaml,yml}' }],
      });
    }
    scheduleWorkspace();
  });

  documents.onDidOpen((e) => {
    lintDocument(e.document.uri);
    scheduleWorkspace();
  });
  documents.onDidChangeContent((e) => scheduleLint(e.document.uri, CHANGE_DELAY));
  documents.onDidSave((e) =>
    guard('handling a save', undefined, () => {
      // A saved config applies to every buffer; a saved spec may change the checks across files.
      if (CONFIG_NAME.test(e.document.uri)) configChanged();
      scheduleWorkspace();
    }),
  );
  documents.onDidClose((e) =>
    guard('closing a buffer', undefined, () => {
      clearTimeout(timers.get(e.document.uri));
      timers.delete(e.document.uri);
      linted.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      scheduleWorkspace();
    }),
  );

  connection.onDidChangeWatchedFiles((params) =>
    guard('handling changed files', undefined, () => {
      if (params.changes.some((c) => CONFIG_NAME.test(c.uri))) configChanged();
      scheduleWorkspace();
    }),
  );

  connection.onCodeAction((params) =>
    guard('making code actions', [] as CodeAction[], () => {
      const uri = params.textDocument.uri;
      const state = current(uri);
      const path = pathOf(uri);
      if (!state || !path) return [];
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
      const actions: CodeAction[] = [];
      const here = state.findings.filter((d) => touches(rangeOf(d, state.shape), params.range));
      if (wants(CodeActionKind.QuickFix)) {
        for (const d of here) {
          const edit = fixEdit(d, state.text, state.shape);
          if (!edit) continue;
          actions.push({
            title: `Fix ${d.code}: replace with ${d.fix!.text}`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [toLspDiagnostic(d, state.shape, linkOf(d.code))],
            isPreferred: true,
            edit: { changes: { [uri]: [edit] } },
          });
        }
        if (isYaml(uri, documents.get(uri)?.languageId)) {
          for (const d of here.slice(0, MOST_SUPPRESSIONS)) {
            const suppression = suppressEdit(d, state.text, state.shape);
            if (!suppression || !suppresses(state, path, d, suppression.after)) continue;
            actions.push({
              title: `Suppress ${d.code} on this line (clusterlint-disable-next-line)`,
              kind: CodeActionKind.QuickFix,
              diagnostics: [toLspDiagnostic(d, state.shape, linkOf(d.code))],
              edit: { changes: { [uri]: [suppression.edit] } },
            });
          }
        }
      }
      const kind = `${CodeActionKind.SourceFixAll}.clusterlint`;
      if (wants(kind) && state.findings.some((d) => d.fix)) {
        // The text as --fix leaves it (its rounds, its refusal of fixes that overlap), as one edit.
        const fixed = fixText(state.text, { filename: basename(path), cwd: dirname(path), config: state.config, ignoreUnknown: true });
        if (fixed) actions.push({ title: `Fix all clusterlint findings that --fix fixes (${fixed.fixed})`, kind, edit: { changes: { [uri]: [wholeText(state.text, fixed.text)] } } });
      }
      return actions;
    }),
  );

  connection.onHover((params) =>
    guard('making a hover', null as Hover | null, () => {
      const state = current(params.textDocument.uri);
      if (!state) return null;
      const at = { start: params.position, end: params.position };
      const here = state.findings.filter((d) => touches(rangeOf(d, state.shape), at));
      if (here.length === 0) return null;
      const parts: string[] = [];
      for (const code of [...new Set(here.map((d) => d.code))]) {
        const doc = guard('explaining a code', undefined, () => explain(code));
        if (doc) parts.push(`**${code}** ([catalogue](${doc.url}))\n\n\`\`\`text\n${doc.text.replace(/```/g, "'''")}\`\`\``);
      }
      if (parts.length === 0) return null;
      return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: rangeOf(here[0]!, state.shape) };
    }),
  );

  documents.listen(connection);
  connection.listen();
}

/** Keeps the process alive through a failure no handler caught: one logged line each. */
export function keepAlive(log: (line: string) => void): void {
  const report = (e: unknown) => log(`clusterlint: internal error (${e instanceof Error ? e.name : typeof e}); the server goes on`);
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
}
