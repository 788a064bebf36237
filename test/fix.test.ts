/**
 * `--fix` and `--fix-dry-run` (SPEC §10, clarification 8) through the bundled program: the exact
 * bytes of fixed files, JSON and YAML (comments, CRLF, a byte-order mark, quoting kept), a second
 * run changing nothing, the atomic write, the diff, `fix` in json and SARIF, and what is not fixed.
 */
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, exactInteger, orderFixes } from '../src/fix/fix.js';
import { fixAll, writeFixed } from '../src/fix/fix-files.js';
import { lintAll } from '../src/run/run.js';
import { lintText } from '../src/index.js';
import { runBin, tempTree } from './helpers.js';
import { sarifValidator, type SarifLog } from './sarif-schema.js';

const YAML_SPEC = [
  '\ufeff# nightly ETL\r\n',
  'Name: etl\r\n',
  'ImageId: img-ubuntu\r\n',
  'InstanceType: ecs.sn1.medium\r\n',
  'Groups:\r\n',
  '  g1:\r\n',
  '    DesiredVMCount: 2.0   # two VMs\r\n',
  '    InstanceType: ecs.sn1.medium\r\n',
  '    "ResourceTyp": OnDemand\r\n',
  'Configs:\r\n',
  '  Networks:\r\n',
  '    VPC:\r\n',
  "      CidrBlock: '10.0.0.1/16' # host bits\r\n",
].join('');

const YAML_FIXED = YAML_SPEC.replace('2.0   #', '2   #').replace('"ResourceTyp"', '"ResourceType"').replace("'10.0.0.1/16'", "'10.0.0.0/16'");

const JSON_SPEC = `{
  "Name": "etl",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {
    "g1": { "DesiredVMCount": "3", "InstanceType": "ecs.sn1.medium", "ResourceType": "OnDemand" },
    "g2": { "DesiredVMCount": 1e2, "InstanceType": "ecs.sn1.medium", "ResourceType": "OnDemand" }
  },
  "Configs": {
    "Disks": { "SystemDisk": { "Type": "cloud", "Sise": 40 } },
    "Networks": { "VPC": { "CidrBlock": "192.168.1.7/24" } }
  },
  "Notes": "kept"
}
`;

const JSON_FIXED = JSON_SPEC.replace('"DesiredVMCount": "3"', '"DesiredVMCount": 3').replace('1e2', '100').replace('"Sise"', '"Size"').replace('192.168.1.7/24', '192.168.1.0/24');

function codes(stdout: string): string[] {
  return (JSON.parse(stdout) as Array<{ diagnostics: Array<{ code: string; line: number }> }>).flatMap((r) => r.diagnostics.map((d) => `${d.code}@${d.line}`));
}

