/** Where diagnostics point (SPEC §2): UTF-16 columns, tabs, line breaks, BOM, keys, values, containers, aliases. */
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/parse/json.js';
import { decodeUtf8, LineIndex } from '../../src/parse/text.js';
import { brief, lintText } from '../helpers.js';

const GROUP = '"Groups": {"w": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}';

describe('columns and lines', () => {
  it('a tab is one column', () => {
    const text = `{\n\t"Name":\t42, "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", ${GROUP}\n}`;
    expect(lintText(text).map(brief)).toEqual(['error:InvalidName@2:10 /Name']);
  });

  it('columns count UTF-16 code units: an astral character is two', () => {
    const text = `{"Description": "🚀🚀", "Name": 42, "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", ${GROUP}}`;
    // '{"Description": "' is 17 units, each rocket 2, then '", "Name": ' is 11: column 33
    expect(lintText(text).map(brief)).toEqual(['error:InvalidName@1:33 /Name']);
  });

  it('CRLF and a lone CR both end a line', () => {
    const crlf = `{\r\n"Name": 42,\r\n"ImageId": "m-1", "InstanceType": "ecs.sn1.medium", ${GROUP}}`;
    const cr = `{\r"Name": 42,\r"ImageId": "m-1", "InstanceType": "ecs.sn1.medium", ${GROUP}}`;
    expect(lintText(crlf).map(brief)).toEqual(['error:InvalidName@2:9 /Name']);
    expect(lintText(cr).map(brief)).toEqual(['error:InvalidName@2:9 /Name']);
  });

  it('a UTF-8 byte-order mark is accepted and takes no column', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`{"Name": 42, "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", ${GROUP}}`)]);
    const d = decodeUtf8(bytes);
    expect(d).toEqual({ ok: true, text: expect.stringMatching(/^\{"Name"/) });
  });

  it('a file that is not UTF-8 is a syntax error at the first bad byte, never replaced characters', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0xff, 0x22, 0x7d]);
    const d = decodeUtf8(bytes);
    expect(d).toMatchObject({ ok: false, text: '{"a', offset: 3 });
    const utf16 = decodeUtf8(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]));
    expect(utf16).toMatchObject({ ok: false, text: '{', offset: 0, reason: 'The file is encoded as UTF-16 (little-endian, with a byte-order mark); save it as UTF-8.' });
  });

  it('LineIndex maps offsets, clamps past the end, and gives line texts without breaks', () => {
    const index = new LineIndex('ab\r\ncd\ref\n');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 1 });
    expect(index.position(7)).toEqual({ line: 3, column: 1 });
    expect(index.position(99)).toEqual({ line: 4, column: 1 });
    expect([index.lineText(1), index.lineText(2), index.lineText(3)]).toEqual(['ab', 'cd', 'ef']);
  });
});

