/**
 * The output formats, all fed the same sample diagnostics (test/sample-specs.ts): SARIF against
 * the official schema and the JSON positions, GitHub workflow commands and their escaping, and
 * the Action's job summary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINT_CODES } from '../src/catalogue/catalogue.js';
import type { Diagnostic, FileResult } from '../src/api/diagnostic.js';
import { annotationOf, escapeData, escapeProperty } from '../src/formatters/github.js';
import { ANNOTATIONS_SHOWN, formatJobSummary } from '../src/formatters/github-summary.js';
import { format, FORMATS, joined, type FormatContext, type FormatName } from '../src/formatters/index.js';
import { safeJson, safeJsonArray } from '../src/formatters/safe-text.js';
import { FINGERPRINT_KEY, REPOSITORY_URL } from '../src/formatters/sarif.js';
import { lintResults } from './helpers.js';
import { ODD_NAME, SAMPLE_FILES } from './sample-specs.js';
import { sarifValidator, type SarifLog } from './sarif-schema.js';

const CTX: FormatContext = { color: false, cwd: '/repo', root: '/repo', line: () => undefined };
const RESULTS = lintResults(SAMPLE_FILES);
const DIAGNOSTICS = RESULTS.flatMap((r) => r.diagnostics);

const validateSarif = sarifValidator();

function sarif(results: readonly FileResult[] = RESULTS, ctx: FormatContext = CTX): SarifLog {
  const text = format('sarif', results, ctx);
  const log = JSON.parse(text) as SarifLog;
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? [], 'valid against the SARIF 2.1.0 schema').toEqual([]);
  expect(valid).toBe(true);
  return log;
}

describe('sample set', () => {
  it('holds errors and warnings, several documents, a multi-line range and a template code', () => {
    expect(RESULTS.map((r) => r.file)).toEqual([ODD_NAME, 'specs/seed.json', 'specs/two.yaml', 'specs/unicode.json']);
    expect(DIAGNOSTICS.some((d) => d.line !== d.endLine)).toBe(true);
    expect(DIAGNOSTICS.some((d) => d.document === 1)).toBe(true);
    expect(DIAGNOSTICS.some((d) => d.origin === 'template')).toBe(true);
    expect(DIAGNOSTICS.filter((d) => d.severity === 'error').length).toBe(7);
    expect(DIAGNOSTICS.filter((d) => d.severity === 'warning').length).toBe(6);
  });
});

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 with one run of clusterlint in UTF-16 columns', () => {
    const log = sarif();
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.tool.driver.name).toBe('clusterlint');
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    expect(log.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///repo/');
  });

  it('has one result per diagnostic, in order, with the same code, level, region and message', () => {
    const results = sarif().runs[0]!.results;
    expect(results).toHaveLength(DIAGNOSTICS.length);
    results.forEach((r, i) => {
      const d = DIAGNOSTICS[i]!;
      expect(r.ruleId).toBe(d.code);
      expect(r.level).toBe(d.severity);
      expect(r.message.text).toBe(d.detail ? `${d.message} ${d.detail}` : d.message);
      expect(r.locations[0]!.physicalLocation.region).toEqual({ startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
      expect(r.properties).toEqual({ pointer: d.pointer, document: d.document, status: d.status, origin: d.origin });
    });
  });

  it('counts columns in UTF-16 code units (a character outside the BMP counts two)', () => {
    const r = sarif().runs[0]!.results.find((x) => x.ruleId === 'InvalidName' && x.locations[0]!.physicalLocation.artifactLocation.uri === 'specs/unicode.json')!;
    expect(r.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 31, endLine: 1, endColumn: 35 });
  });

  it('gives paths relative to the repository root, percent-encoded, under %SRCROOT%', () => {
    const uris = sarif().runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(uris[0]).toEqual({ uri: 'specs/render%20farm%2C%20v2%3A%20100%25.yaml', uriBaseId: '%SRCROOT%' });
    expect(new Set(uris.map((u) => u.uri))).toEqual(new Set(['specs/render%20farm%2C%20v2%3A%20100%25.yaml', 'specs/seed.json', 'specs/two.yaml', 'specs/unicode.json']));
    // Run from a sub-folder: the paths still start at the repository root.
    const sub = lintResults({ 'seed.json': SAMPLE_FILES['specs/seed.json']! });
    const fromSub = sarif(sub, { ...CTX, cwd: '/repo/specs' }).runs[0]!.results[0]!;
    expect(fromSub.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'specs/seed.json', uriBaseId: '%SRCROOT%' });
  });

  it('names a file outside the repository by an absolute file URI', () => {
    const outside = sarif(RESULTS, { ...CTX, root: '/elsewhere' }).runs[0]!.results[0]!;
    expect(outside.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///repo/specs/render%20farm,%20v2:%20100%25.yaml' });
  });

  it('describes one rule per code from the catalogue, with help links into the README catalogue', () => {
    const run = sarif().runs[0]!;
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...new Set(DIAGNOSTICS.map((d) => d.code))]);
    for (const r of run.results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const rule = (id: string) => rules.find((r) => r.id === id)!;
    // Several documented rows share their first sentence; all rows are in the full description.
    expect(rule('InvalidName').shortDescription.text).toBe('Specified parameter Name is not valid.');
    expect(rule('InvalidName').fullDescription.text.split('\n')).toHaveLength(3);
    expect(rule('InvalidName').helpUri).toBe(`${REPOSITORY_URL}#code-invalidname`);
    // A {key} row: described with the key, linked to the row's entry.
    expect(rule('InvalidUserData.<b>key</b>.value').shortDescription.text).toBe('Specified parameter UserData.<b>key</b>.value is not valid.');
    expect(rule('InvalidUserData.<b>key</b>.value').helpUri).toBe(`${REPOSITORY_URL}#code-invaliduserdatakeyvalue`);
    // A template code: the API's Invalid{Parameter}.
    expect(rule('InvalidSpotStrategy').shortDescription.text).toBe('Specified parameter SpotStrategy is not valid.');
    expect(rule('InvalidSpotStrategy').helpUri).toBe(`${REPOSITORY_URL}#code-invalidspotstrategy`);
    // A lint code: its catalogue summary and message.
    const lint = LINT_CODES.find((l) => l.code === 'SpotSettingIgnored')!;
    expect(rule('SpotSettingIgnored').shortDescription.text).toBe(lint.summary);
    expect(rule('SpotSettingIgnored').fullDescription.text).toBe(lint.message);
    expect(rule('SpotSettingIgnored').defaultConfiguration.level).toBe('warning');
    expect(rule('InvalidCidrBlock').helpUri).toBe(`${REPOSITORY_URL}#code-invalidcidrblock`);
  });

  it('keeps fingerprints when unrelated lines move, and tells findings apart', () => {
    const fingerprints = (files: Record<string, string>) =>
      sarif(lintResults(files)).runs[0]!.results.map((r) => ({ rule: r.ruleId, line: r.locations[0]!.physicalLocation.region.startLine, fp: r.partialFingerprints[FINGERPRINT_KEY]! }));
    const before = fingerprints(SAMPLE_FILES);
    const moved = fingerprints(
      Object.fromEntries(Object.entries(SAMPLE_FILES).map(([name, text]) => [name, name.endsWith('.json') ? `\n\n\n${text}` : `# a comment\n# another\n# a third\n${text}`])),
    );
    expect(moved.map((m) => m.line)).toEqual(before.map((b) => b.line + 3));
    expect(moved.map((m) => m.fp)).toEqual(before.map((b) => b.fp));
    expect(new Set(before.map((b) => b.fp)).size).toBe(before.length);
    for (const b of before) expect(b.fp).toMatch(/^[0-9a-f]{64}$/);
    // The same finding in another file is another alert.
    const renamed = fingerprints({ 'specs/other.json': SAMPLE_FILES['specs/seed.json']! });
    expect(renamed.map((r) => r.fp)).not.toContain(before.find((b) => b.rule === 'BcsInstanceTypeInVpc')!.fp);
  });

  it('is checked by a validator that rejects what the schema forbids', () => {
    const log = JSON.parse(format('sarif', RESULTS, CTX));
    log.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    log.runs[0].results[1].level = 'fatal';
    log.runs[0].results[2].locations[0].physicalLocation.artifactLocation.uri = 'specs/a b.json';
    expect(validateSarif(log)).toBe(false);
    expect(validateSarif.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining([
        '/runs/0/results/0/locations/0/physicalLocation/region/startColumn',
        '/runs/0/results/1/level',
        '/runs/0/results/2/locations/0/physicalLocation/artifactLocation/uri',
      ]),
    );
  });

  it('is a valid, empty run when there is nothing to report', () => {
    const log = sarif([{ file: 'a.json', errorCount: 0, warningCount: 0, diagnostics: [], suppressedDiagnostics: [] }]);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
  });
});

/** Parses a workflow command back the way the runner does: properties split at `,` and `=`, then unescaped. */
function parseCommand(line: string) {
  const m = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries(m[2]!.split(',').map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]));
  return { kind: m[1], props, message: unescape(m[3]!) };
}