describe('--fix', () => {
  it('fixes a YAML file byte for byte: BOM, CRLF, comments and quoting stay; the mode is kept; no temp file is left', () => {
    const dir = tempTree({ 'spec.yaml': YAML_SPEC });
    chmodSync(join(dir, 'spec.yaml'), 0o640);
    const r = runBin(['--fix', 'spec.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, 'spec.yaml'), 'utf8')).toBe(YAML_FIXED);
    expect(readFileSync(join(dir, 'spec.yaml')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(statSync(join(dir, 'spec.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['spec.yaml']);
    // What remains: the groups' missing ResourceType is fixed by the rename; nothing else is left.
    expect(r.stdout).toBe('✔ 3 fixed, no problems left\n');
    expect(r.status).toBe(0);
    // A second run changes nothing.
    const again = runBin(['--fix', 'spec.yaml'], { cwd: dir });
    expect(again.stdout).toBe('');
    expect(again.status).toBe(0);
    expect(readFileSync(join(dir, 'spec.yaml'), 'utf8')).toBe(YAML_FIXED);
  });

  it('fixes a JSON file byte for byte, key quotes kept, and reports the rest with the fixed count', () => {
    const dir = tempTree({ 'spec.json': JSON_SPEC });
    const r = runBin(['--fix', '-f', 'json', 'spec.json'], { cwd: dir });
    expect(readFileSync(join(dir, 'spec.json'), 'utf8')).toBe(JSON_FIXED);
    // `Notes` has no known name within distance 2: it stays, and is what remains.
    expect(codes(r.stdout)).toEqual(['UnknownParameter@13']);
    expect(JSON.parse(r.stdout)[0].fixedCount).toBe(4);
    expect(r.status).toBe(0);
    const stylish = runBin(['--fix', 'spec.json'], { cwd: dir });
    expect(stylish.stdout).toMatch(/✖ 1 problem \(0 errors, 1 warning\)\n$/);
    expect(readFileSync(join(dir, 'spec.json'), 'utf8')).toBe(JSON_FIXED);
  });

  it('fixes the fixable findings of a file that also has an unfixable one, which stays reported', () => {
    const text = JSON_SPEC.replace('"Name": "etl"', '"Name": "9 bad name"');
    const dir = tempTree({ 'spec.json': text });
    const r = runBin(['--fix', '-f', 'json', 'spec.json'], { cwd: dir });
    expect(readFileSync(join(dir, 'spec.json'), 'utf8')).toBe(JSON_FIXED.replace('"Name": "etl"', '"Name": "9 bad name"'));
    expect(codes(r.stdout)).toEqual(['InvalidName@2', 'UnknownParameter@13']);
    expect(r.status).toBe(1);
  });

  it('leaves standard input alone (there is no file to write) and says so', () => {
    const r = runBin(['--fix', '--stdin-filename', 'in.json', '-'], { input: JSON_SPEC });
    expect(r.stderr).toBe('clusterlint: in.json is not a file and is not fixed; --fix-dry-run shows its fixes as a diff\n');
    expect(r.status).toBe(1);
  });

  it('offers no fix in a YAML file that uses aliases (a node would change for every place that reuses it)', () => {
    const text = 'Name: etl\nImageId: img-ubuntu\nInstanceType: ecs.sn1.medium\nGroups:\n  g1: &g\n    DesiredVMCount: 2.0\n    ResourceType: OnDemand\n  g2: *g\n';
    const dir = tempTree({ 'spec.yaml': text });
    const r = runBin(['--fix', '-f', 'json', 'spec.yaml'], { cwd: dir });
    expect(readFileSync(join(dir, 'spec.yaml'), 'utf8')).toBe(text);
    expect(codes(r.stdout)).toEqual(['InvalidDesiredVMCount@6', 'InvalidDesiredVMCount@6']);
  });

  it('refuses --fix with --fix-dry-run', () => {
    const r = runBin(['--fix', '--fix-dry-run', 'x.json']);
    expect(r.stderr).toBe('clusterlint: --fix and --fix-dry-run: use one of them\n');
    expect(r.status).toBe(2);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff that git apply reads, writes nothing, and exits as if fixed', () => {
    const dir = tempTree({ 'spec.json': JSON_SPEC });
    const r = runBin(['--fix-dry-run', 'spec.json'], { cwd: dir });
    expect(readFileSync(join(dir, 'spec.json'), 'utf8')).toBe(JSON_SPEC);
    expect(r.stdout).toBe(
      [
        '--- a/spec.json',
        '+++ b/spec.json',
        '@@ -3,12 +3,12 @@',
        '   "ImageId": "img-ubuntu",',
        '   "InstanceType": "ecs.sn1.medium",',
        '   "Groups": {',
        '-    "g1": { "DesiredVMCount": "3", "InstanceType": "ecs.sn1.medium", "ResourceType": "OnDemand" },',
        '-    "g2": { "DesiredVMCount": 1e2, "InstanceType": "ecs.sn1.medium", "ResourceType": "OnDemand" }',
        '+    "g1": { "DesiredVMCount": 3, "InstanceType": "ecs.sn1.medium", "ResourceType": "OnDemand" },',
        '+    "g2": { "DesiredVMCount": 100, "InstanceType": "ecs.sn1.medium", "ResourceType": "OnDemand" }',
        '   },',
        '   "Configs": {',
        '-    "Disks": { "SystemDisk": { "Type": "cloud", "Sise": 40 } },',
        '-    "Networks": { "VPC": { "CidrBlock": "192.168.1.7/24" } }',
        '+    "Disks": { "SystemDisk": { "Type": "cloud", "Size": 40 } },',
        '+    "Networks": { "VPC": { "CidrBlock": "192.168.1.0/24" } }',
        '   },',
        '   "Notes": "kept"',
        ' }',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('clusterlint: 4 findings would be fixed in 1 file; 1 problem would remain (0 errors, 1 warning)\n');
    expect(r.status).toBe(0);
  });

  it('keeps CRLF and the byte-order mark in the diff, so it applies to the file as it is', () => {
    const dir = tempTree({ 'spec.yaml': YAML_SPEC });
    const r = runBin(['--fix-dry-run', 'spec.yaml'], { cwd: dir });
    expect(r.stdout).toContain('-    DesiredVMCount: 2.0   # two VMs\r\n+    DesiredVMCount: 2   # two VMs\r\n');
    expect(r.stdout).toContain("-      CidrBlock: '10.0.0.1/16' # host bits\r\n+      CidrBlock: '10.0.0.0/16' # host bits\r\n");
    expect(r.status).toBe(0);
  });

  it('renames a misspelt secret key and masks its value on both sides of the diff', () => {
    const secret = 'Sh0p-Secret-99';
    const text = `name: shop\nsize: 2\nregion_id: cn-hangzhou\ninstance_type: ecs.g6.large\nnetwork_mode: vpc\nvpc_id: vpc-bp1qpo0kug3a20qqe4ahz\nvswitch_id: vsw-bp1ygx6ngoqfmtvsyjyhf\npasswrd: ${secret}  # root\n`;
    const dir = tempTree({ 'cs.yaml': text });
    const r = runBin(['--fix-dry-run', 'cs.yaml'], { cwd: dir });
    expect(r.stdout).toContain('-passwrd: **************  # root\n+password: **************  # root\n');
    expect(r.stdout).not.toContain(secret);
    expect(r.stderr).not.toContain(secret);
  });

  it('shows the fixes of standard input as a diff', () => {
    const r = runBin(['--fix-dry-run', '--stdin-filename', 'in.json', '-'], { input: JSON_SPEC });
    expect(r.stdout.startsWith('--- a/in.json\n+++ b/in.json\n@@ -3,12 +3,12 @@\n')).toBe(true);
    expect(r.status).toBe(0);
  });
});

describe('fix in the reports', () => {
  it('json: fix.range is [start, end) in UTF-16 offsets of the whole token, quotes included', () => {
    // An astral character before the token: two UTF-16 units, four UTF-8 bytes.
    const text = '{"Name": "etl", "Description": "🚀", "ImageId": "img-u", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": "7", "ResourceType": "OnDemand"}}}';
    const dir = tempTree({ 'spec.json': text });
    const r = runBin(['-f', 'json', 'spec.json'], { cwd: dir });
    const [d] = JSON.parse(r.stdout)[0].diagnostics;
    const start = text.indexOf('"7"');
    expect(d.fix).toEqual({ range: [start, start + 3], text: '7' });
    expect(text.slice(d.fix.range[0], d.fix.range[1])).toBe('"7"');
    expect(JSON.parse(r.stdout)[0].fixedCount).toBeUndefined();
  });

  it('SARIF: a fixes entry with the deleted region and the inserted text, valid by the official schema', () => {
    const dir = tempTree({ 'spec.json': JSON_SPEC });
    const r = runBin(['-f', 'sarif', 'spec.json'], { cwd: dir });
    const log = JSON.parse(r.stdout) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0]!.results as unknown as Array<{ ruleId: string; fixes?: unknown[] }>;
    const cidr = results.find((x) => x.ruleId === 'InvalidCidrBlock')!;
    expect(cidr.fixes).toEqual([
      {
        description: { text: 'Replace with "192.168.1.0/24"' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'spec.json', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 11, startColumn: 41, endLine: 11, endColumn: 57 }, insertedContent: { text: '"192.168.1.0/24"' } }],
          },
        ],
      },
    ]);
    expect(results.find((x) => x.ruleId === 'UnknownParameter' && !x.fixes)).toBeDefined();
  });

  it('the library gives the same fix on each diagnostic', () => {
    const text = 'Name: etl\nImageId: img-u\nInstanceType: ecs.sn1.medium\nGroups:\n  g:\n    DesiredVMCount: "5"\n    ResourceType: OnDemand\n';
    const r = lintText(text, { filename: 'spec.yaml' });
    const at = text.indexOf('"5"');
    expect(r.diagnostics.map((d) => [d.code, d.fix])).toEqual([['InvalidDesiredVMCount', { range: [at, at + 3], text: '5' }]]);
  });
});

describe('which findings get a fix', () => {
  const base = (groups: string) => `{"Name": "etl", "ImageId": "img-u", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {${groups}}}}`;
  const fixes = (text: string) =>
    lintText(text, { filename: 'spec.json' }).diagnostics.map((d) => `${d.code}${d.fix ? `→${d.fix.text}` : ''}`);

  it('a key with exactly one known name within Levenshtein distance 2, absent from the object', () => {
    expect(fixes(base('"DesiredVMCount": 1, "ResourceTyep": "OnDemand"'))).toContain('UnknownParameter→"ResourceType"');
    // Present already: no rename (it would write the key twice).
    expect(fixes(base('"DesiredVMCount": 1, "ResourceType": "OnDemand", "ResourceTyp": "Spot"'))).toContain('UnknownParameter');
    expect(fixes(base('"DesiredVMCount": 1, "ResourceType": "OnDemand", "ResourceTyp": "Spot"'))).not.toContain('UnknownParameter→"ResourceType"');
    // Two unknown keys whose only candidate is the same name: neither is renamed.
    expect(fixes(base('"DesiredVMCount": 1, "ResourceTyp": "OnDemand", "ResourceTy": "Spot"')).filter((c) => c.startsWith('UnknownParameter'))).toEqual(['UnknownParameter', 'UnknownParameter']);
    // A key written twice: renaming the last one would leave the first.
    expect(fixes(base('"DesiredVMCount": 1, "ResourceTyp": "OnDemand", "ResourceTyp": "Spot"'))).not.toContain('UnknownParameter→"ResourceType"');
    // A transposition counts 2 in Levenshtein distance: "DesiredVMCuont" is 2 from DesiredVMCount, fixed;
    // "DesierdVMCuont" is 4 away (2 in optimal string alignment), not fixed.
    expect(fixes(base('"DesiredVMCuont": 1, "ResourceType": "OnDemand"'))).toContain('UnknownParameter→"DesiredVMCount"');
    expect(fixes(base('"DesierdVMCuont": 1, "ResourceType": "OnDemand"'))).not.toContain('UnknownParameter→"DesiredVMCount"');
  });

  it('numbers and booleans in strings only when the text means exactly that value', () => {
    expect(fixes(base('"DesiredVMCount": "4", "ResourceType": "OnDemand"'))).toEqual(['InvalidDesiredVMCount→4']);
    for (const v of ['"04"', '"4.0"', '" 4"', '"+4"', '"four"', '"1e2"']) {
      expect(fixes(base(`"DesiredVMCount": ${v}, "ResourceType": "OnDemand"`))).toEqual(['InvalidDesiredVMCount']);
    }
    // An escape in the token: the fix would not be certain.
    expect(fixes(base('"DesiredVMCount": "\\u0034", "ResourceType": "OnDemand"'))).toEqual(['InvalidDesiredVMCount']);
  });

  it('integer literals: exact integers only, never through a double', () => {
    expect(exactInteger('3.0')).toBe('3');
    expect(exactInteger('1e2')).toBe('100');
    expect(exactInteger('1.5e1')).toBe('15');
    expect(exactInteger('-2.50e1')).toBe('-25');
    expect(exactInteger('-0.0')).toBe('0');
    expect(exactInteger('9007199254740993.0')).toBe('9007199254740993');
    expect(exactInteger('1.05e1')).toBeUndefined();
    expect(exactInteger('1e-1')).toBeUndefined();
    expect(exactInteger('1e999999')).toBeUndefined();
    expect(exactInteger('.inf')).toBeUndefined();
    expect(fixes(base('"DesiredVMCount": 9.99999999999999999e2, "ResourceType": "OnDemand"'))).toEqual(['InvalidDesiredVMCount']);
  });

  it('a file whose fixes overlap gets none of them; identical fixes count once', () => {
    expect(orderFixes([{ range: [4, 8], text: 'a' }, { range: [6, 9], text: 'b' }])).toBeUndefined();
    const same = orderFixes([{ range: [4, 8], text: 'a' }, { range: [0, 1], text: 'b' }, { range: [4, 8], text: 'a' }])!;
    expect(same).toEqual([{ range: [0, 1], text: 'b' }, { range: [4, 8], text: 'a' }]);
    expect(applyFixes('0123456789', same)).toBe('b123a89');
  });

  it('never a secret value', () => {
    const text = '{"Name": "etl", "ImageId": "img-u", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}, "Configs": {"Mounts": {"OSS": {"AccessKeySecret": 12}}}}';
    expect(lintText(text, { filename: 'spec.json' }).diagnostics.every((d) => d.fix === undefined)).toBe(true);
  });
});

describe('all fixes of a file, or none', () => {
  it('a file two of whose fixes overlap is left as it is, with a notice', () => {
    const file = 'spec.json';
    const inputs = [{ file, bytes: Buffer.from(JSON_SPEC), explicit: true }];
    const options = { config: {}, baseDir: process.cwd(), cwd: process.cwd() };
    const [result] = lintAll(inputs, options);
    const start = JSON_SPEC.indexOf('"3"');
    const d = result!.diagnostics.find((x) => x.fix)!;
    const overlapping = { ...result!, diagnostics: [...result!.diagnostics, { ...d, fix: { range: [start + 1, start + 5] as [number, number], text: 'x' } }] };
    const outcome = fixAll(inputs, [overlapping], options, true);
    expect(outcome.changed).toEqual([]);
    expect(outcome.notices).toEqual(['spec.json is not fixed: two of its fixes change the same text']);
  });
});

describe('writing', () => {
  it('a file removed since it was linted is a notice, not a crash', () => {
    const dir = tempTree({});
    const gone = { input: { file: 'gone.json', explicit: true }, before: Buffer.from(JSON_SPEC), after: Buffer.from(JSON_FIXED), fixed: 1, rounds: [] };
    expect(writeFixed(gone, dir)).toBe('gone.json is not fixed: no such file or directory');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves a file that changed since it was linted, and a file behind a symbolic link stays a link', () => {
    const dir = tempTree({ 'spec.json': JSON_SPEC });
    const input = { file: 'spec.json', explicit: true };
    const stale = { input, before: Buffer.from('{}'), after: Buffer.from(JSON_FIXED), fixed: 1, rounds: [] };
    expect(writeFixed(stale, dir)).toBe('spec.json changed while it was linted and is not fixed');
    expect(readFileSync(join(dir, 'spec.json'), 'utf8')).toBe(JSON_SPEC);
    symlinkSync('spec.json', join(dir, 'link.json'));
    const r = runBin(['--fix', 'link.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'spec.json'), 'utf8')).toBe(JSON_FIXED);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'spec.json']);
  });
});
