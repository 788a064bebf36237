/**
 * Limits: every input that could exhaust the stack, memory or time gets a clear diagnostic
 * instead — deep nesting, alias bombs and cycles, files over the size limit, huge objects, long
 * lines, NUL bytes and binary files. Speed is never asserted; the suite's timeout bounds it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/cli.js';
import { DEFAULT_MAX_FILE_SIZE, MAX_ALIAS_EXPANSION, MAX_DEPTH, MAX_VALUES, MAX_YAML_DOCUMENTS, MAX_YAML_TOKENS, SNIFF_BYTES, TOO_DEEP, TOO_MANY_DOCUMENTS, TOO_MANY_TOKENS, TOO_MANY_VALUES } from '../../src/config/limits.js';
import { readLimited } from '../../src/io/read.js';
import { brief, goldenLine, lintResults, lintText, lintTexts, runBin, tempTree } from '../helpers.js';

const N = 100_000;
/** Keys of a YAML object in the tests of large content: as many as the YAML token limit lets through, about. */
const NY = 40_000;
const HEAD = '{"Name":"x","ImageId":"m-1","InstanceType":"ecs.sn1.medium","Groups":{"g":{"DesiredVMCount":1,"ResourceType":"OnDemand"}}';
const YAML_HEAD = 'Name: x\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 1, ResourceType: OnDemand}\n';

describe('nesting depth', () => {
  it(`JSON nested ${N} levels is InvalidJsonFormat at the first bracket beyond ${MAX_DEPTH}`, () => {
    const [d, ...rest] = lintText('['.repeat(N) + ']'.repeat(N));
    expect(rest).toEqual([]);
    expect(goldenLine(d!)).toBe(`1:${MAX_DEPTH + 1}-1:${MAX_DEPTH + 2} error InvalidJsonFormat 400 / The request body has an invalid json format. | ${TOO_DEEP}`);
  });

  it('JSON that JSON.parse accepts but nests too deeply inside a spec (fast path) is found at its place', () => {
    const text = `${HEAD},\n"UserData":{"k":${'{"a":'.repeat(N)}1${'}'.repeat(N)}}}`;
    // Line 2 is `"UserData":{"k":{"a":{"a":…`; the object under "k" is level 3 and starts at column 17.
    expect(lintText(text).map(brief)).toEqual([`error:InvalidJsonFormat@2:${17 + 5 * (MAX_DEPTH + 1 - 3)} /`]);
  });

  it(`JSON exactly ${MAX_DEPTH} levels deep is read and checked`, () => {
    // The root object is level 1; Description holds 127 nested arrays.
    const text = `${HEAD},"Description":${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}}`;
    expect(lintText(text).map((d) => d.code)).toEqual(['InvalidDescription']);
  });

  const yamlCases: Record<string, string> = {
    'flow sequences': '['.repeat(N) + ']'.repeat(N),
    'flow mappings': `${'{a: '.repeat(N)}1${'}'.repeat(N)}`,
    'block sequences on one line': `${'- '.repeat(N)}1\n`,
    'block mappings': Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}a:\n`).join('') + `${' '.repeat(2_000)}1\n`,
    'sequences of mappings': Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(2 * i)}- a:\n`).join(''),
  };
  for (const [name, text] of Object.entries(yamlCases)) {
    it(`YAML nested too deeply (${name}) is InvalidYamlFormat with the limit in the detail`, () => {
      const d = lintText(text, 'deep.yaml');
      expect(d.map((x) => `${x.code} ${x.detail}`)).toEqual([`InvalidYamlFormat ${TOO_DEEP}`]);
    });
  }

  it('YAML nested too deeply only through aliases is reported, not a stack overflow', () => {
    // Each anchor nests 100 levels and holds the previous one: the data is 1,000 levels deep.
    let text = YAML_HEAD + 'UserData:\n';
    for (let i = 0; i < 10; i++) text += `  k${i}: &a${i} ${'['.repeat(100)}${i ? `*a${i - 1}` : '1'}${']'.repeat(100)}\n`;
    const d = lintText(text, 'aliases.yaml');
    expect(d.map((x) => `${x.code} ${x.detail}`)).toEqual([`InvalidYamlFormat ${TOO_DEEP}`]);
    expect(d[0]!.line).toBe(7);
  });

  it('the second document of a stream can be too deep while the first is checked', () => {
    const d = lintText(`${YAML_HEAD}---\n${'['.repeat(N)}${']'.repeat(N)}\n`, 'two.yaml');
    expect(d.map(brief)).toEqual([`error:InvalidYamlFormat@7:${MAX_DEPTH + 1} /`]);
    expect(d[0]!.document).toBe(1);
  });

  it('a spec at the depth limit goes through every pass: duplicates, positions, hashing across files', () => {
    const deep = (leaf: string) => `${HEAD},"IdempotentToken":"t","Description":"d","UserData":{"k":"v"},"Configs":{"Mounts":{"Entries":${'['.repeat(MAX_DEPTH - 4)}{"x":1,"x":${leaf}}${']'.repeat(MAX_DEPTH - 4)}}}}`;
    const d = lintTexts({ 'a.json': deep('1'), 'b.json': deep('3') });
    expect(d.filter((x) => x.code === 'DuplicateKey').map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([
      `a.json:1:${deep('1').lastIndexOf('"x"') + 1}`,
      `b.json:1:${deep('3').lastIndexOf('"x"') + 1}`,
    ]);
    expect(d.filter((x) => x.code === 'IdempotentTokenMismatch').map((x) => x.file)).toEqual(['b.json']);
  });
});

