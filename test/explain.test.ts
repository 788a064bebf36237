import { describe, expect, it } from 'vitest';
import { codeDocs, explainDoc, explainText } from '../src/docs/explain.js';
import { catalogueCodes } from '../src/docs/catalogue.js';
import { lintText } from '../src/index.js';
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
      const failing = lintText(doc.failing.text, { filename: doc.failing.filename, ...(doc.failing.config ? { config: doc.failing.config } : {}) });
      const re = matcher(code);
      expect(failing.diagnostics.map((d) => d.code).filter((c) => re.test(c)), JSON.stringify(failing.diagnostics.map((d) => [d.code, d.message]))).not.toEqual([]);
      const passing = lintText(doc.passing.text, { filename: doc.passing.filename, ...(doc.passing.config ? { config: doc.passing.config } : {}) });
      expect(passing.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.message])).toEqual([]);
      expect(passing.diagnostics.map((d) => d.code).filter((c) => re.test(c))).toEqual([]);
    });
  }
});
