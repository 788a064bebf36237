/** The official SARIF 2.1.0 schema (test/fixtures/sarif, draft-04) as a validator, its formats checked for real. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { ROOT } from './helpers.js';

/** Compiles the schema; `uri`, `uri-reference` and `date-time` are checked, not ignored. */
export function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
  // A CommonJS module: under NodeNext its class is the `default` of the module object.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s|%(?![0-9A-Fa-f]{2})/.test(s) && URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s));
  return ajv.compile(schema);
}

/** A SARIF region, as the assertions read it. */
export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
/** A SARIF result, as the assertions read it. */
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion } }>;
  partialFingerprints: Record<string, string>;
  properties: { pointer: string; document: number; status: number | null; origin: string };
}
/** A SARIF rule (reportingDescriptor), as the assertions read it. */
export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}
/** A SARIF log, as the assertions read it. */
export interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { name: string; rules: SarifRule[] } }; columnKind: string; results: SarifResult[]; originalUriBaseIds: Record<string, { uri: string }> }>;
}
