/**
 * A file's bytes to a `SpecFile`: decode strictly as UTF-8, choose JSON or YAML, parse.
 */
import { bareDocument, type SpecFile } from './document.js';
import { looksLikeJson, parseJson } from './json.js';
import { decodeUtf8, LineIndex } from './text.js';
import { parseYaml } from './yaml.js';

/** JSON or YAML, by extension; any other name is JSON when it parses as JSON, YAML otherwise. */
export function formatOf(path: string, text: string): 'json' | 'yaml' {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return looksLikeJson(text) ? 'json' : 'yaml';
}

const MODELINE = /^[ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=(\S+)/m;

/** Decodes and parses one file. A file that is not UTF-8 becomes one document with a syntax error. */
export function parseFile(path: string, bytes: Uint8Array): SpecFile {
  const decoded = decodeUtf8(bytes);
  const format = formatOf(path, decoded.text);
  const lines = new LineIndex(decoded.text);
  if (!decoded.ok) {
    const span = { start: decoded.offset, end: decoded.offset };
    return {
      format,
      text: decoded.text,
      lines,
      documents: [bareDocument(0, span, undefined, { span, detail: decoded.reason })],
    };
  }
  const text = decoded.text;
  if (format === 'json') return { format, text, lines, documents: [parseJson(text)] };
  const modeline = MODELINE.exec(text)?.[1];
  return { format, text, lines, documents: parseYaml(text), ...(modeline ? { modelineSchema: modeline } : {}) };
}
