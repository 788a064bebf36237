import { testRule } from '../test/support/rule-tester.js';
import rule from './network-mode-conflict.js';

const WARNING = { code: 'NetworkModeConflict', message: 'Classic network and VPC settings exclude each other.', status: null, severity: 'warning', pointer: '/Configs/Networks/Classic' } as const;

/** A cluster with the given lines under `Networks`. */
const yaml = (networks: string) => `Name: web-crawl
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
Groups:
  g: {DesiredVMCount: 2, ResourceType: OnDemand}
Configs:
  Networks:
${networks}`;

testRule(rule, {
  valid: [
    { name: 'classic network only', format: 'yaml', text: yaml('    Classic:\n      AllowIpAddress: [10.0.0.1]\n') },
    { name: 'VPC beside a Classic section of empty lists', format: 'yaml', text: yaml('    Classic: {AllowIpAddress: [], AllowSecurityGroup: []}\n    VPC: {CidrBlock: 192.168.0.0/16}\n') },
    {
      name: 'VPC only',
      format: 'json',
      text: '{"Name": "a", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}, "Configs": {"Networks": {"VPC": {"CidrBlock": "192.168.0.0/16"}}}}\n',
    },
  ],
  invalid: [
    {
      name: 'security groups of the classic network beside a VPC, at the Classic key',
      format: 'yaml',
      text: yaml('    Classic:\n      AllowSecurityGroup: [sg-bp1fg655nh68xyz]\n      AllowIpAddressEgress: []\n    VPC:\n      CidrBlock: 192.168.0.0/16\n'),
      findings: [{ ...WARNING, line: 8, column: 5, endLine: 8, endColumn: 12, detail: 'Classic sets AllowSecurityGroup while VPC is set; keep only one network mode.' }],
    },
    {
      name: 'two classic lists, in JSON',
      format: 'json',
      text: `{
  "Name": "web-crawl",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {"g": {"DesiredVMCount": 2, "ResourceType": "OnDemand"}},
  "Configs": {
    "Networks": {
      "VPC": {"CidrBlock": "10.0.0.0/16"},
      "Classic": {"AllowIpAddress": ["10.0.0.1"], "AllowIpAddressEgress": ["0.0.0.0/0"]}
    }
  }
}
`,
      findings: [{ ...WARNING, line: 9, column: 7, endLine: 9, endColumn: 16, detail: 'Classic sets AllowIpAddress, AllowIpAddressEgress while VPC is set; keep only one network mode.' }],
    },
    {
      name: 'one per document of a YAML stream',
      format: 'yaml',
      text: `${yaml('    Classic: {AllowIpAddress: [10.0.0.1]}\n    VPC: {CidrBlock: 192.168.0.0/16}\n')}---\n${yaml('    VPC: {CidrBlock: 192.168.0.0/16}\n    Classic: {AllowSecurityGroupEgress: [sg-1]}\n')}`,
      findings: [
        { ...WARNING, document: 0, line: 8, column: 5, detail: 'Classic sets AllowIpAddress while VPC is set; keep only one network mode.' },
        { ...WARNING, document: 1, line: 19, column: 5, detail: 'Classic sets AllowSecurityGroupEgress while VPC is set; keep only one network mode.' },
      ],
    },
  ],
});
