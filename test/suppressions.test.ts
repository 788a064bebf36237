/**
 * Suppressions (SPEC §9, clarification 9): YAML comment directives with reasons, the config's
 * `ignore` entries, `UnusedSuppression`, and suppressed findings kept in `json` and SARIF.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/api/diagnostic.js';
import { brief, lintResults, runBin, tempTree } from './helpers.js';
import { sarifValidator, type SarifLog } from './sarif-schema.js';

const HEAD = 'Name: web\nImageId: m-1\nInstanceType: ecs.sn1.medium\n';

/** One YAML file's result, linted in memory. */
function lintYaml(text: string, config = {}): FileResult {
  return lintResults({ 'spec.yaml': text }, { config })[0]!;
}

const shown = (r: FileResult) => r.diagnostics.map(brief);
const hidden = (r: FileResult) => r.suppressedDiagnostics.map((d) => `${brief(d)} ${d.suppression.kind}:${d.suppression.justification}`);

describe('comment directives', () => {
  it('disable-next-line with a reason: the finding moves to suppressedDiagnostics with the reason, and stops counting', () => {
    const r = lintYaml(`${HEAD}Groups:\n  g:\n    # clusterlint-disable-next-line InvalidDesiredVMCount -- scaled up by a job\n    DesiredVMCount: 70000\n    ResourceType: OnDemand\n`);
    expect(shown(r)).toEqual([]);
    expect(hidden(r)).toEqual(['error:InvalidDesiredVMCount@7:21 /Groups/g/DesiredVMCount inSource:scaled up by a job']);
    expect(r.suppressedDiagnostics[0]!.message).toBe('Specified parameter DesiredVMCount is not valid. It must be in [1, 65536].');
    expect([r.errorCount, r.warningCount]).toEqual([0, 0]);
  });

  it('disable-line covers its own line only; a directive with no code covers every code there', () => {
    const r = lintYaml(`${HEAD}Groups:\n  g: {DesiredVMCount: 0.5, ResourceType: Ondemand}  # clusterlint-disable-line\n  h: {DesiredVMCount: 0.5, ResourceType: OnDemand}\n`);
    expect(hidden(r)).toEqual(['error:InvalidDesiredVMCount@5:23 /Groups/g/DesiredVMCount inSource:', 'error:InvalidResourceType@5:42 /Groups/g/ResourceType inSource:']);
    expect(shown(r)).toEqual(['error:InvalidDesiredVMCount@6:23 /Groups/h/DesiredVMCount']);
  });

  it('several codes separated by commas (spaces allowed), and a trailing * for a prefix', () => {
    const r = lintYaml(`${HEAD}Groups:\n  # clusterlint-disable-next-line UnknownParameter,  InvalidResource* -- migrating\n  g: {DesiredVMCount: 1, ResourceType: Ondemand, Colour: red}\n`);
    expect(hidden(r)).toEqual(['error:InvalidResourceType@6:40 /Groups/g/ResourceType inSource:migrating', 'warning:UnknownParameter@6:50 /Groups/g/Colour inSource:migrating']);
    expect(shown(r)).toEqual([]);
  });

  it('a block runs from disable to the enable that names the code, or to the end of the file', () => {
    const text = [
      HEAD.trimEnd(),
      '# clusterlint-disable UnknownParameter, InvalidDescription -- legacy fields',
      'Colour: red',
      'Description: 5',
      '# clusterlint-enable UnknownParameter',
      'Size: 3',
      'Description2: 4',
      'Groups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}',
      '',
    ].join('\n');
    const r = lintYaml(text);
    expect(hidden(r)).toEqual(['warning:UnknownParameter@5:1 /Colour inSource:legacy fields', 'error:InvalidDescription@6:14 /Description inSource:legacy fields']);
    expect(shown(r)).toEqual(['warning:UnknownParameter@8:1 /Size', 'warning:UnknownParameter@9:1 /Description2']);
  });

  it('disable-file covers every document of the file', () => {
    const doc = `${HEAD}Colour: red\nGroups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\n`;
    const r = lintYaml(`# clusterlint-disable-file UnknownParameter -- a demo file\n${doc}---\n${doc}`);
    expect(shown(r)).toEqual([]);
    expect(r.suppressedDiagnostics.map((d) => [d.document, d.line, d.code])).toEqual([
      [0, 5, 'UnknownParameter'],
      [1, 11, 'UnknownParameter'],
    ]);
  });

  it('a suppressed PlaintextSecret is still masked', () => {
    const text = `${HEAD}Groups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\nConfigs:\n  Mounts:\n    OSS:\n      # clusterlint-disable-next-line PlaintextSecret -- a throwaway sandbox key\n      AccessKeySecret: CANARY-sup-9f2\n`;
    const dir = tempTree({ 'spec.yaml': text });
    for (const format of ['json', 'sarif', 'stylish']) {
      const out = runBin(['--format', format, 'spec.yaml'], { cwd: dir });
      expect(out.status).toBe(0);
      expect(out.stdout).not.toContain('CANARY-sup-9f2');
    }
    expect(hidden(lintYaml(text))).toEqual(['warning:PlaintextSecret@9:24 /Configs/Mounts/OSS/AccessKeySecret inSource:a throwaway sandbox key']);
  });
});

