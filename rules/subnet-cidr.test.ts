import { testRule } from '../test/support/rule-tester.js';
import rule from './subnet-cidr.js';

const ERROR = { code: 'InvalidSubnetCidr', message: 'Specified parameter subnet_cidr is not valid.', status: 400, severity: 'error', origin: 'template', pointer: '/subnet_cidr' } as const;
const notPrivate = (cidr: string) => `${cidr} is not inside a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16).`;

/** A swarm cluster with the containers' CIDR block given, in JSON (subnet_cidr on line 6, its value at column 18). */
const json = (cidr: string) => `{
  "name": "web-prod",
  "size": 3,
  "instance_type": "ecs.g6.large",
  "network_mode": "vpc",
  "subnet_cidr": ${JSON.stringify(cidr)},
  "vpc_id": "vpc-bp1abc",
  "vswitch_id": "vsw-bp1abc",
  "data_disk_category": "cloud_ssd",
  "data_disk_size": 100
}
`;
const yaml = (cidr: string) => `name: web-prod\nsize: 3\ninstance_type: ecs.g6.large\nnetwork_mode: vpc\nsubnet_cidr: ${cidr}\nvpc_id: vpc-bp1abc\nvswitch_id: vsw-bp1abc\ndata_disk_category: cloud_ssd\ndata_disk_size: 100\n`;

testRule(rule, {
  valid: [
    { name: 'the whole of 10.0.0.0/8', format: 'json', text: json('10.0.0.0/8') },
    { name: 'a /24 at the top of 192.168.0.0/16', format: 'yaml', text: yaml('192.168.255.0/24') },
    { name: 'any mask: none is documented for subnet_cidr', format: 'yaml', text: yaml('172.20.0.0/28') },
    { name: 'a value that is not a string is the schema\'s', format: 'yaml', text: yaml('16') },
  ],
  invalid: [
    {
      name: 'an address without a mask',
      format: 'json',
      text: json('172.18.0.0'),
      findings: [{ ...ERROR, line: 6, column: 18, endLine: 6, endColumn: 30, detail: '"172.18.0.0" is not an IPv4 CIDR block a.b.c.d/n (octets 0–255 without leading zeros, n from 0 to 32).' }],
    },
    {
      name: 'host bits set: the detail names the network address',
      format: 'yaml',
      text: yaml('172.18.5.0/16'),
      findings: [{ ...ERROR, line: 5, column: 14, endLine: 5, endColumn: 27, detail: '172.18.5.0/16 has host bits set; the network address is 172.18.0.0/16.' }],
    },
    {
      name: 'a public range, and a block wider than its private range',
      format: 'yaml',
      text: `${yaml('8.8.0.0/16')}---\n${yaml('172.0.0.0/8')}`,
      findings: [
        { ...ERROR, document: 0, line: 5, column: 14, detail: notPrivate('8.8.0.0/16') },
        { ...ERROR, document: 1, line: 15, column: 14, detail: notPrivate('172.0.0.0/8') },
      ],
    },
  ],
});
