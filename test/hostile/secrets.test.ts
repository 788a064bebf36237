/**
 * A secret's value appears in no output: not in any format registered in FORMATS (today's and
 * those added later), not in stylish's source excerpt, not on stderr — however the secret is
 * written (JSON or YAML, any scalar style, through an alias, next to a syntax error) and whatever
 * its value (valid, too short, not a string). Secrets are the `x-secret` properties of every
 * dialect's schema, so a dialect added later is covered too.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/cli.js';
import { deref, DIALECTS, type SchemaNode } from '../../src/dialect/dialect.js';
import { isSecretName } from '../../src/secrets/names.js';
import { redactSecrets } from '../../src/secrets/mask.js';
import { FORMATS } from '../../src/formatters/index.js';
import { ROOT, tempTree, tempDir } from '../helpers.js';

const SECRET = 'Sup3rS3cretV4lue';

/** The pointers (as key lists) of every `x-secret` property reachable through fixed property names. */
function secretPaths(root: SchemaNode): string[][] {
  const out: string[][] = [];
  const walk = (node: SchemaNode, path: string[]) => {
    const n = deref(root, node);
    if (n['x-secret'] === true) out.push(path);
    for (const [k, v] of Object.entries(n.properties ?? {})) walk(v, [...path, k]);
  };
  walk(root, []);
  return out;
}

/** A nested body with one value at a path, naming its dialect's schema. */
function bodyWith(schemaFile: string, path: string[], value: unknown): Record<string, unknown> {
  const body: Record<string, unknown> = { $schema: schemaFile };
  let at = body;
  path.forEach((key, i) => {
    if (i === path.length - 1) at[key] = value;
    else at = (at[key] = {}) as Record<string, unknown>;
  });
  return body;
}

/** The same nesting written as YAML block mappings, with the value's text as given (it may span lines). */
function yamlWith(schemaFile: string, path: string[], valueText: (indent: string) => string, before = ''): string {
  let text = `${before}$schema: ${schemaFile}\n`;
  path.forEach((key, i) => {
    const indent = '  '.repeat(i);
    text += i === path.length - 1 ? `${indent}${key}: ${valueText(`${indent}  `)}\n` : `${indent}${key}:\n`;
  });
  return text;
}

/** Every way of writing a secret that the tests try, for one dialect and one secret path. */
function variants(schemaFile: string, path: string[]): Record<string, string> {
  const json = (value: unknown) => JSON.stringify(bodyWith(schemaFile, path, value));
  return {
    'pretty.json': JSON.stringify(bodyWith(schemaFile, path, SECRET), null, 2),
    'minified.json': json(SECRET),
    'short.json': json('Zq'),
    'number.json': json(98765432101234),
    'syntax-error.json': `${json(SECRET).slice(0, -1)} oops}`,
    'plain.yaml': yamlWith(schemaFile, path, () => SECRET),
    'quoted.yaml': yamlWith(schemaFile, path, () => `"${SECRET}"`),
    'literal.yaml': yamlWith(schemaFile, path, (i) => `|\n${i}${SECRET}\n${i}${SECRET}2`),
    'folded-plain.yaml': yamlWith(schemaFile, path, (i) => `first\n${i}${SECRET}`),
    'alias.yaml': yamlWith(schemaFile, path, () => '*s', `x-anchor: &s ${SECRET}\n`),
    'syntax-error.yaml': `${yamlWith(schemaFile, path, () => SECRET)}bad: [unclosed\n`,
  };
}

/** The value or text of a secret as a test can spot it in output. */
const LEAKS = [SECRET, 'Zq"', '98765432101234'];

function runAllFormats(cwd: string, files: string[]): string {
  let all = '';
  for (const name of Object.keys(FORMATS)) {
    for (const color of ['--no-color', '--color']) {
      let out = '';
      const status = runCli(['--format', name, color, ...files.map((f) => join(cwd, f))], {
        cwd,
        env: {},
        stdout: (t) => void (out += t),
        stderr: (t) => void (out += t),
        stdin: () => new Uint8Array(),
        isTTY: false,
      });
      expect([0, 1], out).toContain(status);
      all += out;
    }
  }
  return all;
}

