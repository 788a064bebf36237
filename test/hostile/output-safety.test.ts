/**
 * Keys, values and paths written to inject terminal escapes or CI workflow commands cannot break
 * any output format. The tests run every format in FORMATS (so formats added later are covered)
 * through the bundled program and check each line of output:
 *
 * - no character that drives a terminal or splits a line (C0/C1 controls, DEL, U+2028/2029, bidi
 *   controls); with colour, nothing but clusterlint's own SGR colour codes;
 * - no GitHub Actions command: no line starting with `::` after white space and no `##[`
 *   anywhere — except, for the `github` format, its own command lines, which must then be
 *   well-formed with every property and message escaped as the runner unescapes them;
 * - JSON formats parse, and give back the hostile strings exactly; SARIF URIs are well-formed.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/formatters/index.js';
import { escapeText, safeJson } from '../../src/formatters/safe-text.js';
import { runBin, tempTree } from '../helpers.js';

/** Strings aimed at terminals, CI logs and the delimiters of output formats. */
const INJECT = [
  'line\nbreak',
  'cr\rreturn',
  'tab\there',
  '::error file=a.json,line=1::pwned',
  '  ::warning::after spaces',
  '%0A%25%3A%2C',
  'comma,colon:x',
  'esc\u001b[31mred\u001b[0m',
  'csi\u009b2J',
  'bell\u0007',
  'bidi\u202egnp.exe',
  'sep\u2028x\u2029y',
  '##[set-output name=x;]y',
  '###[add-mask]z',
];

/** The unsafe characters (line feed aside, which separates lines). */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Files whose keys, values and names carry the injections. */
function hostileTree(): { dir: string; files: string[] } {
  const body = {
    Name: INJECT.join(' '),
    ImageId: 'm-1',
    InstanceType: 'ecs.sn1.medium',
    UserData: Object.fromEntries(INJECT.map((k) => [k, 1])),
    Groups: Object.fromEntries(INJECT.map((k) => [k, 5])),
    ...Object.fromEntries(INJECT.map((k) => [`${k} `, 'unknown parameter'])),
    // Most keys are unknown: the $schema makes it a spec (SPEC §1), so every key is reported.
    $schema: 'batchcompute-cluster.schema.json',
  };
  const json = JSON.stringify(body, null, 2);
  const files: Record<string, string> = {
    'spec.json': json,
    // A duplicate key, named in a detail.
    'dup.json': json.replace('"ImageId": "m-1"', `"ImageId": "m-1", ${JSON.stringify(INJECT[3])}: 1, ${JSON.stringify(INJECT[3])}: 2`),
    'bad.yaml': `Name: x\nImageId: m-1\nGroups: {g: {DesiredVMCount: 1}}\n${INJECT.map((s) => JSON.stringify(s)).join(': 1\n')}: [\n`,
  };
  // Paths carrying the injections (every byte but / and NUL is allowed in a Linux file name).
  for (const [i, s] of INJECT.entries()) files[`${s.replace(/\//g, '_')} ${i}.json`] = json;
  return { dir: tempTree(files), files: Object.keys(files) };
}

/** A GitHub Actions command line as the runner reads it (`::name props::data`), if the line is one. */
function parseCommand(line: string): { name: string; props: string; data: string } | undefined {
  const m = /^::([A-Za-z-]+)( [^]*?)?::([^]*)$/.exec(line.trimStart());
  return m ? { name: m[1]!, props: (m[2] ?? '').trim(), data: m[3]! } : undefined;
}

/** The runner's unescaping of a property value / of the data; undefined when an escape is malformed. */
function unescape(text: string, property: boolean): string | undefined {
  const allowed = property ? /%(25|0D|0A|3A|2C)/gi : /%(25|0D|0A)/gi;
  if (text.replace(allowed, '').includes('%')) return undefined;
  return text.replace(allowed, (e) => ({ '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' })[e.toUpperCase()]!);
}

