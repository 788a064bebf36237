/**
 * `--format github`: one GitHub Actions workflow command per finding,
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, which the runner turns
 * into an annotation on the file's lines. The Action reuses `annotationOf` with `@actions/core`.
 */
import type { Diagnostic, FileResult } from '../api/diagnostic.js';
import type { FormatContext } from './context.js';
import { repositoryPath } from './paths.js';
import { escapeText } from './safe-text.js';

/** One annotation: its kind, text and where it goes (the property names of `@actions/core`). */
export interface Annotation {
  kind: 'error' | 'warning';
  message: string;
  properties: {
    title: string;
    /** Absent, with the lines and columns, when the path cannot be written safely (see `annotationOf`). */
    file?: string;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
    endColumn?: number;
  };
}

/**
 * The annotation of a finding. The path is relative to the repository root, as GitHub matches
 * it against the files of the commit; the columns are given only when the range stays on one
 * line, since GitHub rejects columns on a range that spans lines. The title is the code; the
 * message is the documented message, with the detail on a line of its own.
 *
 * Keys and values of a spec reach the code, the message and the path, and the runner writes
 * annotations into the log: each text goes through `escapeText` (README "Security"). A path with
 * a character that must be escaped would then name no file of the commit, so such an annotation
 * names its file and line in the message instead of in properties.
 */
export function annotationOf(d: Diagnostic, ctx: Pick<FormatContext, 'cwd' | 'root'>): Annotation {
  const oneLine = d.line === d.endLine;
  const file = repositoryPath(d.file, ctx) ?? d.file;
  const message = d.detail ? `${escapeText(d.message)}\n${escapeText(d.detail)}` : escapeText(d.message);
  const title = escapeText(d.code);
  if (escapeText(file) !== file) return { kind: d.severity, message: `${escapeText(file)}:${d.line}:${d.column}: ${message}`, properties: { title } };
  return {
    kind: d.severity,
    message,
    properties: {
      title,
      file,
      startLine: d.line,
      endLine: d.endLine,
      ...(oneLine ? { startColumn: d.column, endColumn: d.endColumn } : {}),
    },
  };
}

/** Escapes a command's message: `%`, CR and LF (the runner decodes them back). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property's value: as a message, and also `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Formats results as workflow commands, one line per finding (nothing when there are none). */
export default function* formatGithub(results: readonly FileResult[], ctx: FormatContext): Generator<string> {
  for (const r of results) {
    let out = '';
    for (const d of r.diagnostics) {
      const a = annotationOf(d, ctx);
      const p = a.properties;
      const props: Array<[string, string | number | undefined]> = [
        ['file', p.file],
        ['line', p.startLine],
        ['col', p.startColumn],
        ['endLine', p.endLine],
        ['endColumn', p.endColumn],
        ['title', p.title],
      ];
      const list = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
      out += `::${a.kind} ${list.join(',')}::${escapeData(a.message)}\n`;
    }
    if (out) yield out;
  }
}