describe('secrets never appear in output', () => {
  const cases = Object.values(DIALECTS).flatMap((d) => secretPaths(d.schema).map((path) => ({ dialect: d, path })));

  it('the schemas mark at least the documented secrets', () => {
    expect(cases.map((c) => `${c.dialect.name}:${c.path.join('.')}`)).toEqual(
      expect.arrayContaining(['batchcompute:Configs.Mounts.OSS.AccessKeySecret', 'batchcompute:Configs.Mounts.OSS.AccessSecurityToken', 'batchcompute:Configs.Mounts.OSS.SecurityToken']),
    );
  });

  for (const { dialect, path } of cases) {
    it(`${dialect.name} ${path.join('.')}: every format, every way of writing it`, () => {
      const files = variants(dialect.schemaFile, path);
      const cwd = tempTree(files);
      const out = runAllFormats(cwd, Object.keys(files));
      expect(out).toContain('PlaintextSecret');
      for (const leak of LEAKS) expect(out).not.toContain(leak);
      // The excerpt under a finding shows the masked value, so the finding can still be found.
      expect(out).toContain(`${path[path.length - 1]}": "${'*'.repeat(SECRET.length)}"`);
    });
  }

  it('also when PlaintextSecret is turned off and other findings show the secret’s line', () => {
    const [{ dialect, path }] = cases;
    const files = { 'one-line.json': JSON.stringify({ ...bodyWith(dialect!.schemaFile, path!, SECRET), Bogus: 1 }) };
    const cwd = tempTree({ ...files, 'clusterlint.config.json': '{"severity": {"PlaintextSecret": "off"}}' });
    const out = runAllFormats(cwd, Object.keys(files));
    expect(out).toContain('UnknownParameter');
    expect(out).not.toContain(SECRET);
  });
});

describe('redactSecrets: by key name', () => {
  const mask = (name: string, text: string) => redactSecrets(name, new TextEncoder().encode(text));

  it('names a secret by SPEC §3 and clarification 6', () => {
    const secret = ['password', 'Password', 'DB_PASSWORD', 'pass_word', 'db-passwd', 'AccessKeySecret', 'client.secret', 'AccessSecurityToken', 'x-token', 'ssh_private_key', 'ApiKey', 'oss_access_key', 'AccessKeyIdList', 'root_pwd', 'LicenseKey', 'aes-key', 'password_hint_url'];
    const plain = ['IdempotentToken', 'idempotent_token', 'PasswordInherit', 'AccessKeyId', 'SecurityCredentials/OssAccessKeyId', 'ssh_public_key', 'PublicKey', 'key', 'KEY', 'Name', 'keys', 'InstanceType', 'Description'];
    expect(secret.filter((k) => !isSecretName(k))).toEqual([]);
    expect(plain.filter((k) => isSecretName(k))).toEqual([]);
  });

  it('judges every key as the definition does: a case-insensitive test allowing separators, then the normalised name (property test)', () => {
    // The definition as first written (one regular expression, then the checks on the name in
    // lower case without separators). isSecretName skips the expression for ASCII keys; keys
    // with letters that lower case turns into ASCII ones (Kelvin sign, dotted I) must still agree.
    const loose = (w: string) => [...w].join('[-_.]*');
    const maybe = new RegExp(`${['passw', 'secret', 'token', 'privatekey', 'apikey', 'accesskey'].map(loose).join('|')}|${loose('pwd')}[-_.]*$|${loose('key')}[-_.]*$`, 'i');
    const reference = (key: string) => {
      if (!maybe.test(key)) return false;
      const n = key.toLowerCase().replace(/[-_.]/g, '');
      if (['idempotenttoken', 'passwordinherit', 'accesskeyid'].includes(n) || n.endsWith('publickey') || n.endsWith('accesskeyid')) return false;
      return /password|passwd|secret|token|privatekey|apikey|accesskey/.test(n) || n.endsWith('pwd') || (n.endsWith('key') && n !== 'key');
    };
    const chars = [...'pPaAsSwWdDoOrRcCeEtTkKnNyYiIvVlLuU-_.0 ', '\u212a', '\u0130', '\u017f', '\u00e9'];
    const key = fc.array(fc.constantFrom(...chars), { maxLength: 14 }).map((a) => a.join(''));
    const word = fc.constantFrom('password', 'Pass_Word', 'pwd', 'KEY', 'Token', 'access.key', 'ApiKey', 'PublicKey', 'AccessKeyId', 'idempotent-token', '\u212aey', 'secr\u0130t');
    const mixed = fc.tuple(key, word, key).map(([a, w, b]) => a + w + b);
    fc.assert(fc.property(fc.oneof(key, mixed, word), (k) => isSecretName(k) === reference(k)), { numRuns: 20000, seed: 17 });
  });

  it('every x-secret field of the schemas is a secret by its name', () => {
    for (const name of ['AccessKeySecret', 'AccessSecurityToken', 'SecurityToken', 'password']) expect(isSecretName(name), name).toBe(true);
  });

  it('replaces each character of the value, keeping lengths, line breaks and the indentation of block lines', () => {
    const text = '{"Configs": {"Mounts": {"OSS": {"AccessKeyId": "id", "AccessKeySecret": "s3cr\\"et😀"}}}}';
    expect(mask('a.json', text)).toBe('{"Configs": {"Mounts": {"OSS": {"AccessKeyId": "id", "AccessKeySecret": "**********"}}}}');
    const yaml = 'Configs:\r\n  Mounts:\r\n    OSS:\r\n      AccessKeySecret: |\r\n        line one\r\n        line two\r\n      AccessKeyId: id\r\n';
    expect(mask('a.yaml', yaml)).toBe('Configs:\r\n  Mounts:\r\n    OSS:\r\n      AccessKeySecret: *\r\n        ********\r\n        ********\r\n      AccessKeyId: id\r\n');
  });

  it('masks secrets under any key path, in every document, and leaves other text alone', () => {
    expect(mask('a.yaml', 'Name: x\n---\nwhatever:\n  SecurityToken: tok\n  other: tok\n')).toBe('Name: x\n---\nwhatever:\n  SecurityToken: ***\n  other: tok\n');
  });

  it('where a document does not parse: every scalar after the key on its line, and the more indented lines below', () => {
    expect(mask('a.json', '{"AccessKeySecret": "abc", "x": [}')).toBe('{"AccessKeySecret": "***", "*": [}');
    expect(mask('a.yaml', 'OSS:\n  AccessKeySecret: >\n    abc\n\n    def\n  Next: [\n')).toBe('OSS:\n  AccessKeySecret: *\n    ***\n\n    ***\n  Next: [\n');
  });

  it('a file that is not UTF-8 is shown whole, masked by the same guess', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('AccessKeySecret: abc\nName: '), 0xff, 0x0a]);
    expect(redactSecrets('a.yaml', bytes)).toBe('AccessKeySecret: ***\nName: \ufffd\n');
  });
});

