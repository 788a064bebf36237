/** The config file (SPEC §6): discovery, validation with positions, and every setting's effect. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/api/diagnostic.js';
import { ROOT, runBin, tempTree } from '../helpers.js';

const SEED = readFileSync(join(ROOT, 'examples/batchcompute/seed-example.json'), 'utf8');
const spec = (name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ Name: name, ImageId: 'm-1', InstanceType: 'ecs.sn1.medium', Groups: { w: { DesiredVMCount: 5, ResourceType: 'OnDemand' } }, ...extra }, null, 2);
const briefs = (stdout: string) => (JSON.parse(stdout) as FileResult[]).flatMap((r) => r.diagnostics.map((d) => `${r.file} ${d.severity}:${d.code}@${d.line}:${d.column}`));

describe('finding the config', () => {
  it('is looked up from the working directory upward', () => {
    const dir = tempTree({ 'clusterlint.config.json': '{"quotas": {"MaxClusterGroupDesiredVMCount": 4}}', 'team/specs/a.json': spec('a') });
    const r = runBin(['--format', 'json', 'a.json'], { cwd: join(dir, 'team/specs') });
    expect(r.status).toBe(1);
    expect(briefs(r.stdout)).toEqual(['a.json error:QuotaExhausted.MaxClusterGroupDesiredVMCount@7:25']);
    expect(JSON.parse(r.stdout)[0].diagnostics[0].message).toBe('The MaxClusterGroupDesiredVMCount (4) quota is exhausted.');
  });

  it('YAML configs work, and --config names one explicitly', () => {
    const dir = tempTree({ 'clusterlint.config.yml': 'quotas:\n  MaxClusterGroupDesiredVMCount: 4\n', 'other.yaml': 'quotas: {}\n', 'a.json': spec('a') });
    expect(runBin(['a.json'], { cwd: dir }).status).toBe(1);
    expect(runBin(['--config', 'other.yaml', 'a.json'], { cwd: dir }).status).toBe(0);
  });
});

describe('an invalid config stops the run with its own file, line and column', () => {
  const cases: Array<[string, string, string]> = [
    ['clusterlint.config.json', '{\n  "quota": {}\n}\n', 'clusterlint: invalid config clusterlint.config.json:2:3: unknown setting "quota".\n'],
    ['clusterlint.config.json', '{\n  "quotas": {\n    "MaxClusterCount": "ten"\n  }\n}\n', 'clusterlint: invalid config clusterlint.config.json:3:24: quotas.MaxClusterCount must be integer.\n'],
    ['clusterlint.config.yaml', 'severity:\n  InvalidName: fatal\n', 'clusterlint: invalid config clusterlint.config.yaml:2:16: severity.InvalidName must be equal to one of the allowed values.\n'],
    ['clusterlint.config.json', '{\n  "include": ["**/*.json"]\n  "exclude": []\n}\n', "clusterlint: invalid config clusterlint.config.json:3:3: Expected ',' or '}' after a property value, found '\"'.\n"],
    ['clusterlint.config.yaml', 'overrides:\n  - dialect: batchcompute\n', 'clusterlint: invalid config clusterlint.config.yaml:2:5: overrides.0 must have required property \'files\'.\n'],
    // Every limit has a ceiling (SPEC §6, clarification 10).
    ['clusterlint.config.yaml', 'maxFileSize: 268435457\n', 'clusterlint: invalid config clusterlint.config.yaml:1:14: maxFileSize must be <= 268435456.\n'],
    ['clusterlint.config.json', '{"maxFindingsPerFile": 100001}', 'clusterlint: invalid config clusterlint.config.json:1:24: maxFindingsPerFile must be <= 100000.\n'],
  ];
  for (const [name, text, message] of cases) {
    it(`${name}: ${message.trim()}`, () => {
      const dir = tempTree({ [name]: text, 'a.json': spec('a') });
      const r = runBin(['a.json'], { cwd: dir });
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', message]);
    });
  }
});

