import { testRule } from '../test/support/rule-tester.js';
import rule from './cluster-size.js';

const WARNING = { code: 'InvalidSize', message: 'Specified parameter size is not valid.', status: 400, severity: 'warning', origin: 'template', pointer: '/size' } as const;
const detail = (size: string) => `size is ${size}; the provider's tooling creates at most 50 nodes in one swarm cluster.`;

/** A swarm cluster of the given size, in YAML. */
const yaml = (size: string) => `name: web-prod
size: ${size}
instance_type: ecs.g6.large
network_mode: vpc
subnet_cidr: 172.18.0.0/16
vpc_id: vpc-bp1abc
vswitch_id: vsw-bp1abc
data_disk_category: cloud_ssd
data_disk_size: 100
`;

testRule(rule, {
  valid: [
    { name: '50 nodes, the most the provider creates', format: 'yaml', text: yaml('50') },
    { name: '0 nodes (the Terraform provider creates such clusters)', format: 'yaml', text: yaml('0') },
    { name: 'a fraction or a string is the schema\'s type error', format: 'yaml', text: `${yaml('60.5')}---\n${yaml('"60"')}` },
  ],
  invalid: [
    {
      name: '51 nodes',
      format: 'yaml',
      text: yaml('51'),
      findings: [{ ...WARNING, line: 2, column: 7, endLine: 2, endColumn: 9, detail: detail('51') }],
    },
    {
      name: 'the size quoted as written, in JSON',
      format: 'json',
      text: '{"name": "web-prod", "size": 1e3, "instance_type": "ecs.g6.large", "network_mode": "vpc", "subnet_cidr": "172.18.0.0/16",\n "vpc_id": "vpc-bp1abc", "vswitch_id": "vsw-bp1abc", "data_disk_category": "cloud_ssd", "data_disk_size": 100}\n',
      findings: [{ ...WARNING, line: 1, column: 30, endLine: 1, endColumn: 33, detail: detail('1e3') }],
    },
    {
      name: '60.0 is above 50 too (in a full run, integer-literal\'s type error wins for the parameter)',
      format: 'yaml',
      text: yaml('60.0'),
      findings: [{ ...WARNING, line: 2, column: 7, endLine: 2, endColumn: 11, detail: detail('60.0') }],
    },
    {
      name: 'a size far past any float\'s digits is cut and counted',
      format: 'json',
      text: `{"name": "web-prod", "size": 1${'0'.repeat(45)}, "instance_type": "ecs.g6.large", "network_mode": "vpc", "subnet_cidr": "172.18.0.0/16",\n "vpc_id": "vpc-bp1abc", "vswitch_id": "vsw-bp1abc", "data_disk_category": "cloud_ssd", "data_disk_size": 100}\n`,
      findings: [{ ...WARNING, line: 1, column: 30, endLine: 1, endColumn: 76, detail: detail(`1${'0'.repeat(29)}…, 46 digits`) }],
    },
    {
      name: 'one per document of a YAML stream',
      format: 'yaml',
      text: `${yaml('64')}---\n${yaml('100')}`,
      findings: [
        { ...WARNING, document: 0, line: 2, column: 7, detail: detail('64') },
        { ...WARNING, document: 1, line: 12, column: 7, detail: detail('100') },
      ],
    },
  ],
});