describe('--format github', () => {
  const lines = format('github', RESULTS, CTX).trimEnd().split('\n');

  it('prints one workflow command per diagnostic, escaped, in the documented order of properties', () => {
    expect(lines).toHaveLength(DIAGNOSTICS.length);
    expect(lines[0]).toBe(
      '::error file=specs/render farm%2C v2%3A 100%25.yaml,line=1,col=7,endLine=1,endColumn=16,title=InvalidName::' +
        `Specified parameter Name is not valid. It must only contain characters within [a-zA-Z0-9_-], and must not start with [0-9].%0A${DIAGNOSTICS[0]!.detail}`,
    );
    expect(DIAGNOSTICS[0]!.detail).toMatch(/^[^%\r\n]+$/);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(6);
  });

  it('leaves the columns out when a range spans lines (GitHub rejects them there)', () => {
    expect(DIAGNOSTICS[1]).toMatchObject({ line: 4, column: 11, endLine: 6, endColumn: 8 });
    expect(lines[1]).toBe(
      '::error file=specs/render farm%2C v2%3A 100%25.yaml,line=4,endLine=6,title=InvalidUserData::' +
        `Specified parameter UserData is not valid. Its type must be object.%0A${DIAGNOSTICS[1]!.detail}`,
    );
  });

  it('reads back, as the runner parses it, to exactly the annotation of each diagnostic', () => {
    lines.forEach((line, i) => {
      const d = DIAGNOSTICS[i]!;
      const parsed = parseCommand(line);
      const a = annotationOf(d, CTX);
      expect(parsed.kind).toBe(d.severity);
      expect(parsed.message).toBe(a.message);
      expect(parsed.props).toEqual(
        Object.fromEntries(
          Object.entries({ file: a.properties.file, line: a.properties.startLine, col: a.properties.startColumn, endLine: a.properties.endLine, endColumn: a.properties.endColumn, title: a.properties.title })
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, String(v)]),
        ),
      );
    });
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeProperty('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext%3A a%2Cb');
    // `%` first, so an escape already in the text is not decoded as one.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(format('github', [{ file: 'a.json', errorCount: 0, warningCount: 0, diagnostics: [], suppressedDiagnostics: [] }], CTX)).toBe('');
  });
});