describe('values and tokens', () => {
  it(`JSON with more than ${MAX_VALUES} values is InvalidJsonFormat at the first value past the limit`, () => {
    // The array is value 1, so its element number MAX_VALUES is value MAX_VALUES + 1.
    const d = lintText(`[${'0,'.repeat(MAX_VALUES)}0]`);
    expect(d.map(goldenLine)).toEqual([`1:${2 * MAX_VALUES}-1:${2 * MAX_VALUES + 1} error InvalidJsonFormat 400 / The request body has an invalid json format. | ${TOO_MANY_VALUES}`]);
    expect(lintText(`[${'0,'.repeat(MAX_VALUES - 2)}0]`).map((x) => x.code)).toEqual(['InvalidHttpBody']);
  });

  it('the same limit holds where JSON.parse would accept the text (objects, strings full of commas)', () => {
    expect(lintText(`{"k":[${'{},'.repeat(MAX_VALUES)}{}]}`).map((x) => x.detail)).toEqual([TOO_MANY_VALUES]);
    // Commas inside a string are not values: the exact pass reads it.
    expect(lintText(`${HEAD},"Description":"${','.repeat(MAX_VALUES)}"}`).map((x) => x.code)).toEqual(['InvalidDescription']);
  });

  it('a file without a JSON or YAML name that is JSON up to the limit is reported as JSON', () => {
    expect(lintTexts({ spec: `[${'0,'.repeat(MAX_VALUES)}0]` }).map((x) => `${x.code} ${x.detail}`)).toEqual([`InvalidJsonFormat ${TOO_MANY_VALUES}`]);
  });

  it(`YAML with more than ${MAX_YAML_TOKENS} tokens is InvalidYamlFormat, and the rest is not parsed`, () => {
    const d = lintText(`${YAML_HEAD}UserData: [${'0,'.repeat(MAX_YAML_TOKENS / 2)}0]\n`, 'many.yaml');
    expect(d.map((x) => `${x.code} ${x.detail}`)).toEqual([`InvalidYamlFormat ${TOO_MANY_TOKENS}`]);
    expect(d[0]!.line).toBe(6);
  });

  it(`YAML with more than ${MAX_YAML_DOCUMENTS} documents (a file of ---) is InvalidYamlFormat where the limit is passed`, () => {
    const d = lintText('---\n'.repeat(2 * MAX_YAML_DOCUMENTS), 'dashes.yaml', { config: { maxFindingsPerFile: 100_000 } });
    expect(d.length).toBe(MAX_YAML_DOCUMENTS + 1);
    expect(new Set(d.slice(0, -1).map((x) => x.code))).toEqual(new Set(['InvalidHttpBody']));
    expect(goldenLine(d[MAX_YAML_DOCUMENTS]!)).toBe(`#${MAX_YAML_DOCUMENTS} ${MAX_YAML_DOCUMENTS + 1}:1-${MAX_YAML_DOCUMENTS + 1}:2 error InvalidYamlFormat - / The spec file has an invalid YAML format. | ${TOO_MANY_DOCUMENTS}`);
    // At the limit, every document is read (small ones: 10,000 whole specs pass the token limit first).
    const atLimit = lintText(Array.from({ length: MAX_YAML_DOCUMENTS }, (_, i) => `Name: x${i}\n`).join('---\n'), 'many.yaml', { config: { maxFindingsPerFile: 100_000 } });
    expect(atLimit.filter((x) => x.code === 'InvalidYamlFormat')).toEqual([]);
    expect(new Set(atLimit.map((x) => x.document)).size).toBe(MAX_YAML_DOCUMENTS);
  });

  it('YAML that the parser would nest a million levels deep (`: : : …`) stops at the limit', () => {
    const d = lintText(`${': '.repeat(N)}\n`, 'colons.yaml');
    expect(d.map((x) => `${x.code} ${x.detail}`)).toEqual([`InvalidYamlFormat ${TOO_DEEP}`]);
  });

  it('a YAML file with a problem repeated 100,000 times reports the first, with its message', () => {
    const traces = Error.stackTraceLimit;
    const d = lintText(`${YAML_HEAD}Description: ${'&a '.repeat(N)}x\n`, 'anchors.yaml');
    expect(d.map((x) => `${brief(x)} ${x.detail}`)).toEqual(['error:InvalidYamlFormat@6:17 / A node can have at most one anchor.']);
    expect(Error.stackTraceLimit).toBe(traces);
  });
});

