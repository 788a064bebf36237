/**
 * The README's code catalogue, generated from the catalogue, the schemas and the rules so it
 * cannot drift (a test compares it with README.md; `UPDATE_DOCS=1 npx vitest run test/docs.test.ts`
 * rewrites it). Every code has an anchor from `catalogueAnchor()`, which SARIF help links use too.
 */
import { API_ROWS, LINT_CODES, catalogueAnchor, rowsFor } from '../catalogue/catalogue.js';
import { templateCodes } from '../catalogue/codes.js';
import { DIALECTS } from '../dialect/dialect.js';
import { CROSS_FILE_RULES, RULES } from '../../rules/index.js';
import { codeDocs } from './explain.js';

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
  lines.push(
    'Every row of the CreateCluster error table, verbatim (`origin: "api"`). Where real requests show the API accepting more than the English page says, the last column says how clusterlint reports the row, and why.',
    '',
  );
  // How to fix each code comes from the documentation `--explain` prints (src/docs/explain.ts), once per code.
  const docs = codeDocs();
  const fixed = new Set<string>();
  const fix = (code: string) => {
    if (fixed.has(code)) return '';
    fixed.add(code);
    return cell(docs.get(code)?.fix ?? '');
  };
  lines.push('| Code | Status | Message | Beyond the English page | How to fix |', '| --- | --- | --- | --- | --- |');
  for (const row of API_ROWS) lines.push(`| ${anchor(row.code)} | ${row.status} | ${cell(row.message)} | ${cell(row.note ?? '')} | ${fix(row.code)} |`);
  lines.push('');
  for (const dialect of Object.values(DIALECTS)) {
    const codes = templateCodes(dialect);
    if (codes.length === 0) continue;
    lines.push(`### ${dialect.name}: templated codes`, '');
    lines.push('Parameters without a row of their own use the API\'s `Missing{Parameter}` / `Invalid{Parameter}` templates (`origin: "template"`, status 400).', '');
    lines.push('| Code | Message | How to fix |', '| --- | --- | --- |');
    for (const t of codes) {
      const documented = rowsFor(t.code).length > 0;
      lines.push(`| ${documented ? `\`${t.code}\`` : anchor(t.code)} | ${cell(t.message)} | ${documented ? 'see the API table' : fix(t.code)} |`);
    }
    lines.push('');
  }
  lines.push('### Lint-only codes', '');
  lines.push('Findings the API itself would not report (`origin: "lint"`, status `null`).', '');
  lines.push('| Code | Default | Message | When | How to fix |', '| --- | --- | --- | --- | --- |');
  for (const l of LINT_CODES) lines.push(`| ${anchor(l.code)} | ${l.severity} | ${cell(l.message)} | ${cell(l.summary)} | ${fix(l.code)} |`);
  lines.push('');
  lines.push('### Rules', '');
  lines.push('What the schemas cannot say lives in `rules/`, one file per rule (schema findings carry the schema\'s name as their rule, e.g. `batchcompute-cluster`).', '');
  lines.push('| Rule | Dialect | Codes | What it checks |', '| --- | --- | --- | --- |');
  for (const r of RULES) lines.push(`| \`${r.id}\` | ${r.dialect} | ${r.codes.map((c) => `\`${c}\``).join(', ')} | ${cell(r.docs)} |`);
  for (const r of CROSS_FILE_RULES) lines.push(`| \`${r.id}\` | across files | ${r.codes.map((c) => `\`${c}\``).join(', ')} | ${cell(r.docs)} |`);
  return lines.join('\n');
}
