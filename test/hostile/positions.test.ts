/**
 * Issue 15, "Wrong positions or wrong words": each class of input that pointed at the wrong place
 * or said the wrong thing, with the exact line:column, message and detail it gets now.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse.js';
import { FORMATS, joined } from '../../src/formatters/index.js';
import { displayWidth } from '../../src/formatters/width.js';
import { BIN, goldenLine, lintResults, lintText, tempTree } from '../helpers.js';

const HEAD = 'Name: x\nImageId: m-1\nInstanceType: ecs.sn1.medium\n';
const GROUPS = 'Groups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\n';
const DUP = 'A key appears more than once in the same object; the API would silently keep only one value.';
const UNKNOWN = (k: string, line: number) =>
  `${line}:1-${line}:${k.length + 1} warning UnknownParameter - /${k} The parameter is not defined for this action. | "${k}" is not a field in the documented request body.`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('a key written three times', () => {
  it('YAML: each later occurrence at its own key, naming the one before it', () => {
    expect(lintText(`${HEAD}${GROUPS}Name: y\nName: z\n`, 's.yaml').map(goldenLine)).toEqual([
      `5:1-5:5 error DuplicateKey - /Name ${DUP} | "Name" is already defined on line 1; keep only one.`,
      `6:1-6:5 error DuplicateKey - /Name ${DUP} | "Name" is already defined on line 5; keep only one.`,
    ]);
  });

  it('JSON: the same, also when both repeats stand on one line (they were one finding)', () => {
    const text = '{"Name": "x",\n "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}},\n "Name": "y", "Name": "z"}';
    expect(lintText(text, 's.json').map(goldenLine)).toEqual([
      `3:2-3:8 error DuplicateKey - /Name ${DUP} | "Name" is already defined on line 1; keep only one.`,
      `3:15-3:21 error DuplicateKey - /Name ${DUP} | "Name" is already defined on line 3; keep only one.`,
    ]);
  });
});

describe('merge keys point at the anchored text the value came from', () => {
  const anchors = 'a: &a {DesiredVMCount: 70000}\nb: &b {DesiredVMCount: 2, ResourceType: OnDemand}\n';
  const zero = '4:24-4:29 error InvalidDesiredVMCount 400 /Groups/g/DesiredVMCount Specified parameter DesiredVMCount is not valid. It must be in [1, 65536]. | Groups.g.DesiredVMCount is 70000; the largest allowed value is 65536.';

  it('`<<: [*a, *b]`: the earlier map wins, and the finding is at *a\'s text (it was at *b\'s)', () => {
    const text = `${HEAD}${anchors}Groups:\n  g:\n    <<: [*a, *b]\n`;
    expect(lintText(text, 's.yaml').map(goldenLine)).toEqual([UNKNOWN('a', 4), zero, UNKNOWN('b', 5)]);
    expect((parseFile('s.yaml', bytes(text)).documents[0]!.data as { Groups: unknown }).Groups).toEqual({ g: { DesiredVMCount: 70000, ResourceType: 'OnDemand' } });
  });

  it('two `<<` keys: the first wins, at its text', () => {
    expect(lintText(`${HEAD}${anchors}Groups:\n  g:\n    <<: *a\n    <<: *b\n`, 's.yaml').map(goldenLine)).toEqual([UNKNOWN('a', 4), zero, UNKNOWN('b', 5)]);
  });

  it('a key of the mapping itself wins over the merge, before or after `<<`; the merged 2.0 it hides is not reported', () => {
    const before = `${HEAD}a: &a {DesiredVMCount: 2.0, ResourceType: OnDemand}\nGroups:\n  g:\n    DesiredVMCount: 70000\n    <<: *a\n`;
    const after = `${HEAD}a: &a {DesiredVMCount: 2.0, ResourceType: OnDemand}\nGroups:\n  g:\n    <<: *a\n    DesiredVMCount: 70000\n`;
    const own = (line: number) => `${line}:21-${line}:26 error InvalidDesiredVMCount 400 /Groups/g/DesiredVMCount Specified parameter DesiredVMCount is not valid. It must be in [1, 65536]. | Groups.g.DesiredVMCount is 70000; the largest allowed value is 65536.`;
    expect(lintText(before, 's.yaml').map(goldenLine)).toEqual([UNKNOWN('a', 4), own(7)]);
    expect(lintText(after, 's.yaml').map(goldenLine)).toEqual([UNKNOWN('a', 4), own(8)]);
  });
});

describe('a flow key without a value points at the key, not at the mapping\'s key', () => {
  it('`{a: , b}`', () => {
    expect(lintText(`${HEAD}Groups: {g: {DesiredVMCount: , ResourceType }}\n`, 's.yaml').map(goldenLine)).toEqual([
      '4:14-4:28 error InvalidDesiredVMCount 400 /Groups/g/DesiredVMCount Specified parameter DesiredVMCount is not valid. Its type must be integer. | Groups.g.DesiredVMCount is null; it must be an integer.',
      '4:32-4:44 error InvalidResourceType 400 /Groups/g/ResourceType Specified parameter ResourceType is not valid. | Groups.g.ResourceType is null; it must be a string.',
    ]);
  });

  it('`!!set {a, b}`', () => {
    expect(lintText(`${HEAD}${GROUPS}UserData: !!set {a, b}\n`, 's.yaml').map(goldenLine)).toEqual([
      '5:18-5:19 error InvalidUserData.a.value 400 /UserData/a Specified parameter UserData.a.value is not valid. Its type must be string. | UserData.a is null; it must be a string.',
      '5:21-5:22 error InvalidUserData.b.value 400 /UserData/b Specified parameter UserData.b.value is not valid. Its type must be string. | UserData.b is null; it must be a string.',
    ]);
  });
});

describe('YAML with CR-only line breaks', () => {
  it('is read as the same YAML with LF (it was InvalidYamlFormat), positions counting CR as a break', () => {
    const lf = `${HEAD}Groups:\n  g:\n    DesiredVMCount: 70000\n    ResourceType: OnDemand\nDescription: "two\n  lines"\n`;
    const expected = ['6:21-6:26 error InvalidDesiredVMCount 400 /Groups/g/DesiredVMCount Specified parameter DesiredVMCount is not valid. It must be in [1, 65536]. | Groups.g.DesiredVMCount is 70000; the largest allowed value is 65536.'];
    expect(lintText(lf.replace(/\n/g, '\r'), 's.yaml').map(goldenLine)).toEqual(expected);
    expect(lintText(lf, 's.yaml').map(goldenLine)).toEqual(expected);
    expect(parseFile('s.yaml', bytes(lf.replace(/\n/g, '\r'))).documents[0]!.data).toEqual(parseFile('s.yaml', bytes(lf)).documents[0]!.data);
  });
});

describe('keys that are not strings keep their source text', () => {
  it('`null:` and `~:` are two keys, `1.0:` and `1:` too (they were "" twice, and one key)', () => {
    const text = `${HEAD}${GROUPS}UserData: {null: a, ~: b, 1.0: c, 1: d, true: 5}\n`;
    expect((parseFile('s.yaml', bytes(text)).documents[0]!.data as { UserData: unknown }).UserData).toEqual({ null: 'a', '~': 'b', '1.0': 'c', 1: 'd', true: 5 });
    expect(lintText(text, 's.yaml').map(goldenLine)).toEqual([
      '5:47-5:48 error InvalidUserData.true.value 400 /UserData/true Specified parameter UserData.true.value is not valid. Its type must be string. | UserData.true is a number (5); it must be a string.',
    ]);
  });
});

describe('`<<` on something that is not a mapping is a syntax error, not a silent skip', () => {
  const cases: Array<[string, string]> = [
    ['    <<: OnDemand\n', '6:9-6:17 | A merge key (<<) takes a mapping, an alias to one, or a list of them; it has a scalar here.'],
    ['    <<: [OnDemand, Spot]\n', '6:10-6:18 | A merge key (<<) takes a mapping, an alias to one, or a list of them; it has a scalar in its list here.'],
    ['    <<:\n    DesiredVMCount: 1\n', '6:5-6:7 | A merge key (<<) takes a mapping, an alias to one, or a list of them; it has nothing here.'],
  ];
  it.each(cases)('%j', (body, expected) => {
    const [range, detail] = expected.split(' | ');
    expect(lintText(`${HEAD}Groups:\n  g:\n${body}`, 's.yaml').map(goldenLine)).toEqual([`${range} error InvalidYamlFormat - / The spec file has an invalid YAML format. | ${detail}`]);
  });

  it('an alias to a sequence', () => {
    expect(lintText(`${HEAD}x: &x [1]\nGroups:\n  g:\n    <<: *x\n`, 's.yaml').map(goldenLine)).toEqual([
      '7:9-7:11 error InvalidYamlFormat - / The spec file has an invalid YAML format. | A merge key (<<) takes a mapping, an alias to one, or a list of them; it has a sequence here.',
    ]);
  });
});

describe('a %YAML directive for another version', () => {
  const spec = 'name: x\nsize: 0100000\ninstance_type: ecs.g6.large\nnetwork_mode: vpc\nneed_slb: yes\n';
  const brief = (text: string) => lintText(text, 'c.yaml', { dialect: 'containerservice' }).filter((d) => !d.code.startsWith('Missing')).map(goldenLine);

  it('%YAML 1.1 no longer switches to YAML 1.1 (errors vanished); a warning at the directive names what 1.1 reads differently', () => {
    expect(brief(`%YAML 1.1\n---\n${spec}`)).toEqual([
      '1:1-1:10 warning InvalidYamlFormat - / The spec file has an invalid YAML format. | This document declares %YAML 1.1; clusterlint reads every spec as YAML 1.2. A YAML 1.1 reader would read size (line 4) and need_slb (line 7) differently: write each so that both versions agree (true, not yes; 10, not 010), then remove the directive.',
      "4:7-4:14 warning InvalidSize 400 /size Specified parameter size is not valid. | size is 0100000; the provider's tooling creates at most 50 nodes in one swarm cluster.",
      '7:11-7:14 error InvalidNeedSlb 400 /need_slb Specified parameter need_slb is not valid. | need_slb is a string ("yes"); it must be true or false. YAML 1.2 reads yes as a string (only YAML 1.1 read it as a boolean): write true, without quotes.',
    ]);
    // The same findings as without the directive, besides the warning.
    expect(brief(`%YAML 1.1\n---\n${spec}`).slice(1)).toEqual(brief(spec).map((l) => l.replace(/^(\d+)(:\d+-)(\d+)/, (_, a: string, m: string, b: string) => `${Number(a) + 2}${m}${Number(b) + 2}`)));
  });

  it('a document that reads the same in both, and a version clusterlint does not know', () => {
    expect(brief('%YAML 1.1\n---\nname: x\nsize: 3\n')).toEqual([
      '1:1-1:10 warning InvalidYamlFormat - / The spec file has an invalid YAML format. | This document declares %YAML 1.1; clusterlint reads every spec as YAML 1.2. No value of this document reads differently in YAML 1.1: the directive can go.',
    ]);
    expect(brief('%YAML 1.3\n---\nname: x\nsize: 3\n')).toEqual([
      '1:1-1:10 warning InvalidYamlFormat - / The spec file has an invalid YAML format. | This document declares %YAML 1.3; clusterlint reads every spec as YAML 1.2.',
    ]);
    expect(brief('%YAML 1.2\n---\nname: x\nsize: 3\n')).toEqual([]);
    // Another major version is rejected (YAML 1.2, 6.8.1), the document still read as 1.2.
    expect(brief('%YAML 2.0\n---\nname: x\nsize: 3\n')).toEqual([
      '1:1-1:10 error InvalidYamlFormat - / The spec file has an invalid YAML format. | This document declares %YAML 2.0; clusterlint reads every spec as YAML 1.2.',
    ]);
  });
});

describe('numbers are quoted as written and named by their type', () => {
  const type = 'Specified parameter DesiredVMCount is not valid. Its type must be integer.';
  const range = 'Specified parameter DesiredVMCount is not valid. It must be in [1, 65536].';
  const big = `1${'0'.repeat(400)}`;

  it('YAML: 1e400, a 400-digit integer, 9007199254740993, !!float 2, .inf', () => {
    const text = `${HEAD}Groups:\n  g: {DesiredVMCount: 1e400, ResourceType: OnDemand}\n  h: {DesiredVMCount: 9007199254740993, ResourceType: OnDemand}\n  i: {DesiredVMCount: !!float 2, ResourceType: OnDemand}\n  j: {DesiredVMCount: ${big}, ResourceType: OnDemand}\n  k: {DesiredVMCount: .inf, ResourceType: OnDemand}\n`;
    expect(lintText(text, 's.yaml').map(goldenLine)).toEqual([
      `5:23-5:28 error InvalidDesiredVMCount 400 /Groups/g/DesiredVMCount ${type} | Groups.g.DesiredVMCount is a number beyond the range of a 64-bit float (1e400); it must be an integer.`,
      `6:23-6:39 error InvalidDesiredVMCount 400 /Groups/h/DesiredVMCount ${range} | Groups.h.DesiredVMCount is 9007199254740993; the largest allowed value is 65536.`,
      `7:31-7:32 error InvalidDesiredVMCount 400 /Groups/i/DesiredVMCount ${type} | The value is tagged !!float, which makes it a float; write it as the integer 2, without the tag.`,
      `8:23-8:424 error InvalidDesiredVMCount 400 /Groups/j/DesiredVMCount ${type} | Groups.j.DesiredVMCount is an integer beyond the range of a 64-bit float (100000000000000000000000000000…, 401 digits); it must be an integer.`,
      `9:23-9:27 error InvalidDesiredVMCount 400 /Groups/k/DesiredVMCount ${type} | Groups.k.DesiredVMCount is infinity (.inf); it must be an integer.`,
    ]);
  });

  it('rules quote numbers as written too (size, a quota on DesiredVMCount)', () => {
    const cs = lintText('name: x\nsize: 9007199254740993\n', 'c.yaml', { dialect: 'containerservice' }).filter((d) => d.code === 'InvalidSize');
    expect(cs.map((d) => d.detail)).toEqual(["size is 9007199254740993; the provider's tooling creates at most 50 nodes in one swarm cluster."]);
    const text = `${HEAD}Groups: {g: {DesiredVMCount: 0x40, ResourceType: OnDemand}}\n`;
    const quota = lintText(text, 's.yaml', { config: { quotas: { MaxClusterGroupDesiredVMCount: 5 } } }).map(goldenLine);
    expect(quota).toEqual(['4:30-4:34 error QuotaExhausted.MaxClusterGroupDesiredVMCount 403 /Groups/g/DesiredVMCount The MaxClusterGroupDesiredVMCount (5) quota is exhausted. | Group "g" asks for 0x40 VMs; the quota allows 5.']);
  });

  it('`!!float 2` is the float 2 (YAML 1.2 core schema), not the string "2"', () => {
    expect((parseFile('s.yaml', bytes('a: !!float 2\nb: !!float -1.5e1\n')).documents[0]!.data)).toEqual({ a: 2, b: -15 });
    expect(lintText(`${HEAD}${GROUPS}Description: !!float 2\n`, 's.yaml').map(goldenLine)).toEqual([
      '5:22-5:23 error InvalidDescription 400 /Description Specified parameter Description is not valid. Its type must be string. | Description is a number (2); it must be a string.',
    ]);
  });

  it('JSON: the same words, and a long integer quoted whole', () => {
    const text = `{"Name": "x", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", "Groups": {\n"g": {"DesiredVMCount": 1e400, "ResourceType": "OnDemand"},\n"h": {"DesiredVMCount": 9007199254740993, "ResourceType": "OnDemand"},\n"j": {"DesiredVMCount": ${big}, "ResourceType": "OnDemand"}}, "Description": 12345678901234567890}`;
    expect(lintText(text, 's.json').map(goldenLine)).toEqual([
      `2:25-2:30 error InvalidDesiredVMCount 400 /Groups/g/DesiredVMCount ${type} | Groups.g.DesiredVMCount is a number beyond the range of a 64-bit float (1e400); it must be an integer.`,
      `3:25-3:41 error InvalidDesiredVMCount 400 /Groups/h/DesiredVMCount ${range} | Groups.h.DesiredVMCount is 9007199254740993; the largest allowed value is 65536.`,
      `4:25-4:426 error InvalidDesiredVMCount 400 /Groups/j/DesiredVMCount ${type} | Groups.j.DesiredVMCount is an integer beyond the range of a 64-bit float (100000000000000000000000000000…, 401 digits); it must be an integer.`,
      '4:473-4:493 error InvalidDescription 400 /Description Specified parameter Description is not valid. Its type must be string. | Description is a number (12345678901234567890); it must be a string.',
    ]);
  });
});

describe('the stylish caret is placed in terminal columns', () => {
  const excerpt = (name: string, text: string) => {
    const results = lintResults({ [name]: text }, { dialect: 'containerservice' });
    const out = joined(FORMATS.stylish(results, { color: false, cwd: process.cwd(), root: process.cwd(), line: (_f, n) => text.split(/\r\n|\r|\n/)[n - 1] }));
    return out.split('\n').filter((l) => l.includes('│')).map((l) => l.replace(/^ +│ /, ''));
  };

  it('CJK and full-width characters take two columns, a combining mark none (columns stay UTF-16)', () => {
    const text = '{"name": "e\u0301té 集群", "size": "３", "instance_type": "ecs.g6.large", "network_mode": "vpc", "subnet_cidr": "10.0.0.0/16", "vpc_id": "vpc-a", "vswitch_id": "vsw-a", "data_disk_category": "cloud", "data_disk_size": 40, "password": "Abcdefg1!"}';
    const results = lintResults({ 'c.json': text }, { dialect: 'containerservice' });
    expect(results[0]!.diagnostics.filter((d) => d.code !== 'PlaintextSecret').map((d) => `${d.code} ${d.column}-${d.endColumn}`)).toEqual(['InvalidName 10-19', 'InvalidSize 29-32']);
    const lines = excerpt('c.json', text).slice(0, 4);
    expect(lines[1]).toBe(`${' '.repeat(9)}${'^'.repeat(10)}`);
    expect(lines[3]).toBe(`${' '.repeat(29)}^^^^`);
    expect(displayWidth(lines[0]!.slice(0, lines[0]!.indexOf('"size": "') + 9))).toBe(29 + 1);
  });

  it('a value after wide text in YAML', () => {
    const text = '{name: 集群一号, size: -1, instance_type: ecs.g6.large, network_mode: vpc}\n';
    const lines = excerpt('c.yaml', text);
    // '{name: 集群一号, size: ' is 19 UTF-16 units and 23 columns.
    expect(lintResults({ 'c.yaml': text }, { dialect: 'containerservice' })[0]!.diagnostics.find((d) => d.code === 'InvalidSize')!.column).toBe(20);
    expect(lines).toContain(`${' '.repeat(23)}^^`);
  });

  it('displayWidth', () => {
    expect([displayWidth('abc'), displayWidth('集群'), displayWidth('ＡＢ'), displayWidth('e\u0301'), displayWidth('😀'), displayWidth('한국'), displayWidth('ｶﾀｶﾅ')]).toEqual([3, 4, 4, 1, 2, 4, 4]);
  });
});

describe('a spec read from a named pipe', () => {
  it('shows its real source line under the finding (the pipe was read again, drained: an empty line, caret at 1)', () => {
    const dir = tempTree({ 'a.yaml': `${HEAD}Groups: {g: {DesiredVMCount: 70000, ResourceType: OnDemand}}\n` });
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" --no-color <(cat a.yaml)`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.includes('│')).map((l) => l.replace(/^ +│ /, ''));
    expect(lines).toEqual(['Groups: {g: {DesiredVMCount: 70000, ResourceType: OnDemand}}', `${' '.repeat(29)}^^^^^`]);
  });
});