describe('YAML aliases', () => {
  it('a billion laughs is InvalidYamlFormat, found after a bounded number of nodes', () => {
    let text = YAML_HEAD + 'UserData:\n  l0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < 10; i++) text += `  l${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]\n`;
    const d = lintText(text, 'bomb.yaml');
    expect(d.map((x) => `${x.code} ${x.detail}`)).toEqual([
      `InvalidYamlFormat Aliases expand this document to more than ${MAX_ALIAS_EXPANSION} nodes; this looks like an alias bomb.`,
    ]);
  });

  it('alias cycles, through a sequence and through a merge key, are reported at the alias', () => {
    expect(lintText(`${YAML_HEAD}UserData: &u [*u]\n`, 'c.yaml').map((x) => `${brief(x)} ${x.detail}`)).toEqual([
      'error:InvalidYamlFormat@6:15 / The alias *u refers to a node that contains it (an alias cycle).',
    ]);
    expect(lintText(`${YAML_HEAD}UserData: &u\n  <<: *u\n  k: v\n`, 'm.yaml').map((x) => `${brief(x)} ${x.detail}`)).toEqual([
      'error:InvalidYamlFormat@7:7 / The alias *u refers to a node that contains it (an alias cycle).',
    ]);
  });

  it('an alias to no anchor is reported', () => {
    expect(lintText(`${YAML_HEAD}Description: *nope\n`, 'n.yaml').map((x) => `${brief(x)} ${x.detail}`)).toEqual([
      'error:InvalidYamlFormat@6:14 / The alias *nope refers to no anchor.',
    ]);
  });

  it('thousands of aliases to one anchor are resolved in one pass (no quadratic lookup)', () => {
    const items = Array.from({ length: MAX_ALIAS_EXPANSION - 1 }, () => '      - *ip\n').join('');
    const text = `${YAML_HEAD}Configs:\n  Networks:\n    Classic:\n      AllowSecurityGroup: [&ip sg-1]\n      AllowIpAddress:\n${items}`;
    expect(lintText(text, 'many.yaml')).toEqual([]);
  });
});

