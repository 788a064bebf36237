/**
 * A secret's value appears in no output: not in any format registered in FORMATS (today's and
 * those added later), not in stylish's source excerpt, not on stderr — however the secret is
 * written (JSON or YAML, any scalar style, through an alias, next to a syntax error) and whatever
 * its value (valid, too short, not a string). Secrets are the `x-secret` properties of every
 * dialect's schema, so a dialect added later is covered too.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { deref, DIALECTS, type SchemaNode } from '../../src/core/dialect.js';
import { isSecretName, redactSecrets } from '../../src/core/secrets.js';
import { FORMATS } from '../../src/formatters/index.js';
import { tempTree } from '../helpers.js';

const SECRET = 'Sup3rS3cretV4lue';

/** The pointers (as key lists) of every `x-secret` property reachable through fixed property names. */
function secretPaths(root: SchemaNode): string[][] {
  const out: string[][] = [];
  const walk = (node: SchemaNode, path: string[]) => {
    const n = deref(root, node);
    if (n['x-secret'] === true) out.push(path);
    for (const [k, v] of Object.entries(n.properties ?? {})) walk(v, [...path, k]);
  };
  walk(root, []);
  return out;
}

/** A nested body with one value at a path, naming its dialect's schema. */
function bodyWith(schemaFile: string, path: string[], value: unknown): Record<string, unknown> {
  const body: Record<string, unknown> = { $schema: schemaFile };
  let at = body;
  path.forEach((key, i) => {
    if (i === path.length - 1) at[key] = value;
    else at = (at[key] = {}) as Record<string, unknown>;
  });
  return body;
}

/** The same nesting written as YAML block mappings, with the value's text as given (it may span lines). */
function yamlWith(schemaFile: string, path: string[], valueText: (indent: string) => string, before = ''): string {
  let text = `${before}$schema: ${schemaFile}\n`;
  path.forEach((key, i) => {
    const indent = '  '.repeat(i);
    text += i === path.length - 1 ? `${indent}${key}: ${valueText(`${indent}  `)}\n` : `${indent}${key}:\n`;
  });
  return text;
}

/** Every way of writing a secret that the tests try, for one dialect and one secret path. */
function variants(schemaFile: string, path: string[]): Record<string, string> {
  const json = (value: unknown) => JSON.stringify(bodyWith(schemaFile, path, value));
  return {
    'pretty.json': JSON.stringify(bodyWith(schemaFile, path, SECRET), null, 2),
    'minified.json': json(SECRET),
    'short.json': json('Zq'),
    'number.json': json(98765432101234),
    'syntax-error.json': `${json(SECRET).slice(0, -1)} oops}`,
    'plain.yaml': yamlWith(schemaFile, path, () => SECRET),
    'quoted.yaml': yamlWith(schemaFile, path, () => `"${SECRET}"`),
    'literal.yaml': yamlWith(schemaFile, path, (i) => `|\n${i}${SECRET}\n${i}${SECRET}2`),
    'folded-plain.yaml': yamlWith(schemaFile, path, (i) => `first\n${i}${SECRET}`),
    'alias.yaml': yamlWith(schemaFile, path, () => '*s', `x-anchor: &s ${SECRET}\n`),
    'syntax-error.yaml': `${yamlWith(schemaFile, path, () => SECRET)}bad: [unclosed\n`,
  };
}

/** The value or text of a secret as a test can spot it in output. */
const LEAKS = [SECRET, 'Zq"', '98765432101234'];

function runAllFormats(cwd: string, files: string[]): string {
  let all = '';
  for (const name of Object.keys(FORMATS)) {
    for (const color of ['--no-color', '--color']) {
      let out = '';
      const status = runCli(['--format', name, color, ...files.map((f) => join(cwd, f))], {
        cwd,
        env: {},
        stdout: (t) => void (out += t),
        stderr: (t) => void (out += t),
        stdin: () => new Uint8Array(),
        isTTY: false,
      });
      expect([0, 1], out).toContain(status);
      all += out;
    }
  }
  return all;
}