describe('job summary', () => {
  const link = (path: string, line: number) => `https://github.com/o/r/blob/abc/${path}#L${line}`;

  it('lists every finding in an HTML table, escaping everything taken from the specs', () => {
    const html = formatJobSummary(RESULTS, CTX, { budget: 1 << 20, link });
    expect(html).toContain('<p>7 errors and 6 warnings in 4 of 4 files.</p>');
    expect(html.match(/<tr><td>/g)).toHaveLength(DIAGNOSTICS.length);
    expect(html).toContain('<td><code>InvalidUserData.&lt;b&gt;key&lt;/b&gt;.value</code></td>');
    expect(html).not.toContain('<b>key</b>');
    expect(html).toContain('<a href="https://github.com/o/r/blob/abc/specs/unicode.json#L1">specs/unicode.json:1:31</a>');
    expect(html).toContain('specs/two.yaml:12:1 [document 1]');
    expect(html).not.toContain('not shown as annotations');
  });

  it('says how many annotations GitHub does not show', () => {
    const many: Diagnostic[] = Array.from({ length: ANNOTATIONS_SHOWN + 3 }, (_, i) => ({ ...DIAGNOSTICS[0]!, line: i + 1, endLine: i + 1 }));
    const html = formatJobSummary([{ file: many[0]!.file, errorCount: many.length, warningCount: 0, diagnostics: many, suppressedDiagnostics: [] }], CTX, { budget: 1 << 20 });
    expect(html).toContain('3 errors and 0 warnings are not shown as annotations. Every finding is listed below.');
  });

  it('stays within its size budget and counts the rows left out', () => {
    const full = formatJobSummary(RESULTS, CTX, { budget: 1 << 20 });
    const budget = Buffer.byteLength(full) - 200;
    const cut = formatJobSummary(RESULTS, CTX, { budget });
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(budget);
    const rows = cut.match(/<tr><td>/g)!.length;
    expect(rows).toBeLessThan(DIAGNOSTICS.length);
    const left = DIAGNOSTICS.length - rows;
    expect(cut).toContain(`<p>${left} more finding${left === 1 ? ' is' : 's are'} not listed: a job summary holds at most 1 MiB.`);
  });

  it('says so when there are no problems', () => {
    expect(formatJobSummary([{ file: 'a.json', errorCount: 0, warningCount: 0, diagnostics: [], suppressedDiagnostics: [] }], CTX, { budget: 1 << 20 })).toBe('<h2>clusterlint</h2>\n<p>No problems in 1 file.</p>\n');
  });
});

