import { testRule } from '../test/support/rule-tester.js';
import rule from './instance-type-allowed.js';

const ERROR = { code: 'InvalidInstanceType', status: 400, severity: 'error' } as const;
const BATCH = { ...ERROR, message: 'Specified parameter InstanceType is not valid.' } as const;
const SWARM = { ...ERROR, message: 'Specified parameter instance_type is not valid.' } as const;
const ALLOWED = { instanceTypes: ['ecs.sn1.medium', 'ecs.g6.large'] };

const batch = 'Name: etl\nImageId: img-ubuntu\nInstanceType: ecs.sn1.medium\nGroups:\n  cpu: {DesiredVMCount: 2, ResourceType: OnDemand}\n  big: {DesiredVMCount: 1, ResourceType: OnDemand, InstanceType: ecs.c5.large}\n';
const swarm = (type: string) => `{
  "name": "web-prod",
  "size": 3,
  "instance_type": "${type}",
  "network_mode": "vpc",
  "subnet_cidr": "172.18.0.0/16",
  "vpc_id": "vpc-bp1abc",
  "vswitch_id": "vsw-bp1abc",
  "data_disk_category": "cloud_ssd",
  "data_disk_size": 100
}
`;

testRule(rule, {
  valid: [
    { name: 'no allow-list in the config: any type', format: 'yaml', text: batch },
    { name: 'a Container Service type on the list', format: 'json', config: ALLOWED, text: swarm('ecs.g6.large') },
    {
      name: 'a group\'s "" (as the cluster\'s) and a type that is not a string (the schema\'s) are not judged',
      format: 'yaml',
      config: ALLOWED,
      text: 'Name: etl\nImageId: img-ubuntu\nInstanceType: ecs.sn1.medium\nGroups:\n  a: {DesiredVMCount: 1, ResourceType: OnDemand, InstanceType: ""}\n  b: {DesiredVMCount: 1, ResourceType: OnDemand, InstanceType: 4}\n',
    },
  ],
  invalid: [
    {
      name: 'a group\'s type off the list',
      format: 'yaml',
      config: ALLOWED,
      text: batch,
      findings: [{ ...BATCH, pointer: '/Groups/big/InstanceType', line: 6, column: 66, endLine: 6, endColumn: 78, detail: "ecs.c5.large is not in the config's instanceTypes (ecs.sn1.medium, ecs.g6.large)." }],
    },
    {
      name: 'the cluster\'s and a group\'s, in JSON',
      format: 'json',
      config: { instanceTypes: ['ecs.g6.large'] },
      text: '{"Name": "etl", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand", "InstanceType": "ecs.c5.large"}}}\n',
      findings: [
        { ...BATCH, pointer: '/InstanceType', line: 1, column: 58, endLine: 1, endColumn: 74, detail: "ecs.sn1.medium is not in the config's instanceTypes (ecs.g6.large)." },
        { ...BATCH, pointer: '/Groups/g/InstanceType', line: 1, column: 158, endLine: 1, endColumn: 172, detail: "ecs.c5.large is not in the config's instanceTypes (ecs.g6.large)." },
      ],
    },
    {
      name: 'Container Service instance_type off the list',
      format: 'json',
      config: { instanceTypes: ['ecs.g6.large'] },
      text: swarm('ecs.g6.xlarge'),
      findings: [{ ...SWARM, pointer: '/instance_type', line: 4, column: 20, endLine: 4, endColumn: 35, detail: "ecs.g6.xlarge is not in the config's instanceTypes (ecs.g6.large)." }],
    },
  ],
});
