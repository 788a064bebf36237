/**
 * Data loss (SPEC §7, clarification 11): a report is never written over a file the run lints, nor
 * over any existing spec — a usage error (exit 2) that leaves the file byte for byte as it was.
 * Another existing file (an old report) may be replaced.
 */
import { linkSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempTree } from '../helpers.js';
import { SEED } from '../sample-specs.js';
import { nameKey, namesOf } from '../../src/io/report-target.js';

const YAML_SPEC = 'Name: web\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g:\n    DesiredVMCount: 1\n    ResourceType: OnDemand\n';

/** Runs the program in a tree and returns the run with the bytes of `watched` afterwards. */
function attempt(files: Record<string, string>, args: string[], watched: string) {
  const dir = tempTree(files);
  const r = runBin(args, { cwd: dir });
  return { ...r, after: readFileSync(join(dir, watched), 'utf8'), dir };
}

describe('--output-file never replaces a spec', () => {
  it('refuses the file being linted (-o spec.yaml spec.yaml)', () => {
    const r = attempt({ 'spec.yaml': YAML_SPEC }, ['-o', 'spec.yaml', 'spec.yaml'], 'spec.yaml');
    expect(r).toMatchObject({ status: 2, stdout: '', stderr: 'clusterlint: will not write the report to spec.yaml: it is one of the files being linted; choose another file\n' });
    expect(r.after).toBe(YAML_SPEC);
  });

  it('refuses a spec found by the walk when the report path was forgotten (-o ok.json)', () => {
    const r = attempt({ 'ok.json': SEED }, ['-o', 'ok.json'], 'ok.json');
    expect(r).toMatchObject({ status: 2, stdout: '', stderr: 'clusterlint: will not write the report to ok.json: it is one of the files being linted; choose another file\n' });
    expect(r.after).toBe(SEED);
  });

  it('refuses an existing spec that the run does not lint, whatever the format', () => {
    for (const format of ['json', 'sarif', 'stylish']) {
      const r = attempt({ 'a.yaml': YAML_SPEC, 'b.json': SEED }, ['--format', format, '--output-file', 'b.json', 'a.yaml'], 'b.json');
      expect(r).toMatchObject({ status: 2, stderr: 'clusterlint: will not write the report to b.json: it is a Batch Compute or Container Service spec; choose another file\n' });
      expect(r.after).toBe(SEED);
    }
  });

  it('refuses an existing spec that does not parse (judged by its keys)', () => {
    const broken = `${YAML_SPEC}Configs: [\n`;
    const r = attempt({ 'a.yaml': YAML_SPEC, 'broken.yaml': broken }, ['-o', 'broken.yaml', 'a.yaml'], 'broken.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('clusterlint: will not write the report to broken.yaml: it is a Batch Compute or Container Service spec; choose another file\n');
    expect(r.after).toBe(broken);
  });

  it('refuses a symbolic link or a hard link to a file being linted, and another spelling of its path', () => {
    const dir = tempTree({ 'specs/a.yaml': YAML_SPEC });
    symlinkSync('specs/a.yaml', join(dir, 'soft.txt'));
    linkSync(join(dir, 'specs/a.yaml'), join(dir, 'hard.txt'));
    for (const target of ['soft.txt', 'hard.txt', './specs/../specs/a.yaml']) {
      const r = runBin(['-o', target, 'specs'], { cwd: dir });
      expect(r.status, target).toBe(2);
      expect(r.stderr).toContain('it is one of the files being linted');
    }
    expect(readFileSync(join(dir, 'specs/a.yaml'), 'utf8')).toBe(YAML_SPEC);
  });

  it('refuses the target when the walk reaches it through a linked folder or as a link of another name', () => {
    // Walked files are compared with the target by name first (a repeat run writing over its old
    // report would otherwise stat every file): these two must still be caught by identity.
    const dir = tempTree({ 'specs/a.yaml': YAML_SPEC, 'out.yaml': 'a: 1\n', 'walked/keep.yaml': YAML_SPEC });
    symlinkSync('specs', join(dir, 'via'));
    symlinkSync('../out.yaml', join(dir, 'walked/alias.yaml'));
    for (const [target, path] of [['specs/a.yaml', 'via'], ['out.yaml', 'walked']]) {
      const r = runBin(['-o', target!, path!], { cwd: dir });
      expect(r, target).toMatchObject({ status: 2, stdout: '', stderr: `clusterlint: will not write the report to ${target}: it is one of the files being linted; choose another file\n` });
    }
    expect(readFileSync(join(dir, 'specs/a.yaml'), 'utf8')).toBe(YAML_SPEC);
    expect(readFileSync(join(dir, 'out.yaml'), 'utf8')).toBe('a: 1\n');
  });

  it('judges a JSON text that starts as an array by its keys when it does not parse (an array that parses is no spec)', () => {
    const broken = '[\n"Name": "web",\n"ImageId": "m-1",\n"InstanceType": "ecs.sn1.medium",\n"Groups": {}\n';
    const r = attempt({ 'a.yaml': YAML_SPEC, 'old.json': broken }, ['-o', 'old.json', 'a.yaml'], 'old.json');
    expect(r).toMatchObject({ status: 2, stderr: 'clusterlint: will not write the report to old.json: it is a Batch Compute or Container Service spec; choose another file\n' });
    expect(r.after).toBe(broken);
    const parsed = `[${JSON.stringify({ Name: 'web', ImageId: 'm-1', InstanceType: 'ecs.sn1.medium', Groups: {} }, null, 0)}]\n`;
    expect(attempt({ 'a.yaml': YAML_SPEC, 'old.json': parsed }, ['-o', 'old.json', 'a.yaml'], 'old.json').status).toBe(0);
  });

  it('judges JSON nested deeper than the linter reads by its keys, as the walk does (a $schema reference anywhere)', () => {
    const ref = '"$schema": "https://clusterlint.dev/schemas/batchcompute-cluster.schema.json"';
    const deep = (open: string, close: string) => `${open.repeat(200)}{${ref}}${close.repeat(200)}\n`;
    for (const text of [deep('{"a":', '}'), deep('[', ']')]) {
      const r = attempt({ 'a.yaml': YAML_SPEC, 'deep.json': text }, ['-o', 'deep.json', 'a.yaml'], 'deep.json');
      expect(r).toMatchObject({ status: 2, stderr: 'clusterlint: will not write the report to deep.json: it is a Batch Compute or Container Service spec; choose another file\n' });
      expect(r.after).toBe(text);
    }
  });

  it('compares walked names with the target as a case- or normalization-insensitive file system would (macOS, Windows)', () => {
    // There `-o PACKAGE.JSON` names the walked package.json: such a name must not be passed over.
    const target = join(tempTree({ 'PACKAGE.JSON': '{}' }), 'PACKAGE.JSON');
    const names = namesOf(target, statSync(target))!;
    expect(names).toBeDefined();
    for (const walked of ['package.json', 'Package.Json', 'PACKAGE.JSON']) expect(names.has(nameKey(walked)), walked).toBe(true);
    expect(names.has(nameKey('other.json'))).toBe(false);
    expect(nameKey('stra\u00dfe.json')).toBe(nameKey('STRASSE.JSON'));
    expect(nameKey('e\u0301.json')).toBe(nameKey('\u00e9.json'));
  });

  it('refuses a directory in one line', () => {
    const r = attempt({ 'a.yaml': YAML_SPEC, 'out/keep': 'x' }, ['-o', 'out', 'a.yaml'], 'out/keep');
    expect(r).toMatchObject({ status: 2, stderr: 'clusterlint: will not write the report to out: it is a directory; choose another file\n' });
  });

  it('replaces an old report, which is not a spec', () => {
    const r = attempt({ 'a.yaml': YAML_SPEC, 'report.json': '[{"file": "old.json", "errorCount": 3, "warningCount": 0, "diagnostics": []}]\n' }, ['--format', 'json', '-o', 'report.json', 'a.yaml'], 'report.json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.after)).toEqual([{ file: 'a.yaml', errorCount: 0, warningCount: 0, diagnostics: [], suppressedDiagnostics: [] }]);
  });
});
