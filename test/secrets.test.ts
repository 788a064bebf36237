/**
 * A secret never appears in any output (SPEC §3 PlaintextSecret): not in a message or detail, and
 * not in the source lines a format shows. Every format is run on files that write passwords and
 * OSS secrets in every shape a user might: valid, invalid, repeated, unparsable, YAML block
 * scalars and aliases.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/cli.js';
import { redactSecrets } from '../src/secrets/mask.js';
import { FORMATS } from '../src/formatters/index.js';
import { lintTexts, tempTree } from './helpers.js';

const BODY = '"name": "web", "size": 2, "instance_type": "ecs.g6.large", "network_mode": "vpc", "subnet_cidr": "10.1.0.0/16", "vpc_id": "vpc-a", "vswitch_id": "vsw-a", "data_disk_category": "cloud", "data_disk_size": 40';
const YAML_BODY = 'name: web\nsize: 2\ninstance_type: ecs.g6.large\nnetwork_mode: vpc\nsubnet_cidr: 10.1.0.0/16\nvpc_id: vpc-a\nvswitch_id: vsw-a\ndata_disk_category: cloud\ndata_disk_size: 40\n';

/** Each file and the secrets written in it. */
const FILES: Record<string, { text: string; secrets: string[] }> = {
  'valid.json': { text: `{\n  ${BODY},\n  "password": "Val1d!Secret"\n}\n`, secrets: ['Val1d!Secret'] },
  'weak.json': { text: `{${BODY}, "password": "weaksecretword"}\n`, secrets: ['weaksecretword'] },
  'short.yaml': { text: `${YAML_BODY}password: Sh0rt!\n`, secrets: ['Sh0rt!'] },
  'chars.yaml': { text: `${YAML_BODY}password: "Bad Chars 1 密码"\n`, secrets: ['Bad Chars 1 密码'] },
  'number.json': { text: `{${BODY}, "password": 98765432101}\n`, secrets: ['98765432101'] },
  'twice.json': { text: `{${BODY}, "password": "F1rst!Secret", "password": "Sec0nd!Secret"}\n`, secrets: ['F1rst!Secret', 'Sec0nd!Secret'] },
  'broken.json': { text: `{\n  ${BODY},\n  "password": "Unclosed!Secret1\n}\n`, secrets: ['Unclosed!Secret1'] },
  'broken.yaml': { text: `${YAML_BODY}password: Br0ken!Secret\nsize: [1\n`, secrets: ['Br0ken!Secret'] },
  'block.yaml': { text: `${YAML_BODY}password: |\n  Bl0ck!Secret\n`, secrets: ['Bl0ck!Secret'] },
  'alias.yaml': { text: `${YAML_BODY}ecs_image_id: &pw Al1as!Secret\npassword: *pw\n`, secrets: ['Al1as!Secret'] },
  'oss.yaml': {
    text: 'Name: job\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g:\n    DesiredVMCount: 1\n    ResourceType: OnDemand\nConfigs:\n  Mounts:\n    OSS:\n      AccessKeyId: LTAIexample\n      AccessKeySecret: 0ssKeySecretValue\n      SecurityToken: 0ssTokenValue\n',
    secrets: ['0ssKeySecretValue', '0ssTokenValue'],
  },
};

function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, {
    cwd,
    env: { NO_COLOR: '1' },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: () => new Uint8Array(),
    isTTY: false,
  });
  return { code, out: stdout + stderr };
}

describe('secrets never appear in any output', () => {
  const dir = tempTree(Object.fromEntries(Object.entries(FILES).map(([name, f]) => [name, f.text])));
  const paths = Object.keys(FILES).sort();

  for (const format of Object.keys(FORMATS)) {
    it(`--format ${format}`, () => {
      const { code, out } = run(['--format', format, ...paths], dir);
      expect(code).toBe(1);
      expect(out.length).toBeGreaterThan(0);
      for (const [name, f] of Object.entries(FILES)) {
        expect(out, `${name} leaks in ${format}`).toContain(name);
        for (const secret of f.secrets) expect(out.includes(secret), `${name}: ${secret} shown by ${format}`).toBe(false);
      }
    });
  }

  it('stylish still shows the masked line with the caret under the value', () => {
    const { out } = run(['--format', 'stylish', 'valid.json'], dir);
    expect(out).toContain('│   "password": "************"');
    expect(out).toContain('│               ^^^^^^^^^^^^^^');
  });
});

describe('redactSecrets', () => {
  const redact = (name: string, text: string) => redactSecrets(name, new TextEncoder().encode(text));

  it('keeps every column: one * per UTF-16 code unit, quotes and line breaks kept', () => {
    const text = '{"password": "Ab1!😀x", "name": "web"}\n';
    const out = redact('a.json', text);
    expect(out).toBe('{"password": "*******", "name": "web"}\n');
    expect(out.length).toBe(text.length);
  });

  it('masks a block scalar across its lines and leaves other fields alone', () => {
    expect(redact('a.yaml', 'name: web\npassword: |\n  Secr3t!\n  more\nsize: 2\n')).toBe('name: web\npassword: *\n  *******\n  ****\nsize: 2\n');
  });

  it('masks every scalar after a secret key on its line when the document does not parse (clarification 6)', () => {
    expect(redact('a.json', '{"name": "web",\n "password": "Secr3t!", "size": \n')).toBe('{"name": "web",\n "password": "*******", "****": \n');
  });
});

describe('PlaintextSecret: any string under a secret-named key, at the value (SPEC §3, clarification 6)', () => {
  const found = (files: Record<string, string>) =>
    lintTexts(files)
      .filter((d) => d.code === 'PlaintextSecret')
      .map((d) => `${d.pointer} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity}`);

  it('JSON: UserData keys, keys inside arrays; not the non-secrets, empty or non-string values', () => {
    const text = `{"Name": "job", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", "IdempotentToken": "tok_1",
"Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}},
"UserData": {"DB_PASSWORD": "pw1", "SecurityCredentials/OssAccessKeyId": "LTAI1", "ssh_public_key": "ssh-rsa A", "api_key": "", "oss-secret": "s2"},
"Configs": {"Mounts": {"Entries": [{"Source": "oss://b/", "Destination": "/d", "WriteSupport": true, "Password": "pw3"}], "OSS": {"AccessKeyId": "LTAI2", "AccessKeySecret": "s4", "SecurityToken": 5}}}}`;
    expect(found({ 'a.json': text })).toEqual([
      '/UserData/DB_PASSWORD 3:29-3:34 warning',
      '/UserData/oss-secret 3:143-3:147 warning',
      '/Configs/Mounts/Entries/0/Password 4:114-4:119 warning',
      '/Configs/Mounts/OSS/AccessKeySecret 4:174-4:178 warning',
    ]);
  });

  it('YAML: an alias is reported where the anchored text stands; a decoded key name counts', () => {
    const text = `${YAML_BODY}ecs_image_id: &pw P4ss!word\npassword: *pw\n"db.pass\\x77d": x\n`;
    expect(found({ 'a.yaml': text })).toEqual(['/password 10:19-10:28 warning', '/db.passwd 12:17-12:18 warning']);
  });
});
