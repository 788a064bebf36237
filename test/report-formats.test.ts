/**
 * The report formats other CI systems read (SPEC §7), each checked by its reader's own schema
 * (test/fixtures/consumers/README.md): JUnit XML (Jenkins, GitLab) against the Apache Ant JUnit
 * schema, GitLab Code Quality against GitLab's entry schema, Checkstyle XML against its report
 * format; one entry per finding; fingerprints stable across runs; several reports in one run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { FileResult } from '../src/api/diagnostic.js';
import { format, type FormatContext } from '../src/formatters/index.js';
import formatJunit from '../src/formatters/junit.js';
import { joined } from '../src/formatters/index.js';
import { FINGERPRINT_KEY } from '../src/formatters/sarif.js';
import { lintResults, ROOT, runBin, tempTree } from './helpers.js';
import { ODD_NAME, SAMPLE_FILES, SEED } from './sample-specs.js';
import type { SarifLog } from './sarif-schema.js';

const CONSUMERS = join(ROOT, 'test/fixtures/consumers');
const CTX: FormatContext = { color: false, cwd: '/repo', root: '/repo', line: () => undefined };
const CLEAN = 'specs/clean.yaml';
const RESULTS = lintResults({ ...SAMPLE_FILES, [CLEAN]: 'Name: clean\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 1, ResourceType: OnDemand}\n' });
const FINDINGS = RESULTS.flatMap((r) => r.diagnostics);

/** Validates an XML report against a schema file of test/fixtures/consumers with xmllint (libxml2). */
async function xmlErrors(xml: string, schemaFile: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    schema: [{ fileName: schemaFile, contents: readFileSync(join(CONSUMERS, schemaFile), 'utf8') }],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The values of one attribute on every element of a name, in document order, entities read. */
function attributes(xml: string, element: string, attribute: string): string[] {
  return [...xml.matchAll(new RegExp(`<${element}\\b[^>]*?\\b${attribute}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&(\w+);/g, (_, e: string) => ENTITIES[e]!));
}

describe('the sample set', () => {
  it('has findings in several files, warnings among them, and a file with none', () => {
    expect(RESULTS.find((r) => r.file === CLEAN)!.diagnostics).toEqual([]);
    expect(FINDINGS.some((d) => d.severity === 'warning')).toBe(true);
    expect(RESULTS.filter((r) => r.diagnostics.length > 0).length).toBeGreaterThan(2);
  });
});

describe('--format junit', () => {
  const xml = joined(formatJunit(RESULTS, () => new Date('2026-11-30T01:02:03.456Z')));

  it('is valid for the Apache Ant JUnit schema that Jenkins and GitLab read', async () => {
    expect(await xmlErrors(xml, 'junit-ant.xsd')).toEqual([]);
  });

  it('has one suite per file, one failing case per finding (warnings included) and one passing case for a clean file', () => {
    expect(attributes(xml, 'testsuite', 'name')).toEqual(RESULTS.map((r) => r.file));
    expect(attributes(xml, 'testsuite', 'tests').map(Number)).toEqual(RESULTS.map((r) => Math.max(1, r.diagnostics.length)));
    expect(attributes(xml, 'testsuite', 'failures').map(Number)).toEqual(RESULTS.map((r) => r.diagnostics.length));
    expect(attributes(xml, 'failure', 'type')).toEqual(FINDINGS.map((d) => d.severity));
    expect(attributes(xml, 'testcase', 'name')).toContain(`${CLEAN}: no findings`);
    expect(attributes(xml, 'testsuite', 'timestamp')).toEqual(RESULTS.map(() => '2026-11-30T01:02:03'));
    const first = FINDINGS[0]!;
    expect(xml).toContain(`<testcase name="${first.line}:${first.column} ${first.code}" classname="${first.file}" time="0">`);
  });
});

describe('--format checkstyle', () => {
  const xml = format('checkstyle', RESULTS, CTX);

  it('is valid for the Checkstyle report format', async () => {
    expect(await xmlErrors(xml, 'checkstyle.xsd')).toEqual([]);
  });

  it('has one <file> per file and one <error> per finding, with its line, column, severity and code', () => {
    expect(attributes(xml, 'file', 'name')).toEqual(RESULTS.map((r) => r.file));
    expect(attributes(xml, 'error', 'line').map(Number)).toEqual(FINDINGS.map((d) => d.line));
    expect(attributes(xml, 'error', 'column').map(Number)).toEqual(FINDINGS.map((d) => d.column));
    expect(attributes(xml, 'error', 'severity')).toEqual(FINDINGS.map((d) => d.severity));
    expect(attributes(xml, 'error', 'source')).toEqual(FINDINGS.map((d) => `clusterlint.${d.code}`));
  });
});

describe('--format gitlab', () => {
  const ajv = new Ajv({ strict: false });
  const validateEntry = ajv.compile(JSON.parse(readFileSync(join(CONSUMERS, 'gitlab-codeclimate.json'), 'utf8')) as object);
  type Issue = { check_name: string; severity: string; fingerprint: string; location: { path: string; lines: { begin: number } } };
  const issues = JSON.parse(format('gitlab', RESULTS, CTX)) as Issue[];

  it("is an array of entries valid for GitLab's Code Quality schema, one per finding", () => {
    expect(issues).toHaveLength(FINDINGS.length);
    for (const issue of issues) expect(validateEntry(issue), JSON.stringify(validateEntry.errors)).toBe(true);
    // GitLab's parser knows these severities only.
    for (const issue of issues) expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
  });

  it('names the code, the path from the repository root, the line, and major for errors, minor for warnings', () => {
    expect(issues.map((i) => [i.check_name, i.location.path, i.location.lines.begin, i.severity])).toEqual(
      FINDINGS.map((d) => [d.code, d.file, d.line, d.severity === 'error' ? 'major' : 'minor']),
    );
  });

  it("has fingerprints that are unique, equal SARIF's, and stay when lines move", () => {
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    const sarif = JSON.parse(format('sarif', RESULTS, CTX)) as SarifLog;
    expect(issues.map((i) => i.fingerprint)).toEqual(sarif.runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]));
    const file = 'specs/two.yaml';
    const moved = lintResults({ [file]: `# a comment added above\n\n${SAMPLE_FILES[file]!}` });
    const before = issues.filter((i) => i.location.path === file);
    const after = JSON.parse(format('gitlab', moved, CTX)) as Issue[];
    expect(after.map((i) => i.location.lines.begin)).toEqual(before.map((i) => i.location.lines.begin + 2));
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
  });
});

describe('text from a spec in the XML formats', () => {
  // A key with markup, quotes, a control character and a lone surrogate: an UnknownParameter names it.
  const key = 'a<b>&"c\'\u0007\ud800';
  const results: FileResult[] = lintResults({ [ODD_NAME]: JSON.stringify({ Name: 'x', ImageId: 'm-1', InstanceType: 'ecs.sn1.medium', Groups: { g: { DesiredVMCount: 1, ResourceType: 'OnDemand' } }, [key]: 1 }) }, { dialect: 'batchcompute' });

  it('stays well-formed and valid, the text shown with entities and escapes', async () => {
    expect(results[0]!.diagnostics.map((d) => d.code)).toContain('UnknownParameter');
    const junit = joined(formatJunit(results));
    const checkstyle = format('checkstyle', results, CTX);
    expect(await xmlErrors(junit, 'junit-ant.xsd')).toEqual([]);
    expect(await xmlErrors(checkstyle, 'checkstyle.xsd')).toEqual([]);
    for (const xml of [junit, checkstyle]) {
      expect(xml).not.toMatch(/[\u0007\ud800]/);
      // The key as the detail quotes it (JSON string syntax), then made safe: \u escapes, then entities.
      expect(xml).toContain('&quot;a&lt;b&gt;&amp;\\&quot;c&apos;\\u0007\\ud800&quot;');
    }
  });
});

describe('several reports in one run', () => {
  const specs = { 'specs/a.json': SEED.replace('"Name": "', '"Name": "9') };

  it('--format sarif:FILE --format stylish writes the SARIF file and prints stylish', () => {
    const dir = tempTree(specs);
    const r = runBin(['--format', 'sarif:out/report.sarif', '-f', 'junit:junit.xml', '--format', 'stylish', 'specs'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('specs/a.json');
    expect(r.stdout).toContain('InvalidName');
    const sarif = JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8')) as SarifLog;
    const json = JSON.parse(runBin(['--format', 'json', 'specs'], { cwd: dir }).stdout) as FileResult[];
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toEqual(json[0]!.diagnostics.map((d) => d.code));
    expect(attributes(readFileSync(join(dir, 'junit.xml'), 'utf8'), 'failure', 'type')).toEqual(json[0]!.diagnostics.map((d) => d.severity));
  });

  it('with only NAME:FILE options, stylish goes to standard output; with --output-file, there', () => {
    const dir = tempTree(specs);
    expect(runBin(['-f', 'gitlab:cq.json', 'specs'], { cwd: dir }).stdout).toContain('InvalidName');
    const r = runBin(['-f', 'gitlab:cq.json', '-f', 'json', '-o', 'lint.json', 'specs'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(join(dir, 'lint.json'), 'utf8')) as FileResult[])[0]!.file).toBe('specs/a.json');
    expect((JSON.parse(readFileSync(join(dir, 'cq.json'), 'utf8')) as unknown[]).length).toBeGreaterThan(0);
  });

  it('refuses what cannot be meant, in one line, writing nothing', () => {
    const dir = tempTree(specs);
    const cases: Array<[string[], string]> = [
      [['-f', 'json', '-f', 'sarif'], 'clusterlint: --format json and --format sarif: only one report goes to standard output; write the others to files with --format NAME:FILE\n'],
      [['-f', 'sarif:'], 'clusterlint: --format sarif: names no file; write --format NAME:FILE\n'],
      [['-f', 'xml:r.xml'], 'clusterlint: unknown format "xml"; use one of: stylish, json, sarif, github, junit, gitlab, checkstyle\n'],
      [['-f', 'json:r.json', '-f', 'sarif:r.json'], 'clusterlint: two reports would be written to r.json\n'],
      [['-f', 'json:r.json', '-o', 'r.json'], 'clusterlint: two reports would be written to r.json\n'],
      [['-f', 'sarif:specs/a.json'], 'clusterlint: will not write the report to specs/a.json: it is one of the files being linted; choose another file\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = runBin([...args, 'specs'], { cwd: dir });
      expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }, args.join(' ')).toEqual({ status: 2, stdout: '', stderr });
    }
    expect(readFileSync(join(dir, 'specs/a.json'), 'utf8')).toBe(specs['specs/a.json']);
  });
});
