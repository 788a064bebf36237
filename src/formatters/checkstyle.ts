/**
 * `--format checkstyle`: Checkstyle's XML report, which Jenkins (Warnings Next Generation),
 * reviewdog, SonarQube importers and many CI dashboards read: `<checkstyle>`, one `<file>` per
 * linted file, one `<error>` per finding with its line, column, severity, message and source (the
 * code, as `clusterlint.<code>`). Columns are UTF-16 code units, as in every other format.
 */
import type { FileResult } from '../api/diagnostic.js';
import { xml, XML_DECLARATION } from './xml.js';

/** Checkstyle's report format version, as its own XMLLogger and other linters' checkstyle formatters write it. */
const FORMAT_VERSION = '4.3';

export default function* formatCheckstyle(results: readonly FileResult[]): Generator<string> {
  yield `${XML_DECLARATION}<checkstyle version="${FORMAT_VERSION}">\n`;
  for (const r of results) {
    if (r.diagnostics.length === 0) {
      yield `  <file name="${xml(r.file)}"/>\n`;
      continue;
    }
    let out = `  <file name="${xml(r.file)}">\n`;
    for (const d of r.diagnostics) {
      const message = d.detail ? `${d.message} ${d.detail}` : d.message;
      out += `    <error line="${d.line}" column="${d.column}" severity="${d.severity}" message="${xml(message)}" source="clusterlint.${xml(d.code)}"/>\n`;
    }
    yield `${out}  </file>\n`;
  }
  yield '</checkstyle>\n';
}