describe('file size', () => {
  it(`a file over the default limit (${DEFAULT_MAX_FILE_SIZE} bytes) is FileTooLarge at 1:1 and not parsed`, () => {
    const bytes = new Uint8Array(DEFAULT_MAX_FILE_SIZE + 1).fill(0x5b);
    expect(lintTexts({ 'big.json': bytes }).map(goldenLine)).toEqual([
      `1:1-1:1 error FileTooLarge - / The spec file is larger than the size limit and was not checked. | The file has ${DEFAULT_MAX_FILE_SIZE + 1} bytes; clusterlint reads files of at most ${DEFAULT_MAX_FILE_SIZE} bytes (maxFileSize in the config).`,
    ]);
  });

  it('the limit comes from the config: maxFileSize', () => {
    const spec = `${HEAD}}`;
    const config = { maxFileSize: spec.length };
    expect(lintTexts({ 'a.json': spec }, { config })).toEqual([]);
    expect(lintTexts({ 'a.json': `${spec}\n` }, { config }).map((d) => `${d.code} ${d.detail}`)).toEqual([
      `FileTooLarge The file has ${spec.length + 1} bytes; clusterlint reads files of at most ${spec.length} bytes (maxFileSize in the config).`,
    ]);
  });

  it('a walked file over the limit is reported when its head looks like a spec, skipped otherwise', () => {
    const config = { maxFileSize: 50 };
    const results = lintResults({ 'spec.json': `${HEAD}}`, 'data.json': JSON.stringify(Array.from({ length: 100 }, (_, i) => i)) }, { config, explicit: false });
    expect(results.map((r) => `${r.file}: ${r.diagnostics.map((d) => d.code).join(',')}`)).toEqual(['spec.json: FileTooLarge']);
  });

  it('readLimited reads only the head of a large regular file, and knows its size', () => {
    const dir = tempTree({ 'big.json': new Uint8Array(SNIFF_BYTES * 3).fill(0x20) });
    const read = readLimited(join(dir, 'big.json'), 1000);
    expect(read.bytes.length).toBe(SNIFF_BYTES);
    expect(read.oversize).toEqual({ size: SNIFF_BYTES * 3, exact: true });
    expect(readLimited(join(dir, 'big.json'), SNIFF_BYTES * 3)).toEqual({ bytes: expect.any(Uint8Array) });
  });

  it('standard input is read no further than the limit plus one byte', () => {
    const asked: number[] = [];
    let stdout = '';
    const io: CliIo = {
      cwd: tempTree({ 'clusterlint.config.json': '{"maxFileSize": 10}' }),
      env: {},
      stdout: (t) => void (stdout += t),
      stderr: () => undefined,
      stdin: (max) => (asked.push(max), new TextEncoder().encode('x'.repeat(max))),
      isTTY: false,
    };
    expect(runCli(['--format', 'json', '-'], io)).toBe(1);
    expect(asked).toEqual([11]);
    expect(JSON.parse(stdout)[0].diagnostics[0].detail).toBe('The file has more than 10 bytes; clusterlint reads files of at most 10 bytes (maxFileSize in the config).');
  });

  it('the bundled program answers /dev/zero with FileTooLarge instead of reading forever', () => {
    const r = runBin(['--format', 'json', '/dev/zero']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string; detail: string }) => `${d.code} ${d.detail}`)).toEqual([
      `FileTooLarge The file has more than ${DEFAULT_MAX_FILE_SIZE} bytes; clusterlint reads files of at most ${DEFAULT_MAX_FILE_SIZE} bytes (maxFileSize in the config).`,
    ]);
  });

  it('--print-config shows the size limit that applies', () => {
    expect(JSON.parse(runBin(['--print-config', 'a.json'], { cwd: tempTree({}) }).stdout).maxFileSize).toBe(DEFAULT_MAX_FILE_SIZE);
    expect(JSON.parse(runBin(['--print-config', 'a.json'], { cwd: tempTree({ 'clusterlint.config.json': '{"maxFileSize": 2048}' }) }).stdout).maxFileSize).toBe(2048);
  });

  it('an invalid maxFileSize is a config error with its position', () => {
    const cwd = tempTree({ 'clusterlint.config.json': '{\n  "maxFileSize": 0\n}\n', 'a.json': '{}' });
    const r = runBin(['--config', 'clusterlint.config.json', 'a.json'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('clusterlint: invalid config clusterlint.config.json:2:18: maxFileSize must be >= 1.\n');
  });
  it('maxFileSize and maxFindingsPerFile have ceilings (256 MiB, 100,000): past them, a config error with the position', () => {
    const run = (setting: string, value: string) => {
      const cwd = tempTree({ 'clusterlint.config.json': `{\n  "${setting}": ${value}\n}\n` });
      return runBin(['--config', 'clusterlint.config.json', '/dev/zero'], { cwd });
    };
    const huge = run('maxFileSize', '1e300');
    expect([huge.status, huge.stderr]).toEqual([2, 'clusterlint: invalid config clusterlint.config.json:2:18: maxFileSize must be <= 268435456.\n']);
    expect(run('maxFileSize', String(256 * 1024 * 1024 + 1)).stderr).toBe('clusterlint: invalid config clusterlint.config.json:2:18: maxFileSize must be <= 268435456.\n');
    expect(run('maxFindingsPerFile', '100001').stderr).toBe('clusterlint: invalid config clusterlint.config.json:2:25: maxFindingsPerFile must be <= 100000.\n');
  });
});

