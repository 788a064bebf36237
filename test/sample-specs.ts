/**
 * One set of specs that every formatter test (and the Action test) lints, so every format is
 * checked against the same diagnostics: the documented seed (warnings only), a broken YAML file
 * with a range over several lines and a name that needs escaping in workflow commands, a JSON
 * file with a character outside the BMP before a finding (UTF-16 columns), HTML in a key and a
 * code from the API's template, and
 * a file of two YAML documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

/** The seed example of the Batch Compute API reference (five warnings, no errors). */
export const SEED = readFileSync(join(ROOT, 'examples/batchcompute/seed-example.json'), 'utf8');

/** The broken YAML file's name: `,` `:` and `%` must be escaped in a workflow command's properties. */
export const ODD_NAME = 'specs/render farm, v2: 100%.yaml';

/** The sample files, by path relative to the repository root. */
export const SAMPLE_FILES: Record<string, string> = {
  'specs/seed.json': SEED,
  [ODD_NAME]: ['Name: 3d-render', 'ImageId: m-1', 'InstanceType: ecs.sn1.medium', 'UserData: |', '  not', '  a map', 'Groups:', '  g1:', '    DesiredVMCount: 3', '    ResourceType: OnDemand', ''].join('\n'),
  'specs/unicode.json': `{"Description": "\u{1F600}", "Name": "9x", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium",\n "UserData": {"<b>key</b>": 5},\n "Groups": {"g1": {"DesiredVMCount": 1, "ResourceType": "OnDemand", "SpotStrategy": "Bogus"}}}\n`,
  'specs/two.yaml': ['Name: first', 'ImageId: m-1', 'InstanceType: ecs.sn1.medium', 'Groups:', '  g1:', '    DesiredVMCount: 1', '    ResourceType: Reserved', '---', 'Name: second', 'ImageId: m-1', 'InstanceType: ecs.sn1.medium', 'Groups: {}', ''].join('\n'),
};
