/**
 * The dialect of a text that could not be parsed: a file with a syntax error, or the head of a
 * file over the size limit (SPEC §1). A walked file is reported only when its text looks like a
 * spec, so a broken spec is never skipped while a `tsconfig.json` with comments, a Helm template
 * or a large data file is. The test is the one parsed bodies get (`dialectByShape`), on the
 * top-level keys read from the text as far as it goes, or a `$schema` reference.
 */
import { dialectByShape, dialectOfSchemaRef, type Dialect } from './dialect.js';

/** Does the text look like a spec of some dialect? Which one. */
export function sniffDialect(text: string): Dialect | undefined {
  // A `"$schema": "…"` key, `$schema: …` in YAML, or the modeline `# yaml-language-server: $schema=…`.
  for (const m of text.matchAll(/\$schema["']?[ \t]*[:=][ \t]*["']?([^\s"',}]+)/g)) {
    const d = dialectOfSchemaRef(m[1]!);
    if (d) return d;
  }
  const start = /^\uFEFF?(?:[ \t\r\n]|#[^\n]*\n)*/.exec(text)![0].length;
  if (text[start] === '{') return dialectByShape(jsonTopLevelKeys(text, start));
  // A YAML stream: each document on its own, as the parsed ones are.
  for (const doc of text.split(/^(?:---|\.\.\.)(?=[ \t\r\n]|$)[^\n]*$/m)) {
    const d = dialectByShape(yamlTopLevelKeys(doc));
    if (d) return d;
  }
  return undefined;
}

/**
 * The keys of the outermost object of a JSON text (or YAML flow mapping) that starts at `start`,
 * as far as the text goes: strings directly inside it that a `:` follows. Strings, nesting and
 * comments (`//`, `/* *\/`, which JSON files such as tsconfig.json carry) are stepped over.
 */
function jsonTopLevelKeys(text: string, start: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 0x22 && text.charCodeAt(j) !== 0x0a) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      if (depth === 1 && /^[ \t\r\n]*:/.test(text.slice(j + 1, j + 17))) keys.push(decodeJsonString(text.slice(i + 1, j)));
      i = j;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) depth++;
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (--depth <= 0) break;
    } else if (c === 0x2f /* / */ && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === 0x2f && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    }
  }
  return keys;
}

function decodeJsonString(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * The keys of a YAML document's top-level block mapping: the lines that start at column 0 with a
 * key and a `:` (quoted or plain). Comments, `- ` items and indented lines are not top-level keys.
 */
function yamlTopLevelKeys(doc: string): string[] {
  const keys: string[] = [];
  for (const m of doc.matchAll(/^(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^\s#"'{}[\],&*!|>%@`-][^\n]*?|-[^\s\n][^\n]*?))[ \t]*:(?=[ \t\r\n]|$)/gm)) {
    keys.push(m[1] !== undefined ? decodeJsonString(m[1]) : m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3]!);
  }
  return keys;
}