/**
 * Secret canaries (issue 12 item 4, issue 15 "Secrets in output"): each way of writing a secret
 * carries its own unique value, and no output of any kind — every format, the Action's log,
 * annotations and job summary — may hold it, while the PlaintextSecret finding stays where the
 * value is written.
 */
const CS_YAML = '$schema: containerservice-cluster.schema.json\nname: web\nsize: 2\ninstance_type: ecs.g6.large\nnetwork_mode: vpc\nsubnet_cidr: 10.1.0.0/16\nvpc_id: vpc-a\nvswitch_id: vsw-a\ndata_disk_category: cloud\ndata_disk_size: 40\n';
const CS_JSON_MEMBERS = '"$schema": "containerservice-cluster.schema.json", "name": "web", "size": 2, "instance_type": "ecs.g6.large", "network_mode": "vpc", "subnet_cidr": "10.1.0.0/16", "vpc_id": "vpc-a", "vswitch_id": "vsw-a", "data_disk_category": "cloud", "data_disk_size": 40';
const BC_YAML = 'Name: job\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g:\n    DesiredVMCount: 1\n    ResourceType: OnDemand\n';

/** Each file: its text (with one canary), and the findings it must get as `code pointer line:column` (sorted). */
const CANARIES: Record<string, { text: string; findings: string[] }> = {
  'named-field.json': {
    text: `{\n  "Name": "job", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium",\n  "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}},\n  "Configs": {"Mounts": {"OSS": {"AccessKeyId": "LTAIkeyid", "AccessKeySecret": "CANARY-s3cr3t-named"}}}\n}\n`,
    findings: ['PlaintextSecret /Configs/Mounts/OSS/AccessKeySecret 4:81'],
  },
  'userdata.yaml': {
    text: `${BC_YAML}UserData:\n  DB_PASSWORD: CANARY-s3cr3t-userdata\n  SecurityCredentials/OssAccessKeyId: LTAIpublicid\n  ssh_public_key: ssh-rsa-AAAA\n`,
    findings: ['PlaintextSecret /UserData/DB_PASSWORD 9:16'],
  },
  'misspelt.yaml': {
    text: `${CS_YAML}Password: CANARY-s3cr3t-misspelt\n`,
    findings: ['MissingPassword /password 1:1', 'PlaintextSecret /Password 11:11', 'UnknownParameter /Password 11:1'],
  },
  'escaped-key.json': {
    text: `{${CS_JSON_MEMBERS},\n "pass\\u0077ord": "CANARY-s3cr3t-escjson"}\n`,
    findings: ['PlaintextSecret /password 2:19'],
  },
  'escaped-key.yaml': {
    text: `${CS_YAML}"pass\\x77ord": CANARY-s3cr3t-escyaml\n`,
    findings: ['PlaintextSecret /password 11:16'],
  },
  'alias.yaml': {
    text: `${CS_YAML}password: &pw CANARY-s3cr3t-alias\nregion_id: *pw\necs_image_id: *pw\n`,
    findings: ['InvalidRegionId /region_id 11:15', 'PlaintextSecret /password 11:15'],
  },
  'merge.yaml': {
    text: `Name: job\nImageId: m-1\nInstanceType: ecs.sn1.medium\nUserData:\n  api_token: &tok CANARY-s3cr3t-merge\nGroups:\n  g:\n    DesiredVMCount: 1\n    ResourceType: Spot\n    <<: {SpotStrategy: *tok}\n`,
    findings: ['InvalidSpotStrategy /Groups/g/SpotStrategy 5:19', 'PlaintextSecret /UserData/api_token 5:19'],
  },
  'anchored-key.yaml': {
    text: `${BC_YAML}UserData:\n  &k CANARY-s3cr3t-anchoredkey: 5\n  DB_PASSWORD: *k\n`,
    findings: ['InvalidUserData.….value /UserData/… 9:33', 'PlaintextSecret /UserData/DB_PASSWORD 9:6'],
  },
  'syntax-error.yaml': {
    text: `${CS_YAML}"pass\\x77ord": CANARY-s3cr3t-synyaml, other: [x\n`,
    findings: ['InvalidYamlFormat  11:16'],
  },
  'syntax-error.json': {
    text: `{${CS_JSON_MEMBERS},\n "pass\\u0077ord": "CANARY-s3cr3t-synjson", "x": }\n`,
    findings: ['InvalidJsonFormat  2:49'],
  },
  'not-a-spec.yaml': {
    text: 'host: db.internal\nport: 5432\ndb_password: CANARY-s3cr3t-notspec\napi_key: "CANARY-s3cr3t-notspec2"\n',
    findings: ['UnknownDialect  1:1'],
  },
};