describe('large and strange content', () => {
  it(`an object with ${N} keys: one finding for the count, none per key (JSON)`, () => {
    const userData = Object.fromEntries(Array.from({ length: N }, (_, i) => [`key${i}`, 'v']));
    const text = `${HEAD},"UserData":${JSON.stringify(userData)}}`;
    expect(lintText(text).map((d) => `${d.code} ${d.detail}`)).toEqual([`InvalidUserData UserData has ${N} members; at most 64 are allowed.`]);
  });

  // YAML costs 8 tokens a key written this way: the token limit lets about 50,000 through.
  it(`an object with ${NY} keys (YAML)`, () => {
    const text = `${YAML_HEAD}UserData:\n${Array.from({ length: NY }, (_, i) => `  key${i}: v\n`).join('')}`;
    expect(lintText(text, 'keys.yaml').map((d) => `${brief(d)} ${d.detail}`)).toEqual([`error:InvalidUserData@6:1 /UserData UserData has ${NY} members; at most 64 are allowed.`]);
  });

  it(`${N} unknown keys near known names each get a did-you-mean, in bounded work per key`, () => {
    const keys = Array.from({ length: N }, (_, i) => `Descriptio${i}`);
    const d = lintText(`${HEAD},${keys.map((k) => `"${k}":1`).join(',')}}`, 'spec.json', { config: { maxFindingsPerFile: N }, dialect: 'batchcompute' });
    expect(d.length).toBe(N);
    expect(new Set(d.map((x) => x.code))).toEqual(new Set(['UnknownParameter']));
    expect(d[0]!.detail).toBe('"Descriptio0" is not a field in the documented request body. Did you mean "Description"?');
    expect(d[N - 1]!.detail).toBe('"Descriptio99999" is not a field in the documented request body.');
  });

  it(`${N} findings in one file: the first 1000 in file order, then TooManyFindings where the rest start`, () => {
    const keys = Array.from({ length: N }, (_, i) => `Descriptio${i}`);
    const text = `${HEAD},${keys.map((k) => `"${k}":1`).join(',')}}`;
    // Mostly unknown keys are no spec by shape (SPEC §1): the dialect is named.
    const d = lintText(text, 'spec.json', { dialect: 'batchcompute' });
    expect(d.length).toBe(1001);
    expect(d.slice(0, 1000).map((x) => x.pointer)).toEqual(keys.slice(0, 1000).map((k) => `/${k}`));
    const last = d[1000]!;
    expect([last.code, last.severity, last.pointer, last.column]).toEqual(['TooManyFindings', 'warning', '/Descriptio1000', text.indexOf('"Descriptio1000"') + 1]);
    expect(last.detail).toBe(`${N - 1000} more findings from here on are not shown; clusterlint reports at most 1000 per file (maxFindingsPerFile in the config).`);
  });

  it('past the limit, errors of known parameters are kept with the first unknown keys, and the count stays exact', () => {
    // Unknown keys before and after the known ones, in JSON and YAML: only the first ones in the
    // text become findings, every other key is still counted.
    const unknown = (from: number, n: number) => Array.from({ length: n }, (_, i) => `x${from + i}`);
    const json = `{${unknown(0, 1500).map((k) => `"${k}":1`).join(',')},"Name":"3d","ImageId":"m-1","InstanceType":"ecs.sn1.medium","Groups":{"g":{"DesiredVMCount":0,"ResourceType":"OnDemand"}},${unknown(1500, 2500).map((k) => `"${k}":1`).join(',')}}`;
    const yaml = `Name: 3d\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 0, ResourceType: OnDemand}\n${unknown(0, 4000).map((k) => `${k}: 1`).join('\n')}\n`;
    for (const [name, text] of [['spec.json', json], ['spec.yaml', yaml]] as const) {
      const d = lintText(text, name, { config: { maxFindingsPerFile: 1000 }, dialect: 'batchcompute' });
      expect(d.length, name).toBe(1001);
      const codes = d.map((x) => x.code);
      expect(codes.filter((c) => c !== 'UnknownParameter' && c !== 'TooManyFindings'), name).toEqual(name === 'spec.yaml' ? ['InvalidName', 'InvalidDesiredVMCount'] : []);
      expect(d[1000]!.detail, name).toBe(`${4002 - 1000} more findings from here on are not shown; clusterlint reports at most 1000 per file (maxFindingsPerFile in the config).`);
    }
    // In JSON the known parameters come after 1500 unknown keys: past the first 1000 findings, but counted.
    const all = lintText(json, 'spec.json', { config: { maxFindingsPerFile: 5000 }, dialect: 'batchcompute' });
    expect(all.length).toBe(4002);
    // Unknown keys turned off are neither findings nor counted.
    expect(lintText(json, 'spec.json', { config: { maxFindingsPerFile: 1000, severity: { UnknownParameter: 'off' } }, dialect: 'batchcompute' }).map((x) => x.code)).toEqual(['InvalidName', 'InvalidDesiredVMCount']);
  });

  it(`${N} UserData values of the wrong type: the first 1000 in file order and an exact count, as when every finding is made`, { timeout: 180_000 }, () => {
    const userData = Object.fromEntries(Array.from({ length: N }, (_, i) => [`key${i}`, i]));
    const text = `${HEAD},"UserData":${JSON.stringify(userData)}}`;
    const d = lintText(text);
    expect(d.length).toBe(1001);
    // The member count at UserData's key, then the values in file order.
    expect(d.slice(0, 3).map((x) => `${x.code} ${x.pointer}`)).toEqual(['InvalidUserData /UserData', 'InvalidUserData.key0.value /UserData/key0', 'InvalidUserData.key1.value /UserData/key1']);
    expect([d[999]!.pointer, d[1000]!.code, d[1000]!.pointer]).toEqual(['/UserData/key998', 'TooManyFindings', '/UserData/key999']);
    expect(d[1000]!.detail).toBe(`${N + 1 - 1000} more findings from here on are not shown; clusterlint reports at most 1000 per file (maxFindingsPerFile in the config).`);
    // A config that sets a severity counts only the findings whose code stays on (none is off
    // here): the same report.
    expect(lintText(text, 'spec.json', { config: { severity: { NetworkModeConflict: 'warning' } } })).toEqual(d);
  });

  // Large inputs: what these prove is the result; their time belongs to the bench (a busy CI
  // machine took 25 s for the first, near the default timeout).
  it(`an object whose ${NY / 2} keys are all written twice: each repeat found in one pass (YAML)`, { timeout: 180_000 }, () => {
    const keys = Array.from({ length: NY / 2 }, (_, i) => `  key${i}: v\n`).join('');
    const d = lintText(`${YAML_HEAD}UserData:\n${keys}${keys}`, 'twice.yaml', { config: { maxFindingsPerFile: N } });
    const repeats = d.filter((x) => x.code === 'DuplicateKey');
    expect(repeats.length).toBe(NY / 2);
    // UserData's keys start on line 7; the second copy starts NY / 2 lines later.
    expect(`${brief(repeats[0]!)} ${repeats[0]!.detail}`).toBe(`error:DuplicateKey@${7 + NY / 2}:3 /UserData/key0 "key0" is already defined on line 7; keep only one.`);
    expect(`${brief(repeats[NY / 2 - 1]!)} ${repeats[NY / 2 - 1]!.detail}`).toBe(`error:DuplicateKey@${6 + NY}:3 /UserData/key${NY / 2 - 1} "key${NY / 2 - 1}" is already defined on line ${6 + NY / 2}; keep only one.`);
  });

  it('a very long line: the stylish excerpt is cut around the finding', () => {
    const text = `${HEAD},"Description":"${'x'.repeat(2_000_000)}","Nmae":1}`;
    const dir = tempTree({ 'long.json': text });
    const r = runBin(['long.json'], { cwd: dir });
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(300);
    const at = lines.findIndex((l) => l.includes('UnknownParameter'));
    expect(lines[at + 2]).toMatch(/│ …x+","Nmae":1\}$/);
    expect(lines[at + 3]!.indexOf('^')).toBe(lines[at + 2]!.indexOf('"Nmae"'));
  });

  it('NUL bytes: a syntax error in a JSON string; in YAML (which the parser reads) an escaped character in output', () => {
    expect(lintText(`${HEAD},"Description":"a\u0000b"}`).map((d) => `${brief(d)} ${d.detail}`)).toEqual([
      `error:InvalidJsonFormat@1:${HEAD.length + 18} / A string contains a NUL byte; write it as an escape such as \\n or \\t.`,
    ]);
    const dir = tempTree({ 'nul.yaml': YAML_HEAD.replace('Name: x', 'Name: "a\u0000b"') });
    const r = runBin(['nul.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Name "a\\u0000b" is not valid');
    expect(r.stdout).not.toContain('\u0000');
  });

  it('binary files: a syntax error at the first byte that is not UTF-8; skipped when found by walking', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(lintTexts({ 'logo.json': png }).map((d) => `${brief(d)} ${d.detail}`)).toEqual([
      'error:InvalidJsonFormat@1:1 / The file is not valid UTF-8: byte 0x89 at byte offset 0 cannot start or continue a character; save the file as UTF-8.',
    ]);
    expect(lintResults({ 'logo.json': png, 'logo.yaml': png }, { explicit: false })).toEqual([]);
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x7b, 0, 0x7d, 0]);
    expect(lintTexts({ 'u.json': utf16 }).map((d) => d.detail)).toEqual(['The file is encoded as UTF-16 (little-endian, with a byte-order mark); save it as UTF-8.']);
  });

  /** A text in UTF-16 or UTF-32, with its byte-order mark, as PowerShell and some editors save it. */
  const encode = (text: string, encoding: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'): Uint8Array => {
    const points = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
    if (encoding.startsWith('utf-32')) {
      const out = new DataView(new ArrayBuffer(points.length * 4));
      points.forEach((p, i) => out.setUint32(i * 4, p, encoding === 'utf-32le'));
      return new Uint8Array(out.buffer);
    }
    const units = String.fromCodePoint(...points);
    const out = new DataView(new ArrayBuffer(units.length * 2));
    for (let i = 0; i < units.length; i++) out.setUint16(i * 2, units.charCodeAt(i), encoding === 'utf-16le');
    return new Uint8Array(out.buffer);
  };

  it('UTF-16 and UTF-32 files (byte-order marks) are a syntax error at 1:1 that names their encoding (UTF-32 before UTF-16)', () => {
    const spec = `${HEAD}}`;
    const cases = [
      ['utf-16le', 'UTF-16 (little-endian'],
      ['utf-16be', 'UTF-16 (big-endian'],
      ['utf-32le', 'UTF-32 (little-endian'],
      ['utf-32be', 'UTF-32 (big-endian'],
    ] as const;
    for (const [encoding, name] of cases) {
      expect(lintTexts({ 'spec.json': encode(spec, encoding) }).map(goldenLine), encoding).toEqual([
        `1:1-1:1 error InvalidJsonFormat 400 / The request body has an invalid json format. | The file is encoded as ${name}, with a byte-order mark); save it as UTF-8.`,
      ]);
      expect(lintTexts({ 'spec.yaml': encode(YAML_HEAD, encoding) }).map((d) => `${brief(d)} ${d.detail}`), encoding).toEqual([
        `error:InvalidYamlFormat@1:1 / The file is encoded as ${name}, with a byte-order mark); save it as UTF-8.`,
      ]);
    }
  });

  it('a walked UTF-16 or UTF-32 file is reported when its text is a spec (PowerShell wrote it), skipped otherwise', () => {
    const files = {
      'specs/ps.json': encode(`${HEAD}}`, 'utf-16le'),
      'specs/ps.yaml': encode(YAML_HEAD, 'utf-32le'),
      'specs/package.json': encode('{"name": "web", "version": "1.0.0"}', 'utf-16le'),
    };
    expect(lintResults(files, { explicit: false }).map((r) => `${r.file}: ${r.diagnostics.map((d) => d.code).join(',')}`)).toEqual([
      'specs/ps.json: InvalidJsonFormat',
      'specs/ps.yaml: InvalidYamlFormat',
    ]);
  });

  it('many documents in one file, each over a quota: the findings of the checks across files keep to the per-file limit (no quadratic merge)', () => {
    const docs = Array.from({ length: 5_000 }, () => `${YAML_HEAD}`).join('---\n');
    const d = lintTexts({ 'many.yaml': docs }, { config: { quotas: { MaxClusterCount: 0 } } });
    expect(d.length).toBe(1_001);
    expect(d[999]!.document).toBe(999);
    expect([d[1_000]!.code, d[1_000]!.document, d[1_000]!.detail]).toEqual([
      'TooManyFindings',
      1_000,
      '4000 more findings from here on are not shown; clusterlint reports at most 1000 per file (maxFindingsPerFile in the config).',
    ]);
    const all = lintTexts({ 'many.yaml': docs }, { config: { quotas: { MaxClusterCount: 0 }, maxFindingsPerFile: 5_000 } });
    expect(all.length).toBe(5_000);
    expect(all[4_999]!.document).toBe(4_999);
  });

  it('the bundled program survives a deep YAML file whose first scalar is at the bottom', () => {
    // The yaml package composing this near the stack's end can abort the process outright.
    const dir = tempTree({ 'deep.yaml': `${'['.repeat(4_000)}1${']'.repeat(4_000)}` });
    writeFileSync(join(dir, 'deep2.yaml'), `${'{a: '.repeat(4_000)}1${'}'.repeat(4_000)}`);
    for (const file of ['deep.yaml', 'deep2.yaml']) {
      const r = runBin(['--format', 'json', file], { cwd: dir });
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout)[0].diagnostics[0].detail).toBe(TOO_DEEP);
    }
  });
});