describe('secrets never appear in output', () => {
  const cases = Object.values(DIALECTS).flatMap((d) => secretPaths(d.schema).map((path) => ({ dialect: d, path })));

  it('the schemas mark at least the documented secrets', () => {
    expect(cases.map((c) => `${c.dialect.name}:${c.path.join('.')}`)).toEqual(
      expect.arrayContaining(['batchcompute:Configs.Mounts.OSS.AccessKeySecret', 'batchcompute:Configs.Mounts.OSS.AccessSecurityToken', 'batchcompute:Configs.Mounts.OSS.SecurityToken']),
    );
  });

  for (const { dialect, path } of cases) {
    it(`${dialect.name} ${path.join('.')}: every format, every way of writing it`, () => {
      const files = variants(dialect.schemaFile, path);
      const cwd = tempTree(files);
      const out = runAllFormats(cwd, Object.keys(files));
      expect(out).toContain('PlaintextSecret');
      for (const leak of LEAKS) expect(out).not.toContain(leak);
      // The excerpt under a finding shows the masked value, so the finding can still be found.
      expect(out).toContain(`${path[path.length - 1]}": "${'*'.repeat(SECRET.length)}"`);
    });
  }

  it('also when PlaintextSecret is turned off and other findings show the secret’s line', () => {
    const [{ dialect, path }] = cases;
    const files = { 'one-line.json': JSON.stringify({ ...bodyWith(dialect!.schemaFile, path!, SECRET), Bogus: 1 }) };
    const cwd = tempTree({ ...files, 'clusterlint.config.json': '{"severity": {"PlaintextSecret": "off"}}' });
    const out = runAllFormats(cwd, Object.keys(files));
    expect(out).toContain('UnknownParameter');
    expect(out).not.toContain(SECRET);
  });
});

describe('redactSecrets: by key name', () => {
  const mask = (name: string, text: string) => redactSecrets(name, new TextEncoder().encode(text));

  it('every x-secret field of the schemas is a secret by its name', () => {
    for (const name of ['AccessKeySecret', 'AccessSecurityToken', 'SecurityToken', 'password']) expect(isSecretName(name), name).toBe(true);
  });

  it('replaces each character of the value, keeping lengths, line breaks and the indentation of block lines', () => {
    const text = '{"Configs": {"Mounts": {"OSS": {"AccessKeyId": "id", "AccessKeySecret": "s3cr\\"et😀"}}}}';
    expect(mask('a.json', text)).toBe('{"Configs": {"Mounts": {"OSS": {"AccessKeyId": "id", "AccessKeySecret": "**********"}}}}');
    const yaml = 'Configs:\r\n  Mounts:\r\n    OSS:\r\n      AccessKeySecret: |\r\n        line one\r\n        line two\r\n      AccessKeyId: id\r\n';
    expect(mask('a.yaml', yaml)).toBe('Configs:\r\n  Mounts:\r\n    OSS:\r\n      AccessKeySecret: *\r\n        ********\r\n        ********\r\n      AccessKeyId: id\r\n');
  });

  it('masks secrets under any key path, in every document, and leaves other text alone', () => {
    expect(mask('a.yaml', 'Name: x\n---\nwhatever:\n  SecurityToken: tok\n  other: tok\n')).toBe('Name: x\n---\nwhatever:\n  SecurityToken: ***\n  other: tok\n');
  });

  it('where a document does not parse: every scalar after the key on its line, and the more indented lines below', () => {
    expect(mask('a.json', '{"AccessKeySecret": "abc", "x": [}')).toBe('{"AccessKeySecret": "***", "*": [}');
    expect(mask('a.yaml', 'OSS:\n  AccessKeySecret: >\n    abc\n\n    def\n  Next: [\n')).toBe('OSS:\n  AccessKeySecret: *\n    ***\n\n    ***\n  Next: [\n');
  });

  it('a file that is not UTF-8 is shown whole, masked by the same guess', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('AccessKeySecret: abc\nName: '), 0xff, 0x0a]);
    expect(redactSecrets('a.yaml', bytes)).toBe('AccessKeySecret: ***\nName: \ufffd\n');
  });
});
