/**
 * The bundled program with the formats for GitHub: SARIF regions equal the JSON output's, paths
 * start at the repository root, workflow commands and exit codes, `--output-file`, and
 * `--ignore-unknown` (what the pre-commit hook passes).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/api/diagnostic.js';
import { runBin, tempTree } from './helpers.js';
import { SAMPLE_FILES } from './sample-specs.js';
import { sarifValidator, type SarifLog } from './sarif-schema.js';

const validateSarif = sarifValidator();

/** A spec set the formatter tests do not use: several files and folders, YAML and JSON. */
const OTHER_SPECS: Record<string, string> = {
  'clusters/prod/api.yaml': [
    'Name: api-prod',
    'Description: "Ünïcödé 🚀 cluster"',
    'ImageId: m-2ze',
    'InstanceType: ecs.g6.large',
    'Groups:',
    '  web: {DesiredVMCount: 0, ResourceType: OnDemand, InstanceType: "ecs.bad type"}',
    'Configs:',
    '  Networks:',
    '    VPC: {CidrBlock: 192.168.1.1/24, VpcId: vpc-abc}',
    '',
  ].join('\n'),
  'clusters/dev.json': '{\n  "Name": "dev",\n  "ImageId": "",\n  "InstanceType": "ecs.t5.small",\n  "Groups": {"a": {"DesiredVMCount": 70000, "ResourceType": "Spot", "SpotStrategy": "SpotWithPriceLimit"}}\n}\n',
};

function json(stdout: string): FileResult[] {
  return JSON.parse(stdout) as FileResult[];
}

describe('--format sarif from the command line', () => {
  it('is valid and its regions, codes and levels match the JSON output', () => {
    const dir = tempTree(OTHER_SPECS);
    const asJson = runBin(['--format', 'json', 'clusters'], { cwd: dir });
    const asSarif = runBin(['--format', 'sarif', 'clusters'], { cwd: dir });
    expect(asJson.status).toBe(1);
    expect(asSarif.status).toBe(1);
    const log = JSON.parse(asSarif.stdout) as SarifLog;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const diagnostics = json(asJson.stdout).flatMap((r) => r.diagnostics);
    expect(diagnostics.length).toBeGreaterThan(5);
    const results = log.runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region])).toEqual(
      diagnostics.map((d) => [d.code, d.severity, d.file, { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }]),
    );
  });

  it('gives paths from the git repository root when run in a sub-folder', () => {
    const dir = tempTree({ 'specs/seed.json': SAMPLE_FILES['specs/seed.json']! });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const r = runBin(['--format', 'sarif', 'seed.json'], { cwd: join(dir, 'specs') });
    expect(r.status).toBe(0);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(new Set(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['specs/seed.json']));
  });

  it('writes --output-file, creating its folder, and prints nothing', () => {
    const dir = tempTree(OTHER_SPECS);
    const r = runBin(['--format', 'sarif', '--output-file', 'reports/lint/clusterlint.sarif', 'clusters'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(dir, 'reports/lint/clusterlint.sarif'), 'utf8')) as SarifLog;
    expect(validateSarif(log)).toBe(true);
  });

  it('reports a report it cannot write as a usage error, in one line', () => {
    const dir = tempTree({ 'a.json': SAMPLE_FILES['specs/seed.json']!, blocker: 'a file, not a folder' });
    const r = runBin(['--format', 'sarif', '--output-file', 'blocker/out.sarif', 'a.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('clusterlint: cannot create the folder blocker for blocker/out.sarif: a file of that name exists\n');
  });
});

describe('--format github from the command line', () => {
  it('prints one workflow command per finding of the JSON output and exits 1 on errors', () => {
    const dir = tempTree(OTHER_SPECS);
    const r = runBin(['--format', 'github', 'clusters'], { cwd: dir });
    expect(r.status).toBe(1);
    const diagnostics = json(runBin(['--format', 'json', 'clusters'], { cwd: dir }).stdout).flatMap((f) => f.diagnostics);
    // The runner's escaping, written out here as an independent oracle.
    const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
    const expected = diagnostics.map((d) => {
      const cols = d.line === d.endLine ? `,col=${d.column}` : '';
      const endCol = d.line === d.endLine ? `,endColumn=${d.endColumn}` : '';
      return `::${d.severity} file=${prop(d.file)},line=${d.line}${cols},endLine=${d.endLine}${endCol},title=${prop(d.code)}::${data(d.detail ? `${d.message}\n${d.detail}` : d.message)}`;
    });
    expect(r.stdout).toBe(`${expected.join('\n')}\n`);
    expect(r.stdout).toContain(
      '::error file=clusters/dev.json,line=5,col=38,endLine=5,endColumn=43,title=InvalidDesiredVMCount::Specified parameter DesiredVMCount is not valid. It must be in [1, 65536].%0A',
    );
  });

  it('exits 0 when there are only warnings', () => {
    const dir = tempTree({ 'seed.json': SAMPLE_FILES['specs/seed.json']! });
    const r = runBin(['--format', 'github', 'seed.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(5);
    expect(r.stdout.startsWith('::warning file=seed.json,line=5,col=21,endLine=5,endColumn=35,title=BcsInstanceTypeInVpc::')).toBe(true);
  });

  it('is listed among the formats', () => {
    const r = runBin(['--format', 'xml', '.']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('clusterlint: unknown format "xml"; use one of: stylish, json, sarif, github, junit, gitlab, checkstyle\n');
  });
});

describe('--ignore-unknown', () => {
  const files = {
    'package.json': '{"name": "app", "version": "1.0.0"}\n',
    '.github/workflows/ci.yaml': 'on: push\njobs: {}\n',
    'specs/seed.json': SAMPLE_FILES['specs/seed.json']!,
    'specs/broken.json': '{\n  "Name": "a",\n  "ImageId": "m-1"\n  "InstanceType": "ecs.g6.large"\n}\n',
  };

  it('reports named files that are not specs without it', () => {
    const dir = tempTree(files);
    const r = runBin(['--format', 'json', ...Object.keys(files)], { cwd: dir });
    expect(r.status).toBe(1);
    const codes = json(r.stdout).map((f) => [f.file, f.diagnostics.map((d) => d.code)]);
    expect(codes).toContainEqual(['package.json', ['UnknownDialect']]);
    expect(codes).toContainEqual(['.github/workflows/ci.yaml', ['UnknownDialect']]);
  });

  it('skips them with it, as a directory walk does, and still reports a broken spec', () => {
    const dir = tempTree(files);
    const r = runBin(['--format', 'json', '--ignore-unknown', ...Object.keys(files)], { cwd: dir });
    expect(r.status).toBe(1);
    const codes = json(r.stdout).map((f) => [f.file, f.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)]);
    expect(codes).toEqual([
      ['specs/broken.json', ['InvalidJsonFormat@4:3']],
      ['specs/seed.json', ['BcsInstanceTypeInVpc@5:21', 'BcsInstanceTypeDiskType@23:25', 'BcsInstanceTypeDiskType@27:25', 'InvalidCidrBlock@67:30', 'SpotSettingIgnored@76:29']],
    ]);
  });

  it('passes when the named files hold no errors', () => {
    const dir = tempTree(files);
    const r = runBin(['--ignore-unknown', 'package.json', '.github/workflows/ci.yaml', 'specs/seed.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✖ 5 problems (0 errors, 5 warnings)');
  });
});