describe('UnusedSuppression', () => {
  it('a directive that suppresses nothing is reported at the comment; enable comments never are', () => {
    const r = lintYaml(`${HEAD}# clusterlint-enable InvalidName\nGroups:\n  g:\n    DesiredVMCount: 1  # clusterlint-disable-line InvalidDesiredVMCount\n    ResourceType: OnDemand\n`);
    expect(r.diagnostics).toEqual([
      {
        code: 'UnusedSuppression',
        message: 'A clusterlint-disable comment suppresses no finding.',
        detail: 'No InvalidDesiredVMCount finding is reported on this line; remove the comment.',
        status: null,
        origin: 'lint',
        severity: 'warning',
        rule: 'suppressions',
        file: 'spec.yaml',
        document: 0,
        pointer: '',
        line: 7,
        column: 24,
        endLine: 7,
        endColumn: 72,
      },
    ]);
  });

  it('DuplicateKey is never suppressed, and the directive says why', () => {
    const r = lintYaml(`${HEAD}Groups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\n# clusterlint-disable-next-line DuplicateKey\nName: web2\n`);
    expect(shown(r)).toEqual(['warning:UnusedSuppression@5:1 /', 'error:DuplicateKey@6:1 /Name']);
    expect(r.diagnostics[0]!.detail).toBe('DuplicateKey is never suppressed: the API would keep only one of the two values, so remove one of the keys.');
  });

  it('a code that does not exist gets a did-you-mean, even when the directive suppressed something else', () => {
    const r = lintYaml(`${HEAD}Colour: red  # clusterlint-disable-line UnknownParameter, InvalidNmae\nGroups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\n`);
    expect(hidden(r)).toEqual(['warning:UnknownParameter@4:1 /Colour inSource:']);
    expect(shown(r)).toEqual(['warning:UnusedSuppression@4:14 /']);
    expect(r.diagnostics[0]!.detail).toBe('"InvalidNmae" is not a code clusterlint reports; did you mean "InvalidName"?');
  });

  it('a templated code written out is a code', () => {
    const r = lintYaml(`${HEAD}Groups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\nUserData:\n  team: 3  # clusterlint-disable-line InvalidUserData.team.value\n`);
    expect(shown(r)).toEqual([]);
    expect(hidden(r)).toEqual(['error:InvalidUserData.team.value@6:9 /UserData/team inSource:']);
  });

  it('can be turned off like any code', () => {
    const r = lintYaml(`${HEAD}Groups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}  # clusterlint-disable-line\n`, { severity: { UnusedSuppression: 'off' } });
    expect(r.diagnostics).toEqual([]);
  });
});

