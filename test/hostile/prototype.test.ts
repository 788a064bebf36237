/**
 * Keys such as `__proto__`, `constructor` and `prototype` are ordinary data: they become own
 * properties, are checked like any key, and never reach an object's prototype — in JSON (the
 * fast `JSON.parse` path and the exact parser), in YAML (plain keys, merge keys, aliases), in the
 * cross-file body hash and in the config.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { DIALECTS, schemaAt } from '../../src/dialect/dialect.js';
import { parseFile } from '../../src/parse/parse.js';
import { brief, lintText, lintTexts, tempTree } from '../helpers.js';

const HEAD = '"Name":"x","ImageId":"m-1","InstanceType":"ecs.sn1.medium","Groups":{"g":{"DesiredVMCount":1,"ResourceType":"OnDemand"}}';
const HOSTILE = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}';

let before: string[];
beforeEach(() => {
  before = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterEach(() => {
  // Nothing was added to, or changed on, the prototype every object shares.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.constructor).toBe(Object);
});

/** The data of the only document of a file, and checks that its keys are own data properties. */
function dataOf(name: string, text: string): Record<string, unknown> {
  const doc = parseFile(name, new TextEncoder().encode(text)).documents[0]!;
  expect(doc.syntax).toBeUndefined();
  const data = doc.data as Record<string, unknown>;
  expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  return data;
}

describe('hostile keys are data', () => {
  it('JSON, fast path: own properties with their values', () => {
    const data = dataOf('a.json', `{${HEAD},${HOSTILE}}`);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(Object.hasOwn(data, 'constructor')).toBe(true);
    expect(Object.keys(data)).toContain('__proto__');
  });

  it('JSON, exact path (a duplicate key forces it): own properties with their values', () => {
    const data = dataOf('a.json', `{${HEAD},${HOSTILE},"__proto__":{"polluted":"again"}}`);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 'again' });
    expect(Object.getOwnPropertyDescriptor(data, 'constructor')?.value).toEqual({ prototype: { polluted: 'yes' } });
  });

  it('YAML: plain keys, merge keys and aliases', () => {
    const data = dataOf(
      'a.yaml',
      'base: &b\n  __proto__: {polluted: yes}\n  constructor: {prototype: {polluted: yes}}\nmerged:\n  <<: *b\n  prototype: {polluted: yes}\ncopy: *b\n__proto__: [1]\n',
    );
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual([1]);
    for (const key of ['base', 'merged', 'copy']) {
      const inner = data[key] as Record<string, unknown>;
      expect(Object.getPrototypeOf(inner)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(inner, '__proto__')?.value).toEqual({ polluted: 'yes' });
    }
  });

  it('they are reported like any unknown key, at their own position', () => {
    const text = `{${HEAD},${HOSTILE}}`;
    expect(lintText(text).map(brief)).toEqual([
      `warning:UnknownParameter@1:${text.indexOf('"__proto__"') + 1} /__proto__`,
      `warning:UnknownParameter@1:${text.indexOf('"constructor"') + 1} /constructor`,
      `warning:UnknownParameter@1:${text.lastIndexOf('"prototype"') + 1} /prototype`,
    ]);
    expect(lintText(`Name: x\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\n__proto__: 1\n`, 'a.yaml').map(brief)).toEqual([
      'warning:UnknownParameter@5:1 /__proto__',
    ]);
  });

  it('as map keys they get the documented codes with the key filled in', () => {
    const text = `{"Name":"x","ImageId":"m-1","InstanceType":"ecs.sn1.medium","UserData":{"__proto__":1,"constructor":"ok","toString":"ok"},"Groups":{"__proto__":{"ResourceType":"OnDemand"},"constructor":{"DesiredVMCount":1,"ResourceType":"Nope"},"hasOwnProperty":7}}`;
    expect(lintText(text).map((d) => `${d.code} ${d.pointer} | ${d.message}`)).toEqual([
      'InvalidUserData.__proto__.value /UserData/__proto__ | Specified parameter UserData.__proto__.value is not valid. Its type must be string.',
      'MissingDesiredVMCount /Groups/__proto__/DesiredVMCount | DesiredVMCount is mandatory for this action.',
      'InvalidResourceType /Groups/constructor/ResourceType | Specified parameter ResourceType is not valid.',
      'InvalidGroups.hasOwnProperty /Groups/hasOwnProperty | Specified parameter Groups.hasOwnProperty is not valid. Its type must be object.',
    ]);
  });

  it('schema lookups see only the schema’s own property names', () => {
    const bc = DIALECTS.batchcompute!;
    expect(schemaAt(bc, ['constructor'])).toBeUndefined();
    expect(schemaAt(bc, ['Configs', 'toString'])).toBeUndefined();
    expect(schemaAt(bc, ['Configs', '__proto__', 'x'])).toBeUndefined();
  });

  it('bodies that differ only under __proto__ are different bodies for IdempotentToken', () => {
    const body = (v: number) => `{${HEAD},"IdempotentToken":"t1","UserData":{"k":"v"},"__proto__":{"x":${v}}}`;
    expect(lintTexts({ 'a.json': body(1), 'b.json': body(2) }).filter((d) => d.code === 'IdempotentTokenMismatch').map((d) => d.file)).toEqual(['b.json']);
    expect(lintTexts({ 'a.json': body(1), 'b.json': body(1) }).filter((d) => d.code === 'IdempotentTokenMismatch')).toEqual([]);
  });

  it('a config with such keys is rejected or read as data, never merged into a prototype', () => {
    for (const config of ['{"__proto__": {"quotas": {"MaxClusterCount": 0}}}', '{"severity": {"constructor": "off", "toString": "warning"}}', 'overrides:\n  - files: ["*.json"]\n    severity: {prototype: "off"}\n']) {
      const name = config.startsWith('{') ? 'clusterlint.config.json' : 'clusterlint.config.yaml';
      const cwd = tempTree({ [name]: config, 'a.json': `{${HEAD}}` });
      let err = '';
      const status = runCli(['--print-config', 'a.json'], { cwd, env: {}, stdout: () => undefined, stderr: (t) => void (err += t), stdin: () => new Uint8Array(), isTTY: false });
      expect(status === 0 || (status === 2 && err.startsWith('clusterlint: invalid config'))).toBe(true);
      expect(lintText(`{${HEAD}}`)).toEqual([]);
    }
  });
});
