/** Whether some bytes hold a spec, judged as a directory walk judges a file (SPEC §1). */
import { mayHoldTooManyValues, nestsTooDeep } from '../parse/json.js';
import { formatOf, parseFile } from '../parse/parse.js';
import { isObject } from '../parse/pointer.js';
import { decodeUtf8 } from '../parse/text.js';
import { decideDialect } from './dialect.js';
import { sniffDialect } from './sniff.js';

/**
 * Whether a file's bytes hold a spec of some dialect, with no `--dialect` and no override: a
 * `$schema` reference or the shape of a document's keys; for text that does not parse (or only
 * the head of a file over the size limit), the keys it seems to have.
 */
export function holdsSpec(file: string, bytes: Uint8Array, head = false): boolean {
  if (head) return sniffDialect(decodeUtf8(bytes).text) !== undefined;
  // JSON that parses is judged on its data alone: the scans the linter makes of a JSON text
  // (repeated keys, positions) tell nothing of its dialect, and an old report written over by a
  // repeat run is a few megabytes. A text that may hold too many values goes the linter's way,
  // which counts them before building anything.
  const decoded = decodeUtf8(bytes);
  if (decoded.ok && formatOf(file, decoded.text) === 'json' && !mayHoldTooManyValues(decoded.text)) {
    // An array is no spec, and JSON that does not parse is judged by its keys: a text that starts
    // as an array and does not look like a spec by its keys is none either way, unparsed (an old
    // report: a scan of 7 ms where JSON.parse took 15-30 ms and ten megabytes, for 2.5 MB).
    if (ARRAY_START.test(decoded.text) && sniffDialect(decoded.text) === undefined) return false;
    let data: unknown;
    try {
      data = JSON.parse(decoded.text);
    } catch {
      return holdsSpecParsed(file, bytes);
    }
    // Nested deeper than the linter reads, the text is a syntax error to it, judged by its keys.
    if (nestsTooDeep(data)) return sniffDialect(decoded.text) !== undefined;
    return isObject(data) && decideDialect(data, undefined, undefined) !== undefined;
  }
  return holdsSpecParsed(file, bytes);
}

const ARRAY_START = /^[ \t\r\n]*\[/;

function holdsSpecParsed(file: string, bytes: Uint8Array): boolean {
  const spec = parseFile(file, bytes);
  return spec.documents.some((doc) =>
    doc.syntax ? sniffDialect(spec.text) !== undefined : isObject(doc.data) && decideDialect(doc.data, undefined, spec.modelineSchema) !== undefined,
  );
}
