/**
 * Why the schemas write `errorMessage` as they do (README "Editors"): what the two editor engines
 * and ajv-errors each make of it.
 *
 * - Both engines show a string `errorMessage` for a wrong type, a value outside `enum`/`const`,
 *   and a `pattern` mismatch (after `patternErrorMessage`); lengths and ranges keep their own words.
 * - Both pass an object `errorMessage` (ajv-errors' per-keyword form) through as the diagnostic's
 *   message, which is then not text at all — so the schemas never use that form.
 * - ajv-errors gives a string to every error of its node and of the subschemas below it. So a
 *   string sits only where one documented message covers every check of the node, and a
 *   parameter whose checks have different documented messages (Name: type, length, characters)
 *   keeps each check in an `allOf` part with its own string.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ajvModule, { type ErrorObject } from 'ajv';
import ajvErrorsModule from 'ajv-errors';
import { jsonEngine, yamlEngine } from './engines.js';

const PROBE = {
  type: 'object',
  properties: {
    typed: { type: 'string', minLength: 3, errorMessage: 'typed: documented' },
    listed: { enum: ['a', 'b'], errorMessage: 'listed: documented' },
    patterned: { type: 'string', pattern: '^x', errorMessage: 'patterned: documented', patternErrorMessage: 'patterned: pattern' },
    ranged: { type: 'integer', minimum: 5, errorMessage: 'ranged: documented' },
    perKeyword: { type: 'string', errorMessage: { type: 'perKeyword: type' } },
  },
};
const ASSOCIATION = { url: 'file:///probe.schema.json', fileMatch: ['*.probe.json', '*.probe.yaml'], schema: PROBE };

describe.each([
  ['json', jsonEngine([ASSOCIATION]), '{\n"typed": 1,\n"listed": "c",\n"patterned": "y",\n"ranged": 1,\n"perKeyword": 1\n}', 'file:///p/x.probe.json'],
  ['yaml', yamlEngine([ASSOCIATION]), 'typed: 1\nlisted: c\npatterned: "y"\nranged: 1\nperKeyword: 1\n', 'file:///p/x.probe.yaml'],
] as const)('%s engine', (_, engine, text, uri) => {
  it('a string errorMessage replaces the type and enum messages; patternErrorMessage wins for a pattern; a range keeps its own words', async () => {
    const byLine = new Map((await engine.validate(text, uri)).map((d) => [d.line, d.message]));
    const at = (key: string) => byLine.get(text.split('\n').findIndex((l) => l.includes(key)) + 1);
    expect(at('typed')).toBe('typed: documented');
    expect(at('listed')).toBe('listed: documented');
    expect(at('patterned')).toBe('patterned: pattern');
    expect(at('ranged')).toBe('Value is below the minimum of 5.');
  });

  it('an object errorMessage reaches the diagnostic as an object, not as text', async () => {
    const messages = (await engine.validate(text, uri)).map((d) => d.message);
    expect(messages).toContainEqual({ type: 'perKeyword: type' });
  });
});

// clusterlint's own validators are compiled without `errorMessage` (it takes messages from the
// catalogue); this one is compiled as any ajv-errors user of the schema would (ajv-cli -c ajv-errors).
describe('ajv-errors, on the published schema', () => {
  // CommonJS modules: under NodeNext their exports are the `default` of the module object.
  const ajv = new ajvModule.default({ allErrors: true, strict: false });
  ajvErrorsModule.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/batchcompute-cluster.schema.json', import.meta.url), 'utf8')));
  const wrapped = (data: unknown) => {
    validate(data);
    return (validate.errors ?? []).filter((e) => e.keyword === 'errorMessage');
  };
  const base = { ImageId: 'm-1', InstanceType: 'ecs.sn1.medium', Groups: { g: { DesiredVMCount: 1, ResourceType: 'OnDemand' } } };

  it('reports each check of Name with its own documented message (type, length and characters sit in separate parts)', () => {
    const messages = (name: unknown) => wrapped({ ...base, Name: name }).map((e) => e.message);
    expect(messages(5)).toEqual(['Specified parameter Name is not valid. Its type must be string.']);
    expect(messages('')).toEqual([
      'Specified parameter Name is not valid. Its length must be in [1, 64].',
      'Specified parameter Name is not valid. It must only contain characters within [a-zA-Z0-9_-], and must not start with [0-9].',
    ]);
    expect(messages('1abc')).toEqual(['Specified parameter Name is not valid. It must only contain characters within [a-zA-Z0-9_-], and must not start with [0-9].']);
  });

  it('keeps the original errors inside, with their keywords', () => {
    const [e] = wrapped({ ...base, Name: '1abc' });
    expect((e!.params as { errors: ErrorObject[] }).errors.map((o) => o.keyword)).toEqual(['pattern']);
  });

  it('leaves the errors of objects alone: a group error stays a group error', () => {
    validate({ ...base, Name: 'x', Groups: { g: { ResourceType: 'OnDemand' } } });
    expect(validate.errors!.map((e) => [e.instancePath, e.keyword])).toEqual([['/Groups/g', 'required']]);
  });
});