describe('what a diagnostic points at', () => {
  it('a value problem points at the value token, quotes included (JSON) and the scalar (YAML)', () => {
    const json = lintText(`{"Name": "a b", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", ${GROUP}}`)[0]!;
    expect([json.column, json.endColumn]).toEqual([10, 15]);
    const yaml = lintText('Name: a b\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups: {w: {DesiredVMCount: 1, ResourceType: OnDemand}}\n', 's.yaml')[0]!;
    expect([yaml.line, yaml.column, yaml.endColumn]).toEqual([1, 7, 10]);
  });

  it('a key problem points at the key token', () => {
    const d = lintText(`{"Name": "a", "Nmae": "b", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", ${GROUP}}`);
    expect(d.map((x) => [x.code, x.column, x.endColumn, x.detail])).toEqual([['UnknownParameter', 15, 21, '"Nmae" is not a field in the documented request body. Did you mean "Name"?']]);
  });

  it('a missing member points at the key its object stands under; in an array, at the element; at the root, at its start', () => {
    const text = [
      '{',
      '  "Name": "a", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium",',
      '  "Groups": {"w": {"ResourceType": "OnDemand"}},',
      '  "Configs": {"Mounts": {"Entries": [ {"Source": "oss://b/x", "Destination": "/x"} ]}}',
      '}',
    ].join('\n');
    expect(lintText(text).map(brief)).toEqual([
      'error:MissingDesiredVMCount@3:14 /Groups/w/DesiredVMCount',
      'error:MissingConfigs.Mounts.Entries.WriteSupport@4:39 /Configs/Mounts/Entries/0/WriteSupport',
    ]);
    expect(lintText('  {"Name": "a", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium"}').map(brief)).toEqual(['error:MissingGroups@1:3 /Groups']);
    expect(lintText('# a spec\nName: a\nImageId: m-1\nInstanceType: ecs.sn1.medium\n', 's.yaml').map(brief)).toEqual(['error:MissingGroups@2:1 /Groups']);
  });

  it('a value written through a YAML alias points at the anchored node', () => {
    const yaml = 'x-count: &n -1\nName: a\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  w: {DesiredVMCount: *n, ResourceType: OnDemand}\n';
    const d = lintText(yaml, 's.yaml');
    expect(d.map(brief)).toEqual(['warning:UnknownParameter@1:1 /x-count', 'error:InvalidDesiredVMCount@1:13 /Groups/w/DesiredVMCount']);
  });

  it('one finding per parameter, in the API order: type before range before quota', () => {
    const text = `{"Name": "a", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", "Groups": {"w": {"DesiredVMCount": 0.0, "ResourceType": "OnDemand"}}}`;
    const d = lintText(text, 'spec.json', { config: { quotas: { MaxClusterGroupDesiredVMCount: 0 } } });
    expect(d.map((x) => `${x.code}: ${x.message}`)).toEqual(['InvalidDesiredVMCount: Specified parameter DesiredVMCount is not valid. Its type must be integer.']);
  });
});

describe('the JSON parser', () => {
  it('the data is JSON.parse\'s, whether or not the text needed a scan', () => {
    for (const text of ['{"a": [1, {"b": null}], "c": "\\u00e9\\n"}', '[]', '{"__proto__": {"x": 1}}', '{"n": -0.5e-3}', '{"a": 1, "a": 2.0}']) {
      expect(parseJson(text).data).toEqual(JSON.parse(text));
    }
  });

  it('every duplicate key is found, at the later occurrence, with the earlier one', () => {
    const doc = parseJson('{"a": 1, "b": {"c": 1, "c": 2}, "a": 3, "a": 4}');
    expect(doc.duplicates.map((d) => [d.pointer, d.key.start, d.firstKey.start])).toEqual([
      ['/b/c', 23, 15],
      ['/a', 32, 1],
      ['/a', 40, 32],
    ]);
    expect(doc.data).toEqual({ a: 4, b: { c: 2 } });
  });

  it('whole numbers written with a fraction or exponent are recorded', () => {
    expect([...parseJson('{"a": 3.0, "b": 1e2, "c": 2.5, "d": 7, "e": -0.0}').floatIntegers]).toEqual(['/a', '/b', '/e']);
  });

  it('__proto__ is an ordinary key and touches no prototype', () => {
    const doc = parseJson('{"__proto__": {"polluted": true}, "a": 1, "a": 2}');
    expect(Object.keys(doc.data as object)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(doc.data)).toBe(Object.prototype);
  });

  it('a syntax error is located where the parser stopped, with a reason', () => {
    const cases: Array<[string, number, string]> = [
      ['{"a": 1,}', 8, `Expected a property name in double quotes, found '}'.`],
      ['{"a": tru}', 6, 'Expected a value (object, array, string, number, true, false or null), found \'t\'.'],
      ['{"a": "x\ny"}', 8, 'A string contains control character U+000A; write it as an escape such as \\n or \\t.'],
      ['{"a": 1} x', 9, "Unexpected 'x' after the end of the JSON value."],
      ['', 0, 'The file is empty; a request body must be a JSON object.'],
      ['{"a": "\\q"}', 7, 'Invalid escape sequence at \'q\'; JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.'],
      ['{"a": 01}', 7, "Expected ',' or '}' after a property value, found '1'."],
    ];
    for (const [text, offset, detail] of cases) {
      expect(parseJson(text).syntax, text).toEqual({ span: expect.objectContaining({ start: offset }), detail });
    }
  });
});
