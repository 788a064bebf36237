/**
 * Meta-tests: the README catalogue is current; every schema property is documented (the rules'
 * meta-tests are in meta.test.ts);
 * every catalogue row and lint code is produced by a golden fixture in JSON and in YAML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ROWS, LINT_CODES } from '../src/catalogue/catalogue.js';
import { DIALECTS, type SchemaNode } from '../src/dialect/dialect.js';
import type { Diagnostic } from '../src/api/diagnostic.js';
import { catalogueMarkdown } from '../src/docs/catalogue.js';
import formatSarif from '../src/formatters/sarif.js';
import { joined } from '../src/formatters/index.js';
import { fileResult } from '../src/api/diagnostic.js';
import { caseConfig, caseInputs, fixtureCases } from './fixtures.js';
import { lintTexts, ROOT } from './helpers.js';

const README = join(ROOT, 'README.md');
const START = '<!-- catalogue:start -->';
const END = '<!-- catalogue:end -->';

describe('README catalogue', () => {
  it('is generated from the code', () => {
    const text = readFileSync(README, 'utf8');
    const a = text.indexOf(START);
    const b = text.indexOf(END);
    expect(a).toBeGreaterThan(0);
    const fresh = `${text.slice(0, a + START.length)}\n${catalogueMarkdown()}\n${text.slice(b)}`;
    if (process.env.UPDATE_DOCS) writeFileSync(README, fresh);
    expect(text, 'README catalogue is stale: UPDATE_DOCS=1 npx vitest run test/docs.test.ts').toBe(fresh);
  });
});

describe('schemas', () => {
  it('describe every property and name the parameter of every constrained node', () => {
    const problems: string[] = [];
    const walk = (node: SchemaNode, path: string) => {
      for (const [name, child] of Object.entries(node.properties ?? {})) {
        if (!child.description && !child.$ref) problems.push(`${path}/properties/${name}: no description`);
        if (!child['x-parameter'] && !child.$ref) problems.push(`${path}/properties/${name}: no x-parameter`);
        walk(child, `${path}/properties/${name}`);
      }
      for (const key of ['items', 'additionalProperties', 'propertyNames'] as const) {
        const child = node[key];
        if (child && typeof child === 'object') {
          const c = child as SchemaNode;
          if (!c.$ref && !c['x-parameter']) problems.push(`${path}/${key}: no x-parameter`);
          walk(c, `${path}/${key}`);
        }
      }
      for (const [name, def] of Object.entries(node.definitions ?? {})) walk(def, `${path}/definitions/${name}`);
    };
    for (const d of Object.values(DIALECTS)) walk(d.schema, d.schemaFile);
    expect(problems).toEqual([]);
  });
});

/** Every diagnostic of every golden fixture, with the format of the file it came from. */
function allFixtureDiagnostics(): Array<Diagnostic & { format: 'json' | 'yaml' }> {
  return fixtureCases().flatMap((file) =>
    lintTexts(caseInputs(file), { config: caseConfig(file) }).map((d) => ({ ...d, format: d.file.endsWith('.json') ? ('json' as const) : ('yaml' as const) })),
  );
}

const pattern = (text: string) => new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(key|value|Parameter)\\?\}/g, '.*')}$`);

describe('catalogue coverage by the golden fixtures', () => {
  const all = allFixtureDiagnostics();
  const formatsOf = (match: (d: Diagnostic) => boolean) => new Set(all.filter(match).map((d) => d.format));

  for (const row of API_ROWS) {
    const wanted = row.code === 'InvalidJsonFormat' ? ['json'] : ['json', 'yaml'];
    it(`${row.code}: ${row.message}`, () => {
      const code = pattern(row.code.replace('{Parameter}', '{Parameter}'));
      const message = pattern(row.message);
      const origin = row.code.includes('{Parameter}') ? 'template' : 'api';
      const formats = formatsOf((d) => code.test(d.code) && message.test(d.message) && d.status === row.status && d.origin === origin);
      expect([...formats].sort()).toEqual(wanted);
    });
  }

  it('every SARIF help link lands on an anchor of the README catalogue', () => {
    const readme = readFileSync(README, 'utf8');
    const sarif = JSON.parse(joined(formatSarif([fileResult('all.json', all)], { cwd: ROOT, root: ROOT })));
    const missingAnchors = sarif.runs[0].tool.driver.rules
      .map((r: { helpUri: string }) => r.helpUri.split('#')[1])
      .filter((id: string) => !readme.includes(`<a id="${id}"></a>`));
    expect(missingAnchors).toEqual([]);
  });

  it('Missing{Parameter} (template) in JSON and YAML', () => {
    expect([...formatsOf((d) => d.origin === 'template' && d.code.startsWith('Missing'))].sort()).toEqual(['json', 'yaml']);
  });

  // RuleFailure is no spec's doing: test/run/rule-failure.test.ts makes a rule throw.
  for (const l of LINT_CODES.filter((c) => c.code !== 'RuleFailure')) {
    it(`${l.code} (lint)`, () => {
      // Comments exist only in YAML: a syntax error of YAML, and a suppression comment that suppresses nothing.
      const wanted = l.code === 'InvalidYamlFormat' || l.code === 'UnusedSuppression' ? ['yaml'] : ['json', 'yaml'];
      const formats = formatsOf((d) => d.code === l.code && d.message === l.message && d.status === null && d.origin === 'lint');
      expect([...formats].sort()).toEqual(wanted);
    });
  }
});