describe('a severity key that names no code is a config error (SPEC §6, clarification 10)', () => {
  const cases: Array<[string, string, string]> = [
    [
      'clusterlint.config.yaml',
      'quotas:\n  MaxClusterCount: 3\nseverity:\n  UnkownParameter: "off"\n',
      'clusterlint: invalid config clusterlint.config.yaml:4:3: severity: "UnkownParameter" is not a code clusterlint reports; did you mean "UnknownParameter"?\n',
    ],
    [
      'clusterlint.config.json',
      '{\n  "severity": {\n    "Bcs*": "off",\n    "QuotaExhausted.MaxClusterCnt": "off"\n  }\n}\n',
      'clusterlint: invalid config clusterlint.config.json:4:5: severity: "QuotaExhausted.MaxClusterCnt" is not a code clusterlint reports; did you mean "QuotaExhausted.MaxClusterCount"?\n',
    ],
    ['clusterlint.config.yaml', 'severity:\n  Bcs: "off"\n', 'clusterlint: invalid config clusterlint.config.yaml:2:3: severity: "Bcs" is not a code; to match every code that starts with it, write "Bcs*".\n'],
    ['clusterlint.config.yaml', 'severity:\n  "Bsc*": "off"\n', 'clusterlint: invalid config clusterlint.config.yaml:2:3: severity: "Bsc*" matches no code; did you mean "Bcs*"?\n'],
    ['clusterlint.config.yaml', 'severity:\n  Frobnicate: error\n', 'clusterlint: invalid config clusterlint.config.yaml:2:3: severity: "Frobnicate" is not a code clusterlint reports.\n'],
    [
      'clusterlint.config.yaml',
      'severity:\n  "InvalidUserData.{key}": "off"\n',
      'clusterlint: invalid config clusterlint.config.yaml:2:3: severity: "InvalidUserData.{key}" is the catalogue\'s pattern, not a code: write the code with the key filled in, or "InvalidUserData.*" for all of them.\n',
    ],
    [
      'clusterlint.config.yaml',
      'overrides:\n  - files: ["legacy/**"]\n    severity:\n      PlaintextSecret: "off"\n      plaintextSecrets: "off"\n',
      'clusterlint: invalid config clusterlint.config.yaml:5:7: overrides.0.severity: "plaintextSecrets" is not a code clusterlint reports; did you mean "PlaintextSecret"?\n',
    ],
    // The first typo in the file is named, whichever map it is in.
    [
      'clusterlint.config.yaml',
      'overrides:\n  - files: ["a/**"]\n    severity: {Bcs: "off"}\nseverity:\n  Unknwn: error\n',
      'clusterlint: invalid config clusterlint.config.yaml:3:16: overrides.0.severity: "Bcs" is not a code; to match every code that starts with it, write "Bcs*".\n',
    ],
  ];
  for (const [name, text, message] of cases) {
    it(`${name}: ${message.trim()}`, () => {
      const dir = tempTree({ [name]: text, 'a.json': spec('a') });
      const r = runBin(['a.json'], { cwd: dir });
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', message]);
    });
  }

  it('accepts codes, templated codes written out, prefixes with * and *', () => {
    const severity = {
      UnknownParameter: 'error',
      'InvalidUserData.team': 'warning',
      'InvalidUserData.team.value': 'off',
      'InvalidUserData.': 'off',
      'InvalidGroups.workers': 'off',
      'InvalidUserData.*': 'off',
      'QuotaExhausted.*': 'off',
      'InvalidConfigs.Mounts.Entries.Source': 'off',
      MissingSubnetCidr: 'warning',
      'Bcs*': 'off',
      '*': 'warning',
    };
    const dir = tempTree({ 'clusterlint.config.json': JSON.stringify({ severity, overrides: [{ files: ['*.json'], severity }] }), 'a.json': spec('9a') });
    const r = runBin(['--format', 'json', 'a.json'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(briefs(r.stdout)).toEqual(['a.json warning:InvalidName@2:11']);
  });

  it('a templated code written out changes that key only', () => {
    const text = spec('a', { UserData: { team: 1, owner: 2 } });
    const dir = tempTree({ 'clusterlint.config.json': '{"severity": {"InvalidUserData.team.value": "off"}}', 'a.json': text });
    const r = runBin(['--format', 'json', 'a.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(briefs(r.stdout)).toEqual(['a.json error:InvalidUserData.owner.value@13:14']);
  });
});

describe('settings', () => {
  it('severity: a code, or a prefix with a trailing *, set to error, warning or off', () => {
    const dir = tempTree({ 'clusterlint.config.json': '{"severity": {"Bcs*": "off", "InvalidCidrBlock": "error", "SpotSettingIgnored": "warning"}}', 'seed.json': SEED });
    const r = runBin(['--format', 'json', 'seed.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(briefs(r.stdout)).toEqual(['seed.json error:InvalidCidrBlock@67:30', 'seed.json warning:SpotSettingIgnored@76:29']);
  });

  it('overrides: files globs choose a dialect and severities; later entries win', () => {
    const dir = tempTree({
      'clusterlint.config.json': JSON.stringify({
        overrides: [
          { files: ['legacy/**'], dialect: 'batchcompute', severity: { UnknownParameter: 'off' } },
          { files: ['legacy/keep.json'], severity: { UnknownParameter: 'error' } },
        ],
      }),
      'legacy/odd.json': '{"Name": "x", "Extra": 1}',
      'legacy/keep.json': '{"Name": "x", "Extra": 1}',
    });
    const r = runBin(['--format', 'json', 'legacy'], { cwd: dir });
    expect(briefs(r.stdout)).toEqual([
      'legacy/keep.json error:MissingGroups@1:1',
      'legacy/keep.json error:MissingImageId@1:1',
      'legacy/keep.json error:MissingInstanceType@1:1',
      'legacy/keep.json error:UnknownParameter@1:15',
      'legacy/odd.json error:MissingGroups@1:1',
      'legacy/odd.json error:MissingImageId@1:1',
      'legacy/odd.json error:MissingInstanceType@1:1',
    ]);
  });

  it('include and exclude decide which walked files are read, relative to the config', () => {
    const dir = tempTree({
      'clusterlint.config.json': '{"include": ["clusters/**/*.spec"], "exclude": ["clusters/archive/**"]}',
      'clusters/a.spec': spec('9a'),
      'clusters/archive/old.spec': spec('9old'),
      'clusters/b.json': spec('9b'),
    });
    const r = runBin(['--format', 'json', '.'], { cwd: dir });
    expect(briefs(r.stdout)).toEqual(['clusters/a.spec error:InvalidName@2:11']);
  });

  it('quotas: MaxClusterCount counts Batch Compute clusters over the run in sorted path order', () => {
    const dir = tempTree({ 'clusterlint.config.json': '{"quotas": {"MaxClusterCount": 1}}', 'b.json': spec('b'), 'a.json': spec('a') });
    const forward = runBin(['--format', 'json', 'a.json', 'b.json'], { cwd: dir });
    const backward = runBin(['--format', 'json', 'b.json', 'a.json'], { cwd: dir });
    expect(forward.stdout).toBe(backward.stdout);
    expect(briefs(forward.stdout)).toEqual(['b.json error:QuotaExhausted.MaxClusterCount@1:1']);
    expect(JSON.parse(forward.stdout)[1].diagnostics[0]).toMatchObject({ message: 'The MaxClusterCount (1) quota is exhausted.', status: 403, origin: 'api', pointer: '' });
  });

  it('forbiddenOppositeRouterTypes and instanceTypes', () => {
    const dir = tempTree({
      'clusterlint.config.json': '{"forbiddenOppositeRouterTypes": ["VRouter"], "instanceTypes": ["ecs.c5.large"]}',
      'a.json': spec('a', { Configs: { Networks: { VPC: { OppositeRouterId: 'r', OppositeAccessPointId: 'ap', OppositeRegionId: 'cn-beijing', OppositeRouterType: 'VRouter' } } } }),
    });
    const r = runBin(['--format', 'json', 'a.json'], { cwd: dir });
    const out = JSON.parse(r.stdout)[0].diagnostics;
    expect(out.map((d: { code: string; message: string; status: number }) => [d.code, d.message, d.status])).toEqual([
      ['InvalidInstanceType', 'Specified parameter InstanceType is not valid.', 400],
      ['QuotaExhausted.Configs.Networks.VPC.OppositeRouterType', 'The Configs.Networks.VPC.OppositeRouterType (VRouter) is forbidden.', 403],
    ]);
  });

  it('--print-config shows the settings that apply to a file', () => {
    const dir = tempTree({
      'clusterlint.config.json': JSON.stringify({ severity: { 'Bcs*': 'off' }, quotas: { MaxClusterCount: 3 }, maxFindingsPerFile: 250, overrides: [{ files: ['swarm/*.json'], dialect: 'containerservice', severity: { PlaintextSecret: 'error' } }] }),
    });
    const r = runBin(['--print-config', 'swarm/web.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      file: 'swarm/web.json',
      configFile: join(dir, 'clusterlint.config.json'),
      dialect: 'containerservice',
      include: null,
      exclude: null,
      quotas: { MaxClusterCount: 3 },
      forbiddenOppositeRouterTypes: [],
      instanceTypes: null,
      maxFileSize: 10485760,
      maxFindingsPerFile: 250,
      severity: { 'Bcs*': 'off', PlaintextSecret: 'error' },
    });
    // Without a config, the defaults.
    const defaults = JSON.parse(runBin(['--print-config', 'a.json'], { cwd: tempTree({}) }).stdout);
    expect([defaults.configFile, defaults.maxFileSize, defaults.maxFindingsPerFile]).toEqual([null, 10485760, 1000]);
  });
});
