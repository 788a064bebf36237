import { testCrossFileRule } from '../test/support/rule-tester.js';
import rule from './cluster-count.js';

const QUOTA = { code: 'QuotaExhausted.MaxClusterCount', status: 403, severity: 'error', origin: 'api', pointer: '' } as const;
const message = (max: number) => `The MaxClusterCount (${max}) quota is exhausted.`;

const json = (name: string) => `{
  "Name": "${name}",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}
}
`;
const yaml = (name: string) => `Name: ${name}\nImageId: img-ubuntu\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 1, ResourceType: OnDemand}\n`;
const swarm = '{"name": "web-prod", "size": 3, "instance_type": "ecs.g6.large", "network_mode": "vpc", "subnet_cidr": "172.18.0.0/16", "vpc_id": "vpc-bp1abc", "vswitch_id": "vsw-bp1abc", "data_disk_category": "cloud_ssd", "data_disk_size": 100}\n';

testCrossFileRule(rule, {
  valid: [
    { name: 'no quota in the config: none is built in', files: { 'a.json': json('a'), 'b.json': json('b'), 'c.yaml': yaml('c') } },
    { name: 'as many clusters as the quota allows; Container Service clusters do not count', config: { quotas: { MaxClusterCount: 2 } }, files: { 'a.json': json('a'), 'b.yaml': yaml('b'), 'web.json': swarm } },
  ],
  invalid: [
    {
      name: 'each cluster beyond the quota, in sorted path order, at its document start',
      config: { quotas: { MaxClusterCount: 1 } },
      files: { 'specs/c.json': json('c'), 'specs/a.json': json('a'), 'specs/b.yaml': yaml('b') },
      findings: [
        { ...QUOTA, message: message(1), file: 'specs/b.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, detail: 'This is cluster 2 of this run; the quota allows 1.' },
        { ...QUOTA, message: message(1), file: 'specs/c.json', line: 1, column: 1, endLine: 1, endColumn: 2, detail: 'This is cluster 3 of this run; the quota allows 1.' },
      ],
    },
    {
      name: 'the documents of one YAML stream count one by one',
      config: { quotas: { MaxClusterCount: 2 } },
      files: { 'all.yaml': `${yaml('a')}---\n${yaml('b')}---\n${yaml('c')}` },
      findings: [{ ...QUOTA, message: message(2), file: 'all.yaml', document: 2, line: 13, column: 1, detail: 'This is cluster 3 of this run; the quota allows 2.' }],
    },
    {
      name: 'a quota of 0 refuses every cluster',
      config: { quotas: { MaxClusterCount: 0 } },
      files: { 'only.json': json('only') },
      findings: [{ ...QUOTA, message: message(0), file: 'only.json', line: 1, column: 1, detail: 'This is cluster 1 of this run; the quota allows 0.' }],
    },
  ],
});
