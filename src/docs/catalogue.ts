/**
 * The README's code catalogue, generated from the catalogue, the schemas and the rules so it
 * cannot drift (a test compares it with README.md; `UPDATE_DOCS=1 npx vitest run test/docs.test.ts`
 * rewrites it). Every code has an anchor from `catalogueAnchor()`, which SARIF help links use too.
 */
import { API_ROWS, LINT_CODES, catalogueAnchor, invalid, missing, rowsFor, type CheckKind, type CodeInfo } from '../catalogue.js';
import { KEYWORD_KIND } from '../core/schema.js';
import { DIALECTS, type Dialect, type SchemaNode } from '../core/dialect.js';
import { CROSS_FILE_RULES, RULES } from '../../rules/index.js';

/** One templated code a dialect can produce. */
export interface TemplateCode {
  code: string;
  message: string;
  parameter: string;
}

/** Every `Missing…`/`Invalid…` code of a dialect that has no row of its own in the API table. */
export function templateCodes(dialect: Dialect): TemplateCode[] {
  const out = new Map<string, TemplateCode>();
  const add = (resolved: { code: string; message: string; origin: string }, parameter: string) => {
    if (resolved.origin === 'template' && !out.has(resolved.code)) out.set(resolved.code, { code: resolved.code, message: resolved.message, parameter });
  };
  const visit = (node: SchemaNode | undefined, seen: Set<SchemaNode>) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    const target = node.$ref ? resolveRef(dialect.schema, node.$ref) : node;
    const param = target['x-parameter'];
    if (param && param !== 'HttpBody' && param !== '$schema') {
      // The kinds of check this node makes; a code with a row for some kinds (InvalidGroups)
      // still uses the template for the others.
      const kinds = new Set<CheckKind>(['type']);
      for (const keyword of Object.keys(target)) if (KEYWORD_KIND[keyword]) kinds.add(KEYWORD_KIND[keyword]!);
      for (const kind of kinds) add(invalid(dialect.codeName(param), kind, {}, param), param);
    }
    for (const name of target.required ?? []) {
      const childParam = target.properties?.[name]?.['x-parameter'];
      if (childParam) add(missing(dialect.codeName(childParam), {}, childParam), childParam);
    }
    for (const child of Object.values(target.properties ?? {})) visit(child, seen);
    if (typeof target.additionalProperties === 'object') visit(target.additionalProperties, seen);
    visit(target.items, seen);
    visit(target.propertyNames, seen);
  };
  visit(dialect.schema, new Set());
  return [...out.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

/**
 * Every code of the catalogue (README "Code catalogue"): the rows of the Batch Compute error
 * table in its order (a code with several messages has a row for each), then each dialect's
 * templated codes, then the lint-only codes.
 */
export function catalogueCodes(): CodeInfo[] {
  const list: CodeInfo[] = API_ROWS.map((r) => ({ code: r.code, message: r.message, status: r.status, origin: 'api', dialects: ['batchcompute'] }));
  for (const dialect of Object.values(DIALECTS)) {
    for (const t of templateCodes(dialect)) list.push({ code: t.code, message: t.message, status: 400, origin: 'template', dialects: [dialect.name] });
  }
  const all = Object.values(DIALECTS).map((d) => d.name);
  for (const l of LINT_CODES) list.push({ code: l.code, message: l.message, status: null, origin: 'lint', dialects: all, severity: l.severity, summary: l.summary });
  return list;
}

function resolveRef(root: SchemaNode, ref: string): SchemaNode {
  let node: unknown = root;
  for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part];
  return node as SchemaNode;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The catalogue as Markdown (between the README's catalogue markers). */
export function catalogueMarkdown(): string {
  const lines: string[] = [];
  const anchored = new Set<string>();
  const anchor = (code: string) => {
    const id = catalogueAnchor(code);
    if (anchored.has(id)) return `\`${code}\``;
    anchored.add(id);
    return `<a id="${id}"></a>\`${code}\``;
  };
  lines.push('### Batch Compute: the API error table', '');
  lines.push('Every row of the CreateCluster error table, verbatim (`origin: "api"`).', '');
  lines.push('| Code | Status | Message |', '| --- | --- | --- |');
  for (const row of API_ROWS) lines.push(`| ${anchor(row.code)} | ${row.status} | ${cell(row.message)} |`);
  lines.push('');
  for (const dialect of Object.values(DIALECTS)) {
    const codes = templateCodes(dialect);
    if (codes.length === 0) continue;
    lines.push(`### ${dialect.name}: templated codes`, '');
    lines.push('Parameters without a row of their own use the API\'s `Missing{Parameter}` / `Invalid{Parameter}` templates (`origin: "template"`, status 400).', '');
    lines.push('| Code | Message |', '| --- | --- |');
    for (const t of codes) {
      const documented = rowsFor(t.code).length > 0;
      lines.push(`| ${documented ? `\`${t.code}\`` : anchor(t.code)} | ${cell(t.message)} |`);
    }
    lines.push('');
  }
  lines.push('### Lint-only codes', '');
  lines.push('Findings the API itself would not report (`origin: "lint"`, status `null`).', '');
  lines.push('| Code | Default | Message | When |', '| --- | --- | --- | --- |');
  for (const l of LINT_CODES) lines.push(`| ${anchor(l.code)} | ${l.severity} | ${cell(l.message)} | ${cell(l.summary)} |`);
  lines.push('');
  lines.push('### Rules', '');
  lines.push('What the schemas cannot say lives in `rules/`, one file per rule (schema findings carry the schema\'s name as their rule, e.g. `batchcompute-cluster`).', '');
  lines.push('| Rule | Dialect | Codes | What it checks |', '| --- | --- | --- | --- |');
  for (const r of RULES) lines.push(`| \`${r.id}\` | ${r.dialect} | ${r.codes.map((c) => `\`${c}\``).join(', ')} | ${cell(r.docs)} |`);
  for (const r of CROSS_FILE_RULES) lines.push(`| \`${r.id}\` | across files | ${r.codes.map((c) => `\`${c}\``).join(', ')} | ${cell(r.docs)} |`);
  return lines.join('\n');
}
