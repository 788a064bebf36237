/**
 * `--format junit`: JUnit XML as Jenkins and GitLab read test reports (SPEC §7): one `<testsuite>`
 * per linted file, one `<testcase>` per finding (warnings included) holding one `<failure>`, and
 * one passing `<testcase>` for a file with no finding, so a clean file shows as a passed test. The
 * document follows the Apache Ant JUnit schema (the strictest of the schemas those tools accept):
 * every suite has its `id`, `package`, `timestamp`, `hostname`, properties and output elements.
 */
import type { Diagnostic, FileResult } from '../api/diagnostic.js';
import { docLink } from './sarif.js';
import { xml, XML_DECLARATION } from './xml.js';

/** The time the report is made, as the schema's timestamp (no fraction, no zone: UTC). */
export type Clock = () => Date;

export default function* formatJunit(results: readonly FileResult[], now: Clock = () => new Date()): Generator<string> {
  const timestamp = now().toISOString().slice(0, 19);
  // The totals are the suites' own: the schema gives the aggregate element no attributes.
  yield `${XML_DECLARATION}<testsuites>\n`;
  let id = 0;
  for (const r of results) {
    const file = xml(r.file);
    const count = r.diagnostics.length;
    let out = `  <testsuite name="${file}" package="clusterlint" id="${id++}" tests="${Math.max(1, count)}" failures="${count}" errors="0" skipped="0" time="0" timestamp="${timestamp}" hostname="localhost">\n    <properties/>\n`;
    if (count === 0) out += `    <testcase name="${file}: no findings" classname="${file}" time="0"/>\n`;
    for (const d of r.diagnostics) out += testcase(d, file);
    yield `${out}    <system-out/>\n    <system-err/>\n  </testsuite>\n`;
  }
  yield '</testsuites>\n';
}

/** A finding as a failed test case: named by its place and code, the message, detail and the code's documentation link in the failure. */
function testcase(d: Diagnostic, file: string): string {
  const where = `${d.line}:${d.column}`;
  const body = [`${d.severity} ${xml(d.code)} at ${file}:${where} (${xml(d.pointer || '/')})`, xml(d.message), ...(d.detail ? [xml(d.detail)] : []), `Documentation: ${xml(docLink(d))}`].join('\n');
  return (
    `    <testcase name="${where} ${xml(d.code)}" classname="${file}" time="0">\n` +
    `      <failure message="${xml(d.code)}: ${xml(d.message)}" type="${d.severity}">${body}</failure>\n` +
    '    </testcase>\n'
  );
}
