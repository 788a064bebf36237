/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`)
 * and SARIF viewers.
 *
 * - One rule per reported code (the code is the `ruleId`, as in every other format), described
 *   from the catalogue, with a help link to the code's entry in the README's catalogue.
 * - Each result carries the documented message, followed by the detail in the same text (viewers
 *   show `message.text` and little else), and the region in UTF-16 columns (`columnKind`).
 * - Paths are relative to the repository root under `%SRCROOT%`; a file outside the repository
 *   gets an absolute `file:` URI.
 * - `partialFingerprints` hash the code, the pointer, the file and the document (and which of
 *   identical findings it is), never a line: moving unrelated lines keeps an alert the same.
 * - The log is written with `safeJson`: controls in texts from a spec are `\uXXXX` escapes.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { catalogueAnchor, catalogueEntry, fill, lintCode, type CatalogueMatch } from '../catalogue/catalogue.js';
import type { Diagnostic, FileResult } from '../api/diagnostic.js';
import { templateCatalogueCode } from '../catalogue/list.js';
import type { FormatContext } from './context.js';
import { fingerprinted } from './fingerprint.js';
import { safeJson, safeJsonArray } from './safe-text.js';

/**
 * The project's home, from package.json's `repository` (the one place the repository is named);
 * help links point into its README's catalogue, one anchor per catalogue code.
 */
export const REPOSITORY_URL = repositoryUrl(pkg.repository.url);

/** `git+https://github.com/owner/name.git` → `https://github.com/owner/name`. */
export function repositoryUrl(url: string): string {
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** The key of clusterlint's fingerprint in `partialFingerprints` (versioned, as SARIF §3.27.17 asks). */
export const FINGERPRINT_KEY = 'clusterlint/v1';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * Formats results as one SARIF 2.1.0 log with one run: the rules first (one look over the
 * findings), then the results, written file by file.
 */
export default function* formatSarif(results: readonly FileResult[], ctx: Pick<FormatContext, 'cwd' | 'root'>): Generator<string> {
  const firstOfCode = new Map<string, Diagnostic>();
  const errorCodes = new Set<string>();
  for (const r of results) {
    for (const d of [...r.diagnostics, ...r.suppressedDiagnostics]) {
      if (!firstOfCode.has(d.code)) firstOfCode.set(d.code, d);
      if (d.severity === 'error') errorCodes.add(d.code);
    }
  }
  const ruleIndex = new Map([...firstOfCode.keys()].map((code, i) => [code, i]));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'clusterlint',
            version: pkg.version,
            semanticVersion: pkg.version,
            informationUri: REPOSITORY_URL,
            rules: [...firstOfCode.values()].map((d) => ruleOf(d, errorCodes.has(d.code) ? 'error' : 'warning')),
          },
        },
        // A base URI must end with a slash for relative URIs to resolve under it.
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.root).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: [],
      },
    ],
  };
  // Texts from the specs (keys in codes and messages) keep their data with controls escaped. The
  // results are the last member of the log's only run: written in their place, item by item.
  const text = safeJson(log, 2);
  const slot = text.lastIndexOf('"results": []') + '"results": '.length;
  yield text.slice(0, slot);
  yield* safeJsonArray(sarifResults(results, ruleIndex, ctx), 3);
  yield `${text.slice(slot + 2)}\n`;
}

/** The SARIF results of each file's findings, in order. */
function* sarifResults(results: readonly FileResult[], ruleIndex: ReadonlyMap<string, number>, ctx: Pick<FormatContext, 'cwd' | 'root'>): Generator<unknown> {
  for (const r of results) {
    for (const { d, path, fingerprint } of fingerprinted(r, ctx)) {
      const artifact = path === undefined ? { uri: pathToFileURL(resolve(ctx.cwd, d.file)).href } : { uri: encodePath(path), uriBaseId: '%SRCROOT%' };
      const region = { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn };
      yield {
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code)!,
        level: d.severity,
        message: { text: d.detail ? `${d.message} ${d.detail}` : d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact,
              region,
            },
          },
        ],
        // The fix replaces the finding's own token, which is the region it points at (SPEC §10).
        ...(d.fix ? { fixes: [{ description: { text: `Replace with ${d.fix.text}` }, artifactChanges: [{ artifactLocation: artifact, replacements: [{ deletedRegion: region, insertedContent: { text: d.fix.text } }] }] }] } : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
        // A suppressed finding is a result with its suppression (SPEC §9): code scanning shows it as dismissed.
        ...(d.suppression ? { suppressions: [{ kind: d.suppression.kind, ...(d.suppression.justification ? { justification: d.suppression.justification } : {}) }] } : {}),
        properties: { pointer: d.pointer, document: d.document, status: d.status, origin: d.origin },
      };
    }
  }
}

/**
 * The link to a finding's entry in the README's catalogue (what `clusterlint --explain` prints in
 * full). The README lists every templated code of each dialect under its own anchor; rows and lint
 * codes by their catalogue code.
 */
export function docLink(d: Pick<Diagnostic, 'code' | 'origin' | 'message'>, entry: CatalogueMatch = catalogueEntry(d.code, d.origin, d.message)): string {
  return `${REPOSITORY_URL}#${catalogueAnchor(d.origin === 'template' ? templateCatalogueCode(d.code) : entry.code)}`;
}

/** The rule of a code (from its first finding), described from the catalogue entry the code comes from. */
function ruleOf(d: Diagnostic, level: 'error' | 'warning'): Record<string, unknown> {
  const entry = catalogueEntry(d.code, d.origin, d.message);
  const { short, full } = describe(entry, d);
  // The README lists every templated code of each dialect under its own anchor; rows and lint codes by their catalogue code.
  const helpUri = docLink(d, entry);
  const status = d.status === null ? 'none (a check of clusterlint; the API does not report it)' : String(d.status);
  return {
    id: d.code,
    shortDescription: { text: short },
    fullDescription: { text: full },
    helpUri,
    help: { text: `${full}\nHTTP status: ${status}.\nCatalogue entry: ${entry.code} (${helpUri}).` },
    // Config can change a code's severity: the rule's level is the most severe one of this run.
    defaultConfiguration: { level },
    properties: { tags: [d.origin] },
  };
}

/** A short and a full description: a lint code's summary and message; an API code's documented messages; a template's message. */
function describe(entry: CatalogueMatch, d: Diagnostic): { short: string; full: string } {
  if (d.origin === 'lint') {
    const lint = lintCode(d.code);
    return { short: lint.summary, full: lint.message };
  }
  if (entry.rows.length === 0) return { short: d.message, full: `${d.message} The API reports this parameter with its ${entry.code} template.` };
  const messages = [...new Set(entry.rows.map((r) => fill(r.message, entry.vars)))];
  const firsts = new Set(messages.map(firstSentence));
  // Several rows (type, length, characters) share their first sentence: "Specified parameter Name is not valid."
  const short = messages.length === 1 ? messages[0]! : firsts.size === 1 ? [...firsts][0]! : messages[0]!;
  return { short, full: messages.join('\n') };
}

function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return end < 0 ? text : text.slice(0, end + 1);
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `?`, `:`). */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
