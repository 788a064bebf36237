/** Whether some bytes hold a spec, judged as a directory walk judges a file (SPEC §1). */
import { parseFile } from '../parse/parse.js';
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
  const spec = parseFile(file, bytes);
  return spec.documents.some((doc) =>
    doc.syntax ? sniffDialect(spec.text) !== undefined : isObject(doc.data) && decideDialect(doc.data, undefined, spec.modelineSchema) !== undefined,
  );
}
