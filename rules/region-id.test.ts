import { testRule } from '../test/support/rule-tester.js';
import rule from './region-id.js';

const WARNING = { code: 'InvalidRegionId', message: 'Specified parameter region_id is not valid.', status: 400, severity: 'warning', origin: 'template', pointer: '/region_id' } as const;

/** A swarm cluster in the given region, in YAML (region_id on line 2, its value at column 12). */
const yaml = (region: string) => `name: web-prod
region_id: ${region}
size: 3
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
    { name: 'a region of mainland China', format: 'yaml', text: yaml('cn-beijing') },
    { name: 'a region outside China', format: 'yaml', text: yaml('ap-southeast-1') },
    {
      name: 'no region_id (it is optional), in JSON',
      format: 'json',
      text: '{"name": "web-prod", "size": 3, "instance_type": "ecs.g6.large", "network_mode": "vpc", "subnet_cidr": "172.18.0.0/16", "vpc_id": "vpc-bp1abc", "vswitch_id": "vsw-bp1abc", "data_disk_category": "cloud_ssd", "data_disk_size": 100}\n',
    },
    { name: 'a region_id that is not a string is the schema\'s', format: 'yaml', text: yaml('1') },
  ],
  invalid: [
    {
      name: 'a typo, with the nearest known id',
      format: 'yaml',
      text: yaml('cn-hangzou'),
      findings: [{ ...WARNING, line: 2, column: 12, endLine: 2, endColumn: 22, detail: '"cn-hangzou" is not a known Alibaba Cloud region id. Did you mean "cn-hangzhou"?' }],
    },
    {
      name: 'a deactivated region, in JSON',
      format: 'json',
      text: '{\n  "name": "web-prod",\n  "region_id": "ap-south-1",\n  "size": 3\n}\n',
      dialect: 'containerservice',
      findings: [{ ...WARNING, line: 3, column: 16, endLine: 3, endColumn: 28, detail: 'ap-south-1 (India (Mumbai)) has been deactivated; choose a region that takes new clusters.' }],
    },
    {
      name: 'an id of no region, and one of another cloud',
      format: 'yaml',
      text: `${yaml('mars-north-1')}---\n${yaml('us-east1')}`,
      findings: [
        { ...WARNING, document: 0, line: 2, column: 12, detail: '"mars-north-1" is not a known Alibaba Cloud region id, such as cn-hangzhou or ap-southeast-1.' },
        { ...WARNING, document: 1, line: 13, column: 12, detail: '"us-east1" is not a known Alibaba Cloud region id. Did you mean "us-east-1"?' },
      ],
    },
  ],
});
