import { testRule } from '../test/support/rule-tester.js';
import rule from './bcs-instance-type.js';

const IN_VPC = { code: 'BcsInstanceTypeInVpc', message: 'bcs.* instance types are not supported in VPC clusters.', status: null, severity: 'warning' } as const;
const DISK = { code: 'BcsInstanceTypeDiskType', message: 'bcs.* instance types only support ephemeral disks.', status: null, severity: 'warning' } as const;

testRule(rule, {
  valid: [
    {
      name: 'a bcs.* type in a classic-network cluster on ephemeral disks',
      format: 'yaml',
      text: 'Name: legacy-batch\nImageId: img-ubuntu\nInstanceType: bcs.a2.large\nGroups:\n  g: {DesiredVMCount: 2, ResourceType: OnDemand}\nConfigs:\n  Disks:\n    SystemDisk: {Type: ephemeral, Size: 40}\n    DataDisk: {Type: "", Size: 100, MountPoint: /data}\n',
    },
    {
      name: 'an ecs.* type in a VPC cluster on cloud disks',
      format: 'json',
      text: '{"Name": "a", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}, "Configs": {"Disks": {"SystemDisk": {"Type": "cloud_ssd", "Size": 40}}, "Networks": {"VPC": {"CidrBlock": "192.168.0.0/16"}}}}\n',
    },
  ],
  invalid: [
    {
      name: 'the reference page\'s own example: a bcs.* type, a VPC and cloud disks',
      format: 'yaml',
      text: `Name: example-cluster
ImageId: img-ubuntu
InstanceType: bcs.a2.large
Groups:
  group1: {DesiredVMCount: 1, ResourceType: OnDemand, InstanceType: bcs.a2.xlarge}
Configs:
  Disks:
    SystemDisk: {Type: cloud_efficiency, Size: 40}
    DataDisk: {Type: cloud_efficiency, Size: 50, MountPoint: /home/disk1}
  Networks:
    VPC: {CidrBlock: 192.168.0.0/16}
`,
      findings: [
        { ...IN_VPC, pointer: '/InstanceType', line: 3, column: 15, endLine: 3, endColumn: 27, detail: 'bcs.a2.large is a bcs.* type; use an ecs.* type in a VPC cluster.' },
        { ...IN_VPC, pointer: '/Groups/group1/InstanceType', line: 5, column: 69, endLine: 5, endColumn: 82, detail: 'bcs.a2.xlarge is a bcs.* type; use an ecs.* type in a VPC cluster.' },
        { ...DISK, pointer: '/Configs/Disks/SystemDisk/Type', line: 8, column: 24, endLine: 8, endColumn: 40, detail: 'The disk type is "cloud_efficiency", but bcs.a2.large only supports ephemeral disks.' },
        { ...DISK, pointer: '/Configs/Disks/DataDisk/Type', line: 9, column: 22, endLine: 9, endColumn: 38, detail: 'The disk type is "cloud_efficiency", but bcs.a2.large only supports ephemeral disks.' },
      ],
    },
    {
      name: 'only a group\'s type is bcs.*, in a VPC cluster, in JSON',
      format: 'json',
      text: `{
  "Name": "mixed",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {"old": {"DesiredVMCount": 1, "ResourceType": "OnDemand", "InstanceType": "bcs.b4.3xlarge"}},
  "Configs": {"Networks": {"VPC": {"CidrBlock": "172.16.0.0/16"}}, "Disks": {"SystemDisk": {"Type": "cloud_ssd", "Size": 40}}}
}
`,
      findings: [
        { ...IN_VPC, pointer: '/Groups/old/InstanceType', line: 5, column: 87, endLine: 5, endColumn: 103, detail: 'bcs.b4.3xlarge is a bcs.* type; use an ecs.* type in a VPC cluster.' },
        { ...DISK, pointer: '/Configs/Disks/SystemDisk/Type', line: 6, column: 101, endLine: 6, endColumn: 112, detail: 'The disk type is "cloud_ssd", but bcs.b4.3xlarge only supports ephemeral disks.' },
      ],
    },
  ],
});
