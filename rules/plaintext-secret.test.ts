import { testRule } from '../test/support/rule-tester.js';
import rule from './plaintext-secret.js';

const SECRET = { code: 'PlaintextSecret', message: 'A secret is written in plain text in the spec file.', status: null, severity: 'warning' } as const;
const detail = (path: string) => `Do not commit the value of ${path}; inject it from a secret store at deploy time.`;

/** A valid Container Service body with the root password given. */
const swarm = (password: string) => `{
  "name": "web-prod",
  "size": 3,
  "instance_type": "ecs.g6.large",
  "network_mode": "vpc",
  "subnet_cidr": "172.18.0.0/16",
  "vpc_id": "vpc-bp1abc",
  "vswitch_id": "vsw-bp1abc",
  "password": "${password}",
  "data_disk_category": "cloud_ssd",
  "data_disk_size": 100
}
`;

testRule(rule, {
  valid: [
    {
      name: 'ids and tokens that are no secrets: the OSS AccessKeyId, IdempotentToken, PasswordInherit, a public key',
      format: 'yaml',
      text: `Name: etl
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
IdempotentToken: etl_2024_06_01
PasswordInherit: true
Groups:
  g: {DesiredVMCount: 1, ResourceType: OnDemand}
UserData:
  SSH_PUBLIC_KEY: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMq
Configs:
  Mounts:
    OSS: {AccessKeyId: LTAI5tExampleKeyId}
`,
    },
    { name: 'an empty password (that is InvalidPassword, the schema\'s)', format: 'json', text: swarm('') },
    { name: 'a secret turned off in the config', format: 'json', config: { severity: { PlaintextSecret: 'off' } }, text: swarm('Str0ng!Pass') },
  ],
  invalid: [
    {
      name: 'the Container Service root password, at its value',
      format: 'json',
      text: swarm('Str0ng!Pass'),
      findings: [{ ...SECRET, origin: 'lint', document: 0, pointer: '/password', line: 9, column: 15, endLine: 9, endColumn: 28, detail: detail('password') }],
    },
    {
      name: 'the OSS key secret and credentials in UserData and EnvVars, wherever they stand',
      format: 'yaml',
      text: `Name: etl
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
Groups:
  g: {DesiredVMCount: 1, ResourceType: OnDemand}
UserData:
  DB_PASSWORD: hunter2-prod
  region: cn-hangzhou
EnvVars:
  Api-Token: tk_live_51H
Configs:
  Mounts:
    OSS:
      AccessKeyId: LTAI5tExampleKeyId
      AccessKeySecret: 3mS9ExampleSecret
`,
      findings: [
        { ...SECRET, pointer: '/UserData/DB_PASSWORD', line: 7, column: 16, endLine: 7, endColumn: 28, detail: detail('UserData.DB_PASSWORD') },
        { ...SECRET, pointer: '/EnvVars/Api-Token', line: 10, column: 14, endLine: 10, endColumn: 25, detail: detail('EnvVars.Api-Token') },
        { ...SECRET, pointer: '/Configs/Mounts/OSS/AccessKeySecret', line: 15, column: 24, endLine: 15, endColumn: 41, detail: detail('Configs.Mounts.OSS.AccessKeySecret') },
      ],
    },
    {
      name: 'an unknown key and a key written with escapes are judged by their names',
      format: 'json',
      text: '{"Name": "etl", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}},\n "RootPwd": "x", "UserData": {"pass\\u0077ord": "y"}}\n',
      findings: [
        { ...SECRET, pointer: '/RootPwd', line: 2, column: 13, endLine: 2, endColumn: 16, detail: detail('RootPwd') },
        { ...SECRET, pointer: '/UserData/password', line: 2, column: 48, endLine: 2, endColumn: 51, detail: detail('UserData.password') },
      ],
    },
  ],
});
