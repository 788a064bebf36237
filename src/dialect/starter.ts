/** The starter body of each dialect (`clusterlint init`, the `--explain` examples), from its schema's snippet. */
import type { Dialect } from './dialect.js';

/** A snippet body as the schema writes it: strings may hold `${1:default}`, `${1|a,b|}` and `^raw` values. */
type SnippetBody = string | number | boolean | null | SnippetBody[] | { [key: string]: SnippetBody };

/**
 * The plain value a snippet body inserts when every placeholder keeps its default: `${1:x}` → `x`,
 * `${1|a,b|}` → `a` (the first choice), `$1` → nothing; a string starting with `^` is inserted
 * raw (how snippets write numbers and booleans), so it is read as JSON.
 */
export function snippetValue(body: SnippetBody): unknown {
  if (typeof body === 'string') {
    const text = body
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{?\d+\}?/g, '');
    return body.startsWith('^') ? JSON.parse(text.slice(1)) : text;
  }
  if (Array.isArray(body)) return body.map(snippetValue);
  if (body && typeof body === 'object') {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [snippetValue(k) as string, snippetValue(v)]));
  }
  return body;
}

/** The starter body of a dialect: its schema's first (whole cluster) snippet, placeholders filled. */
export function starterBody(dialect: Dialect): Record<string, unknown> {
  const snippets = dialect.schema.defaultSnippets as Array<{ body: SnippetBody }> | undefined;
  if (!snippets?.[0]) throw new Error(`the ${dialect.name} schema has no starter snippet`);
  return snippetValue(snippets[0].body) as Record<string, unknown>;
}