function expectSafeLines(format: string, output: string, color: boolean): void {
  const plain = color ? output.replace(/\u001b\[\d+m/g, '') : output;
  const bad = plain.split('\n').filter((line) => UNSAFE.test(line));
  expect(bad, `${format}: unsafe characters`).toEqual([]);
  for (const line of plain.split('\n')) {
    const command = format === 'github' ? parseCommand(line) : undefined;
    if (command) {
      // github's own command: each property `k=v` with v escaped, the data escaped.
      for (const prop of command.props ? command.props.split(',') : []) {
        const [key, value] = prop.split(/=(.*)/s);
        expect(['file', 'line', 'endLine', 'col', 'endColumn', 'title'], line).toContain(key);
        expect(value, line).not.toMatch(/[:,\r\n]/);
        expect(unescape(value!, true), line).toBeDefined();
      }
      expect(command.data, line).not.toMatch(/[\r\n]/);
      expect(unescape(command.data, false), line).toBeDefined();
      continue;
    }
    expect(line.trimStart().startsWith('::'), `${format}: a line starts a workflow command: ${line}`).toBe(false);
    expect(line.includes('##['), `${format}: a line holds a legacy workflow command: ${line}`).toBe(false);
  }
}

describe('output safety', () => {
  const { dir, files } = hostileTree();

  for (const format of Object.keys(FORMATS)) {
    for (const color of [false, true]) {
      it(`${format}${color ? ' with colour' : ''}: no terminal controls, no workflow commands`, () => {
        const r = runBin(['--format', format, ...(color ? ['--color'] : []), ...files], { cwd: dir });
        expect(r.status).toBe(1);
        expect(r.stderr).toBe('');
        expect(r.stdout.length).toBeGreaterThan(0);
        expectSafeLines(format, r.stdout, color);
      });
    }
  }

  it('json gives back every hostile key, value and path exactly', () => {
    const r = runBin(['--format', 'json', ...files], { cwd: dir });
    const results = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ code: string; message: string; detail?: string; pointer: string }> }>;
    expect(results.map((x) => x.file).sort()).toEqual([...files].sort());
    const text = results.flatMap((x) => x.diagnostics.flatMap((d) => [d.code, d.message, d.detail ?? '', d.pointer])).join('\n');
    for (const s of INJECT) expect(text).toContain(s);
  });

  it('sarif: valid JSON, and every artifact URI is a well-formed URI reference', () => {
    const r = runBin(['--format', 'sarif', ...files], { cwd: dir });
    const uris = [...r.stdout.matchAll(/"uri":\s*("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) {
      expect(uri, uri).toMatch(/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/);
      expect(uri.replace(/%[0-9A-Fa-f]{2}/g, ''), uri).not.toContain('%');
    }
  });

  it('github: each file= property unescapes to a linted path; a path it cannot carry is named in the message', () => {
    const r = runBin(['--format', 'github', ...files], { cwd: dir });
    const paths = r.stdout
      .split('\n')
      .map(parseCommand)
      .flatMap((c) => (c ? c.props.split(',').filter((p) => p.startsWith('file=')) : []))
      .map((p) => unescape(p.slice(5), true)!);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(files.some((f) => p === f || p.endsWith(`/${f}`)), p).toBe(true);
    // A name with a terminal escape: no file= (it could not name the file), the escaped path and line lead the message.
    const named = files.find((f) => f.includes('\u001b'))!;
    const messages = r.stdout
      .split('\n')
      .map(parseCommand)
      .flatMap((c) => (c && !c.props.includes('file=') ? [unescape(c.data, false)!] : []));
    expect(messages.some((m) => m.startsWith(`${escapeText(named)}:2:11: `)), named).toBe(true);
  });

  it('errors on stderr are one escaped line, naming the path', () => {
    const r = runBin(['missing\n::error::x\u001b[2J.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('clusterlint: cannot read missing\\u000a::error::x\\u001b[2J.json: no such file or directory\n');
  });
});

describe('safe-text', () => {
  it('escapeText: controls, line separators, bidi, ##[ anywhere, :: after leading space', () => {
    expect(escapeText('a\nb\tc\u001b[0m\u009b\u2028\u202e')).toBe('a\\u000ab\\u0009c\\u001b[0m\\u009b\\u2028\\u202e');
    expect(escapeText('x ##[group]y ###[z')).toBe('x \\u0023#[group]y #\\u0023#[z');
    expect(escapeText('  ::error::x')).toBe('  \\u003a:error::x');
    expect(escapeText('a::b')).toBe('a::b');
    expect(escapeText('plain text, 中文 and 😀')).toBe('plain text, 中文 and 😀');
  });

  it('safeJson: escapes what JSON.stringify leaves raw, and parses back to the same data', () => {
    const value = { s: 'del\u007f c1\u009b sep\u2028 bidi\u202e ##[x] 中文 😀 \ud800' };
    const text = safeJson(value);
    expect(text).toBe('{"s":"del\\u007f c1\\u009b sep\\u2028 bidi\\u202e \\u0023#[x] 中文 😀 \\ud800"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});