describe('config globs', () => {
  const run = (globs: string[], files: Record<string, string> = {}) => {
    const cwd = tempTree({ 'clusterlint.config.json': `{\n  "exclude": ${JSON.stringify(globs)}\n}\n`, ...files });
    return runBin(['--config', 'clusterlint.config.json', '--format', 'json', '.'], { cwd });
  };

  it('globs that backtracked for minutes or more are matched in time linear in the path (many ** against a deep tree)', () => {
    const deep = `${'a/'.repeat(60)}b.json`;
    const globs = [`${'a/**/'.repeat(15)}c`, 'a*a*a*a*a*a*b', '{a,aa,aaa}*{b,bb,bbb}*{c,cc}*d'];
    const r = run(globs, { [deep]: '{"Name":"x","ImageId":"m"}' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual([deep]);
    expect(JSON.parse(run([`${'a/**/'.repeat(15)}b.json`], { [deep]: '{}' }).stdout || '[]')).toEqual([]);
  });

  it('a range of more than 256 values is a config error with its position', () => {
    expect(run(['ok/**', 'x{1..1000}.json']).stderr).toBe('clusterlint: invalid config clusterlint.config.json:2:23: exclude.1 has a range {1..1000} of 1000 values; at most 256 are allowed.\n');
  });

  it('everyday globs are accepted, and extglob syntax is plain characters', () => {
    const files = { [`${'a'.repeat(200)}.json`]: `{"Name":"x","ImageId":"m-1"}`, 'x.json': '{"Name":"x","ImageId":"m-1"}' };
    const r = run(['**/*.{json,yaml,yml}-old', 'specs/*-*.json', '+(a*)+(a*)b', '*.+(json)'], files);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual([`${'a'.repeat(200)}.json`, 'x.json']);
  });
});
