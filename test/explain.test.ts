import { describe, expect, it } from 'vitest';
import { codeDocs, explainDoc, explainText } from '../src/docs/explain.js';
import { catalogueCodes } from '../src/catalogue/list.js';
import { format, lintText } from '../src/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

/** The codes a catalogue spelling stands for: `{key}` is any key, `{Parameter}` any parameter. */
const matcher = (code: string) => new RegExp(`^${code.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{key}', '.*').replace('{Parameter}', '[A-Z].+')}$`);

describe('every catalogue code has documentation whose examples are true', () => {
  const codes = [...new Set(catalogueCodes().map((c) => c.code))];
  it('covers the whole catalogue', () => {
    expect([...codeDocs().keys()]).toEqual(codes);
  });
  it('links each code to its README catalogue entry, which exists', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const doc of codeDocs().values()) {
      expect(readme, doc.code).toContain(`<a id="${doc.anchor}"></a>`);
      expect(doc.url).toBe(`https://github.com/clusterlint/clusterlint#${doc.anchor}`);
    }
  });
  for (const code of codes) {
    it(code, () => {
      const doc = explainDoc(code);
      expect(doc.code).toBe(code);
      expect(explainText(doc)).toContain(doc.url);
      if (!doc.failing) {
        // No spec causes it: test/run/rule-failure.test.ts makes a rule throw.
        expect(code).toBe('RuleFailure');
        return;
      }
      const failing = lintText(doc.failing.text, { filename: doc.failing.filename, ...(doc.failing.config ? { config: doc.failing.config } : {}) });
      const re = matcher(code);
      const found = failing.diagnostics.filter((d) => re.test(d.code));
      expect(found, JSON.stringify(failing.diagnostics.map((d) => [d.code, d.message]))).not.toEqual([]);
      // An API or template code's example is a request the API rejects; a lint code's shows its default severity.
      expect(found.map((d) => d.severity)).toContain(doc.severity ?? 'error');
      const passing = lintText(doc.passing.text, { filename: doc.passing.filename, ...(doc.passing.config ? { config: doc.passing.config } : {}) });
      expect(passing.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.message])).toEqual([]);
      expect(passing.diagnostics.map((d) => d.code).filter((c) => re.test(c))).toEqual([]);
    });
  }
});

describe('the doc link in the formats that can carry one', () => {
  const text = JSON.stringify({ Name: 'my-cluster', ImageId: 'm-2309yqb5n', InstanceType: 'ecs.sn1.medium', Groups: { group1: { DesiredVMCount: 1, ResourceType: 'OnDemand' } }, UserData: { team: 42 }, Bootstrap: 7 });
  const result = lintText(text, { filename: 'cluster.json' });
  const base = 'https://github.com/clusterlint/clusterlint#';
  it('lints the spec as expected', () => {
    expect(result.diagnostics.map((d) => d.code)).toEqual(['InvalidUserData.team.value', 'InvalidBootstrap']);
  });
  it('gitlab: content.body links the catalogue entry (Code Climate\'s Markdown explanation)', () => {
    const issues = JSON.parse(format([result], 'gitlab')) as Array<{ content: { body: string } }>;
    expect(issues.map((i) => i.content.body)).toEqual([
      `[InvalidUserData.team.value](${base}code-invaliduserdatakeyvalue): what triggers it, how to fix it, examples (also \`clusterlint --explain InvalidUserData.team.value\`).`,
      `[InvalidBootstrap](${base}code-invalidbootstrap): what triggers it, how to fix it, examples (also \`clusterlint --explain InvalidBootstrap\`).`,
    ]);
  });
  it('junit: the failure text ends with the link; SARIF: helpUri is the same link', () => {
    const junit = format([result], 'junit');
    expect(junit.match(/Documentation: [^<]*/g)).toEqual([`Documentation: ${base}code-invaliduserdatakeyvalue`, `Documentation: ${base}code-invalidbootstrap`]);
    const sarif = JSON.parse(format([result], 'sarif')) as { runs: Array<{ tool: { driver: { rules: Array<{ helpUri: string }> } } }> };
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.helpUri)).toEqual([`${base}code-invaliduserdatakeyvalue`, `${base}code-invalidbootstrap`]);
  });
});
