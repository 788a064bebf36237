import { testRule } from '../test/support/rule-tester.js';
import rule from './cidr-block.js';

const ROW = { code: 'InvalidCidrBlock', message: 'Specified parameter CidrBlock is not valid. Configs.Networks.VPC.CidrBlock is not valid.', status: 400, origin: 'api' } as const;
const ERROR = { ...ROW, severity: 'error' } as const;
const WARNING = { ...ROW, severity: 'warning' } as const;
const POINTER = '/Configs/Networks/VPC/CidrBlock';

/** A VPC cluster with the CIDR block written as given. */
const yaml = (cidr: string) => `Name: batch-vpc
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
Groups:
  g: {DesiredVMCount: 2, ResourceType: OnDemand}
Configs:
  Networks:
    VPC:
      CidrBlock: ${cidr}
      VpcId: vpc-bp1s2f3m4r5q
`;
const json = (cidr: string) => `{
  "Name": "batch-vpc",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {"g": {"DesiredVMCount": 2, "ResourceType": "OnDemand"}},
  "Configs": {"Networks": {"VPC": {"CidrBlock": "${cidr}"}}}
}
`;

testRule(rule, {
  valid: [
    { name: 'a /16 inside 192.168.0.0/16', format: 'yaml', text: yaml('192.168.0.0/16') },
    { name: 'the mask bounds of 10.0.0.0/8: /12 and /24', format: 'yaml', text: `${yaml('10.0.0.0/12')}---\n${yaml('10.20.30.0/24')}` },
    { name: 'a /20 inside 172.16.0.0/12', format: 'json', text: json('172.20.0.0/20') },
    { name: 'a value that is not a string is the schema\'s', format: 'yaml', text: yaml('16') },
  ],
  invalid: [
    {
      name: 'host bits set: the detail names the network address',
      format: 'yaml',
      text: yaml('10.1.2.0/16'),
      findings: [{ ...ERROR, pointer: POINTER, line: 9, column: 18, endLine: 9, endColumn: 29, detail: '10.1.2.0/16 has host bits set; the network address is 10.1.0.0/16.' }],
    },
    {
      name: 'not a CIDR block: an address without a mask',
      format: 'json',
      text: json('172.16.0.0'),
      findings: [{ ...ERROR, pointer: POINTER, line: 6, column: 49, endLine: 6, endColumn: 61, detail: '"172.16.0.0" is not an IPv4 CIDR block a.b.c.d/n (octets 0–255 without leading zeros, n from 0 to 32).' }],
    },
    {
      name: 'a public range',
      format: 'json',
      text: json('47.96.0.0/16'),
      findings: [{ ...ERROR, pointer: POINTER, line: 6, column: 49, detail: '47.96.0.0/16 is not inside a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16).' }],
    },
    {
      name: 'masks outside 12–24 are warnings (creation "may fail"), 16–24 inside 192.168.0.0/16',
      format: 'yaml',
      text: `${yaml('10.0.0.0/8')}---\n${yaml('192.168.0.0/15')}---\n${yaml('172.16.4.0/28')}`,
      findings: [
        { ...WARNING, pointer: POINTER, document: 0, line: 9, column: 18, detail: '10.0.0.0/8 has a /8 mask; inside 10.0.0.0/8 the mask should be from 12 to 24, or creating the VPC may fail.' },
        { ...ERROR, pointer: POINTER, document: 1, line: 20, column: 18, detail: '192.168.0.0/15 is not inside a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16).' },
        { ...WARNING, pointer: POINTER, document: 2, line: 31, column: 18, detail: '172.16.4.0/28 has a /28 mask; inside 172.16.0.0/12 the mask should be from 12 to 24, or creating the VPC may fail.' },
      ],
    },
  ],
});
