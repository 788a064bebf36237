import { defineRule, tokens } from '../src/api/rule-api.js';

/** A key written twice in one object: the API would silently keep one value (SPEC §3 DuplicateKey). */
export default defineRule({
  id: 'duplicate-key',
  dialect: 'any',
  docs: 'Each key appears once per object; the parser records every repeat, reported at each later key (SPEC §3 DuplicateKey: the project\'s own check).',
  codes: ['DuplicateKey'],
  check({ document, report, lineOf }) {
    for (const d of document.duplicates) {
      const name = tokens(d.pointer).at(-1) ?? '';
      report.lint('DuplicateKey', d.pointer, { target: 'key', span: d.key, detail: `"${name}" is already defined on line ${lineOf(d.firstKey.start)}; keep only one.` });
    }
  },
});