describe('reports are written piece by piece', () => {
  it('an array streamed at any depth is the text safeJson writes for it there', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }), fc.constantFrom('line\nbreak', '\u001b[31m', 'plain'), (items, text) => {
        const list = [...items, { text }];
        expect(joined(safeJsonArray(list, 0))).toBe(safeJson(list, 2));
        expect(joined(safeJsonArray([], 0))).toBe('[]');
        // Depth 3: the value of `b` in {"a": [{"b": …}]}.
        const nested = safeJson({ a: [{ b: list }] }, 2);
        expect(nested).toContain(`"b": ${joined(safeJsonArray(list, 3))}`);
      }),
      { numRuns: 200 },
    );
  });

  it('--format json writes a clean file from its template: the text safeJson writes for it, whatever the name', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('a "quoted" \\ name.json', 'bell\u0007\u001b[31m.yaml', 'sep\u2028\u2029.json', 'emoji 🚀.json')), (file) => {
        const clean: FileResult = { file, errorCount: 0, warningCount: 0, diagnostics: [], suppressedDiagnostics: [] };
        const fixed: FileResult = { ...clean, fixedCount: 0 };
        const list = [clean, fixed, clean];
        expect(format('json', list, CTX)).toBe(`${safeJson(list, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('every format gives one piece per file with findings (and the same text as a whole)', () => {
    const withFindings = RESULTS.filter((r) => r.diagnostics.length > 0).length;
    expect(withFindings).toBeGreaterThan(1);
    for (const name of Object.keys(FORMATS) as FormatName[]) {
      const pieces = [...FORMATS[name](RESULTS, CTX)];
      expect(pieces.length, name).toBeGreaterThanOrEqual(withFindings);
      expect(pieces.join(''), name).toBe(format(name, RESULTS, CTX));
    }
    expect(JSON.parse(format('json', RESULTS, CTX))).toEqual(RESULTS);
  });
});
