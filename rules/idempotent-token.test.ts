import { testCrossFileRule } from '../test/support/rule-tester.js';
import rule from './idempotent-token.js';

const MISMATCH = { code: 'IdempotentTokenMismatch', message: 'Specified idempotent token mismatch.', status: 400, severity: 'error', origin: 'api', pointer: '/IdempotentToken' } as const;

/** A cluster with a token and a group size, in JSON (the token on line 3, its value at column 22). */
const json = (token: string, count: number) => `{
  "Name": "nightly-etl",
  "IdempotentToken": "${token}",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {"g": {"DesiredVMCount": ${count}, "ResourceType": "OnDemand"}}
}
`;
/** The same cluster in YAML, keys in another order (the token on line 5, its value at column 18). */
const yaml = (token: string, count: number) => `Name: nightly-etl\nImageId: img-ubuntu\nGroups:\n  g: {ResourceType: OnDemand, DesiredVMCount: ${count}}\nIdempotentToken: ${token}\nInstanceType: ecs.sn1.medium\n`;

testCrossFileRule(rule, {
  valid: [
    { name: 'a retry: the same body under the same token, keys in another order and another format', files: { 'a.json': json('etl_20240601', 4), 'b.yaml': yaml('etl_20240601', 4) } },
    { name: 'different bodies under different tokens', files: { 'a.json': json('etl_20240601', 4), 'b.json': json('etl_20240602', 8) } },
    {
      name: 'Container Service specs are not compared (the token is a Batch Compute parameter)',
      files: {
        'a.json': json('shared_1', 4),
        'web.json': '{"IdempotentToken": "shared_1", "name": "web-prod", "size": 3, "instance_type": "ecs.g6.large", "network_mode": "vpc", "subnet_cidr": "172.18.0.0/16", "vpc_id": "vpc-bp1abc", "vswitch_id": "vsw-bp1abc", "data_disk_category": "cloud_ssd", "data_disk_size": 100}\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a token reused with a different body: each later spec, at its token, naming the first',
      files: { 'jobs/c.json': json('etl_20240601', 16), 'jobs/a.json': json('etl_20240601', 4), 'jobs/b.yaml': yaml('etl_20240601', 8) },
      findings: [
        { ...MISMATCH, file: 'jobs/b.yaml', line: 5, column: 18, endLine: 5, endColumn: 30, detail: 'Also used by jobs/a.json:3 with a different body.' },
        { ...MISMATCH, file: 'jobs/c.json', line: 3, column: 22, endLine: 3, endColumn: 36, detail: 'Also used by jobs/a.json:3 with a different body.' },
      ],
    },
    {
      name: 'two documents of one YAML stream',
      files: { 'all.yaml': `${yaml('tok_1', 1)}---\n${yaml('tok_1', 2)}` },
      findings: [{ ...MISMATCH, file: 'all.yaml', document: 1, line: 12, column: 18, detail: 'Also used by all.yaml:5 with a different body.' }],
    },
  ],
});