describe('config ignore entries (JSON has no comments)', () => {
  const spec = JSON.stringify({ Name: 'web', ImageId: 'm-1', InstanceType: 'ecs.sn1.medium', Groups: { a: { DesiredVMCount: 70000, ResourceType: 'OnDemand' }, b: { DesiredVMCount: 70000, ResourceType: 'OnDemand' } }, Colour: 1 }, null, 2);

  it('suppress the codes at the pointers matching the pattern in the files matching the globs, with the reason', () => {
    const config = { ignore: [{ files: ['clusters/**/*.json'], pointer: '/Groups/*/DesiredVMCount', codes: ['InvalidDesiredVMCount'], reason: 'quota raised by ticket 4711' }] };
    const [inside, outside] = lintResults({ 'clusters/prod/a.json': spec, 'other/a.json': spec }, { config });
    expect(hidden(inside!)).toEqual([
      'error:InvalidDesiredVMCount@7:25 /Groups/a/DesiredVMCount external:quota raised by ticket 4711',
      'error:InvalidDesiredVMCount@11:25 /Groups/b/DesiredVMCount external:quota raised by ticket 4711',
    ]);
    expect(shown(inside!)).toEqual(['warning:UnknownParameter@15:3 /Colour']);
    expect(outside!.suppressedDiagnostics).toEqual([]);
    expect(outside!.errorCount).toBe(2);
  });

  it('without a pointer, every pointer; a prefix with *; an unused entry is no finding', () => {
    const config = { ignore: [{ files: ['*.json'], codes: ['Unknown*'] }, { files: ['*.json'], codes: ['InvalidName'], reason: 'never used' }] };
    const r = lintResults({ 'a.json': spec }, { config })[0]!;
    expect(hidden(r)).toEqual(['warning:UnknownParameter@15:3 /Colour external:']);
    expect(shown(r).map((s) => s.split('@')[0])).toEqual(['error:InvalidDesiredVMCount', 'error:InvalidDesiredVMCount']);
  });
  it('an ignore code that names no code is a config error at the code, with a did-you-mean', () => {
    const dir = tempTree({ 'a.json': spec, 'clusterlint.config.yaml': 'ignore:\n  - files: ["*.json"]\n    codes: [InvalidDesiredVMcount]\n' });
    expect(runBin(['a.json'], { cwd: dir })).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'clusterlint: invalid config clusterlint.config.yaml:3:13: ignore.0.codes: "InvalidDesiredVMcount" is not a code clusterlint reports; did you mean "InvalidDesiredVMCount"?\n',
    });
  });
});

describe('the outputs', () => {
  const text = `${HEAD}Groups:\n  g:\n    # clusterlint-disable-next-line InvalidDesiredVMCount -- scaled up by a job\n    DesiredVMCount: 70000\n    ResourceType: OnDemand\n`;

  it('stylish and the exit code leave suppressed findings out; json keeps them with their suppression', () => {
    const dir = tempTree({ 'spec.yaml': text });
    const stylish = runBin(['spec.yaml'], { cwd: dir });
    expect(stylish).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const json = runBin(['--format', 'json', 'spec.yaml'], { cwd: dir });
    const [result] = JSON.parse(json.stdout) as FileResult[];
    expect(result!.diagnostics).toEqual([]);
    expect(result!.suppressedDiagnostics[0]!.suppression).toEqual({ kind: 'inSource', justification: 'scaled up by a job' });
  });

  it('SARIF writes them as results with suppressions, valid for the official schema', () => {
    const dir = tempTree({ 'spec.yaml': text, 'b.json': '{"Name": "web", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}, "Colour": 1}' });
    writeConfig(dir, { ignore: [{ files: ['b.json'], pointer: '/Colour', codes: ['UnknownParameter'], reason: 'read by our own tooling' }] });
    const r = runBin(['--format', 'sarif', '.'], { cwd: dir });
    expect(r.status).toBe(0);
    const log = JSON.parse(r.stdout) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.results.map((x) => [x.ruleId, (x as { suppressions?: unknown }).suppressions])).toEqual([
      ['UnknownParameter', [{ kind: 'external', justification: 'read by our own tooling' }]],
      ['InvalidDesiredVMCount', [{ kind: 'inSource', justification: 'scaled up by a job' }]],
    ]);
  });
});

function writeConfig(dir: string, config: object): void {
  writeFileSync(join(dir, 'clusterlint.config.json'), JSON.stringify(config));
}