/** Runs dist/action.js on a workspace as the runner does (inputs from action.yml's defaults); its log and job summary. */
function runActionBundle(workspace: string): { log: string; summary: string } {
  const files = tempDir('clusterlint-runner-');
  const summary = join(files, 'summary');
  writeFileSync(summary, '');
  writeFileSync(join(files, 'output'), '');
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { main: string }; inputs: Record<string, { default?: string }> };
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, spec.default ?? '']));
  const r = spawnSync(process.execPath, [join(ROOT, action.runs.main)], {
    cwd: workspace,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: join(files, 'output'), GITHUB_STEP_SUMMARY: summary, ...inputs, INPUT_PATHS: Object.keys(CANARIES).join(' '), 'INPUT_SARIF-FILE': 'report.sarif' },
  });
  const sarif = readFileSync(join(workspace, 'report.sarif'), 'utf8');
  return { log: `${r.stdout}${r.stderr}${sarif}`, summary: readFileSync(summary, 'utf8') };
}

describe('secret canaries: no output holds a secret, however it is written', () => {
  const cwd = tempTree(Object.fromEntries(Object.entries(CANARIES).map(([name, c]) => [name, c.text])));
  const names = Object.keys(CANARIES);

  it('each file gets exactly its findings, PlaintextSecret at the value', () => {
    let out = '';
    runCli(['--format', 'json', ...names], { cwd, env: {}, stdout: (t) => void (out += t), stderr: (t) => void (out += t), stdin: () => new Uint8Array(), isTTY: false });
    const results = JSON.parse(out) as Array<{ file: string; diagnostics: Array<{ code: string; pointer: string; line: number; column: number }> }>;
    const got = Object.fromEntries(results.map((r) => [r.file, r.diagnostics.map((d) => `${d.code} ${d.pointer} ${d.line}:${d.column}`).sort()]));
    for (const [name, c] of Object.entries(CANARIES)) expect(got[name], name).toEqual(c.findings);
  });

  it('every format, with and without colour', () => {
    const out = runAllFormats(cwd, names);
    expect(out).toContain('PlaintextSecret');
    expect(out).not.toContain('CANARY');
    // The excerpt still shows each masked value where it stands.
    expect(out).toContain(`DB_PASSWORD: ${'*'.repeat('CANARY-s3cr3t-userdata'.length)}\n`);
    expect(out).toContain(`"pass\\x77ord": ${'*'.repeat('CANARY-s3cr3t-synyaml'.length)}, *****: [*\n`);
    expect(out).toContain(`"pass\\u0077ord": "${'*'.repeat('CANARY-s3cr3t-synjson'.length)}", "*": }\n`);
  });

  it("the Action's log, annotations, SARIF file and job summary", () => {
    const { log, summary } = runActionBundle(cwd);
    expect(log).toContain('PlaintextSecret');
    expect(summary).toContain('PlaintextSecret');
    expect(log).not.toContain('CANARY');
    expect(summary).not.toContain('CANARY');
  });

  it('a reused secret is elided from the other field’s detail and from a key’s code and pointer', () => {
    let out = '';
    runCli(['--format', 'json', 'alias.yaml', 'anchored-key.yaml', 'merge.yaml'], { cwd, env: {}, stdout: (t) => void (out += t), stderr: () => undefined, stdin: () => new Uint8Array(), isTTY: false });
    const details = (JSON.parse(out) as Array<{ diagnostics: Array<{ code: string; message: string; detail?: string }> }>).flatMap((r) => r.diagnostics.map((d) => `${d.code}: ${d.message} ${d.detail ?? ''}`));
    expect(details).toContain('InvalidRegionId: Specified parameter region_id is not valid. "…" is not a known Alibaba Cloud region id, such as cn-hangzhou or ap-southeast-1.');
    expect(details).toContain('InvalidUserData.….value: Specified parameter UserData.….value is not valid. Its type must be string. UserData.… is a number; it must be a string.');
  });
});

