/**
 * `codeOnly` (issue 15): the code `invalid`, `missing` and `template` resolve to, made without the
 * message — a config that turns codes off has each of a hostile file's findings tested by its code
 * alone. It must be the very code of the finding, for every row of the table and the templates.
 */
import { describe, expect, it } from 'vitest';
import { API_ROWS, codeOnly, invalid, missing, template, type CheckKind } from '../../src/catalogue/catalogue.js';

const KINDS: CheckKind[] = ['type', 'bounds', 'format', 'quota'];
const vars = { key: 'k~1/x' };

describe('codeOnly', () => {
  // Every parameter the table names, and one it does not (the template).
  const params = [...new Set(API_ROWS.map((r) => r.code.replace(/^(Invalid|Missing)/, '')))].concat(['NoSuchParameter', 'UserData.{key}.value']);

  it('is the code of invalid() for every parameter and kind of check', () => {
    let rows = 0;
    for (const p of params) {
      for (const kind of KINDS) {
        const resolved = invalid(p, kind, vars);
        if (resolved.origin === 'api') rows++;
        expect(codeOnly('invalid', p, kind, vars, false), `${p} ${kind}`).toBe(resolved.code);
        expect(codeOnly('invalid', p, kind, vars, true), `${p} ${kind} (template)`).toBe(template('invalid', p, vars).code);
      }
    }
    expect(rows).toBeGreaterThan(30);
  });

  it('is the code of missing() for every parameter', () => {
    for (const p of params) {
      expect(codeOnly('missing', p, 'type', vars, false), p).toBe(missing(p, vars).code);
      expect(codeOnly('missing', p, 'type', vars, true), p).toBe(template('missing', p, vars).code);
    }
    expect(codeOnly('missing', 'Name', 'type', {}, false)).toBe('MissingName');
    expect(codeOnly('invalid', 'UserData.{key}.value', 'type', { key: 'a' }, false)).toBe('InvalidUserData.a.value');
  });
});
