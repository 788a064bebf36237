/**
 * The real editor engines, driven in-process: `vscode-json-languageservice` (VS Code's JSON
 * support) and `yaml-language-server` (VS Code's YAML extension, Neovim, and others). Schemas are
 * loaded the way an editor loads them: from `file://` URLs, found through the package's
 * `clusterlint/schemas/…` export, a `$schema` key, a YAML modeline, or a `fileMatch` association.
 *
 * A test writes its document with one `|` where the cursor stands.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as json from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService as getYamlService, type SchemasSettings } from 'yaml-language-server';

const require = createRequire(import.meta.url);

/** The `file://` URL of a schema file, resolved through the package's `exports` (`clusterlint/schemas/…`). */
export function schemaUrl(file: string): string {
  return pathToFileURL(require.resolve(`clusterlint/schemas/${file}`)).href;
}

/** The dialect schemas and the config schema, by file name. */
export const SCHEMA_FILES = {
  batchcompute: 'batchcompute-cluster.schema.json',
  containerservice: 'containerservice-cluster.schema.json',
  config: 'clusterlint-config.schema.json',
} as const;

/** A schema association as an editor setting writes it (`json.schemas`, `yaml.schemas`); `schema` gives the content inline. */
export interface Association {
  url: string;
  fileMatch: string[];
  schema?: object;
}

/** The associations of `schemas/catalog.json` (SchemaStore style), each URL mapped to the package's own file. */
export function catalogAssociations(): Association[] {
  const catalog = JSON.parse(readFileSync(require.resolve('clusterlint/schemas/catalog.json'), 'utf8')) as { schemas: Array<{ url: string; fileMatch: string[] }> };
  return catalog.schemas.map((s) => ({ url: schemaUrl(s.url.split('/').pop()!), fileMatch: s.fileMatch }));
}

/** What a completion item shows: its label, what it inserts, and its documentation as text. */
export interface Completion {
  label: string;
  kind: number | undefined;
  insertText: string | undefined;
  documentation: string;
}

/** An editor's diagnostic, with a 1-based line like clusterlint's. */
export interface EditorDiagnostic {
  line: number;
  /** As the engine gives it: a schema's `errorMessage` is passed through whatever its type. */
  message: unknown;
}

/** One editor engine behind the same four questions a test asks. */
export interface Engine {
  complete(textWithCursor: string, uri?: string): Promise<Completion[]>;
  hover(textWithCursor: string, uri?: string): Promise<string>;
  validate(text: string, uri?: string): Promise<EditorDiagnostic[]>;
}

// Schemas are read from disk, as an editor reads a `file://` URL; nothing is fetched from a network.
const readSchema = async (uri: string): Promise<string> => {
  if (!uri.startsWith('file:')) throw new Error(`not fetched in tests: ${uri}`);
  return readFileSync(new URL(uri), 'utf8');
};
const workspaceContext = { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href };
// What VS Code tells a language server it can show: Markdown documentation and hovers.
const clientCapabilities = {
  textDocument: {
    completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
} as const;

/** Splits `text|more` into the text and the cursor offset. */
export function cursor(textWithCursor: string): { text: string; offset: number } {
  const offset = textWithCursor.indexOf('|');
  if (offset < 0 || textWithCursor.indexOf('|', offset + 1) >= 0) throw new Error('mark the cursor with exactly one |');
  return { text: textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), offset };
}

function markupText(doc: string | { value: string } | undefined): string {
  return typeof doc === 'string' ? doc : (doc?.value ?? '');
}

function toCompletions(items: readonly { label: string; kind?: number; insertText?: string; documentation?: string | { value: string } }[]): Completion[] {
  return items.map((i) => ({ label: i.label, kind: i.kind, insertText: i.insertText, documentation: markupText(i.documentation) }));
}

function hoverText(h: { contents: unknown } | null | undefined): string {
  if (!h) return '';
  const parts = Array.isArray(h.contents) ? h.contents : [h.contents];
  return parts.map((p) => (typeof p === 'string' ? p : (p as { value: string }).value)).join('\n');
}

/** VS Code's JSON language service with the given `json.schemas` associations. */
export function jsonEngine(associations: Association[] = []): Engine {
  const ls = json.getLanguageService({ schemaRequestService: readSchema, workspaceContext, clientCapabilities: json.ClientCapabilities.LATEST });
  ls.configure({ validate: true, allowComments: false, schemas: associations.map((a) => ({ uri: a.url, fileMatch: a.fileMatch, ...(a.schema ? { schema: a.schema } : {}) })) });
  const open = (text: string, uri: string) => {
    const doc = TextDocument.create(uri, 'json', 1, text);
    return { doc, parsed: ls.parseJSONDocument(doc) };
  };
  return {
    async complete(textWithCursor, uri = 'file:///project/spec.json') {
      const { text, offset } = cursor(textWithCursor);
      const { doc, parsed } = open(text, uri);
      return toCompletions((await ls.doComplete(doc, doc.positionAt(offset), parsed))?.items ?? []);
    },
    async hover(textWithCursor, uri = 'file:///project/spec.json') {
      const { text, offset } = cursor(textWithCursor);
      const { doc, parsed } = open(text, uri);
      return hoverText(await ls.doHover(doc, doc.positionAt(offset), parsed));
    },
    async validate(text, uri = 'file:///project/spec.json') {
      const { doc, parsed } = open(text, uri);
      const diagnostics = await ls.doValidation(doc, parsed, { schemaValidation: 'error', schemaRequest: 'error' });
      return diagnostics.map((d) => ({ line: d.range.start.line + 1, message: d.message }));
    },
  };
}

/** yaml-language-server's language service with the given `yaml.schemas` associations. */
export function yamlEngine(associations: Association[] = []): Engine {
  const ls = getYamlService({ schemaRequestService: readSchema, workspaceContext, clientCapabilities: clientCapabilities as never });
  const schemas: SchemasSettings[] = associations.map((a) => ({ uri: a.url, fileMatch: a.fileMatch, ...(a.schema ? { schema: a.schema } : {}) }));
  ls.configure({ validate: true, hover: true, completion: true, schemas });
  // The server caches a parsed document by URI and version, as an editor bumps the version on each edit.
  let version = 0;
  const open = (text: string, uri: string) => TextDocument.create(uri, 'yaml', ++version, text);
  return {
    async complete(textWithCursor, uri = 'file:///project/spec.yaml') {
      const { text, offset } = cursor(textWithCursor);
      const doc = open(text, uri);
      return toCompletions((await ls.doComplete(doc, doc.positionAt(offset), false)).items);
    },
    async hover(textWithCursor, uri = 'file:///project/spec.yaml') {
      const { text, offset } = cursor(textWithCursor);
      const doc = open(text, uri);
      return hoverText(await ls.doHover(doc, doc.positionAt(offset)));
    },
    async validate(text, uri = 'file:///project/spec.yaml') {
      const diagnostics = await ls.doValidation(open(text, uri), false);
      return diagnostics.map((d) => ({ line: d.range.start.line + 1, message: d.message }));
    },
  };
}

/** Property names offered by a completion list (kind Property), sorted. */
export function propertyLabels(items: readonly Completion[]): string[] {
  return items.filter((i) => i.kind === json.CompletionItemKind.Property).map((i) => i.label).sort();
}