describe('a syntax error on a secret’s line quotes nothing of it', () => {
  it('the JSON scan’s found character and the YAML parser’s token text are left out', () => {
    const cwd = tempTree({ 'bare.json': '{"name": "web", "password": hunter2}\n', 'token.yaml': 'name: web\n]api_token: hunter2\n' });
    let out = '';
    runCli(['--format', 'json', 'bare.json', 'token.yaml'], { cwd, env: {}, stdout: (t) => void (out += t), stderr: (t) => void (out += t), stdin: () => new Uint8Array(), isTTY: false });
    const got = (JSON.parse(out) as Array<{ diagnostics: Array<{ code: string; line: number; column: number; detail: string }> }>).flatMap((r) => r.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.detail}`));
    expect(got).toEqual([
      'InvalidJsonFormat 1:29 Expected a value (object, array, string, number, true, false or null), found a character after a secret key.',
      'InvalidYamlFormat 2:1 Unexpected flow-seq-end token in YAML stream.',
    ]);
    expect(out).not.toContain('hunter2');
    expect(out).not.toContain("'h'");
  });
});

describe('masking is linear in the length of a line (issue 15)', () => {
  it('a one-line JSON of 150,000 password keys (5 MB) prints its masked excerpt', () => {
    const n = 150_000;
    const members = Array.from({ length: n }, (_, i) => `"password": "CANARY-${String(i).padStart(6, '0')}"`);
    const cwd = tempTree({ 'long.json': `{${members.join(', ')}, "x": }\n` });
    let out = '';
    runCli(['--format', 'stylish', '--no-color', 'long.json'], { cwd, env: {}, stdout: (t) => void (out += t), stderr: (t) => void (out += t), stdin: () => new Uint8Array(), isTTY: false });
    expect(out).toContain('InvalidJsonFormat');
    // The line does not parse: every scalar after the first secret key is masked, keys too (clarification 6).
    expect(out).toContain(`│ …**", "********": "${'*'.repeat(13)}", "*": }\n`);
    expect(out).not.toContain('CANARY');
  }, 60_000);
});
