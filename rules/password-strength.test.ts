import { testRule } from '../test/support/rule-tester.js';
import rule from './password-strength.js';

const ERROR = { code: 'InvalidPassword', message: 'Specified parameter password is not valid.', status: 400, severity: 'error', origin: 'template', pointer: '/password' } as const;
const NEEDS = 'it needs at least 3 of upper case letters, lower case letters, digits and special characters';

/** A swarm cluster with the given root password, in JSON (the password on line 9, its value at column 15). */
const json = (password: string) => `{
  "name": "web-prod",
  "size": 3,
  "instance_type": "ecs.g6.large",
  "network_mode": "vpc",
  "subnet_cidr": "172.18.0.0/16",
  "vpc_id": "vpc-bp1abc",
  "vswitch_id": "vsw-bp1abc",
  "password": ${JSON.stringify(password)},
  "data_disk_category": "cloud_ssd",
  "data_disk_size": 100
}
`;
const yaml = (password: string) => `name: web-prod\nsize: 3\ninstance_type: ecs.g6.large\nnetwork_mode: vpc\nsubnet_cidr: 172.18.0.0/16\nvpc_id: vpc-bp1abc\nvswitch_id: vsw-bp1abc\npassword: '${password}'\ndata_disk_category: cloud_ssd\ndata_disk_size: 100\n`;

testRule(rule, {
  valid: [
    { name: 'three classes at the shortest length', format: 'json', text: json('Abcdefg1') },
    { name: 'three classes at the longest length', format: 'json', text: json(`Ab1${'x'.repeat(27)}`) },
    { name: 'lower case, special characters and digits', format: 'yaml', text: yaml('abc!def#1') },
    { name: 'upper case with quote and angle bracket specials', format: 'json', text: json('ABC"DEF<1') },
    { name: 'too short, too long or a character outside the set: the schema\'s, reported first', format: 'yaml', text: `${yaml('ab1')}---\n${yaml('a'.repeat(31))}---\n${yaml('abc defgh')}` },
    { name: 'a password that is not a string is the schema\'s', format: 'json', text: json('x').replace('"x"', '12345678') },
  ],
  invalid: [
    {
      name: 'lower case and digits only',
      format: 'json',
      text: json('abcdefgh1'),
      findings: [{ ...ERROR, line: 9, column: 15, endLine: 9, endColumn: 26, detail: `password has only lower case letters and digits; ${NEEDS} (add upper case letters or special characters).` }],
    },
    {
      name: 'special characters only',
      format: 'yaml',
      text: yaml('!!!!!!!!'),
      findings: [{ ...ERROR, line: 8, column: 11, endLine: 8, endColumn: 21, detail: `password has only special characters; ${NEEDS} (add upper case letters or lower case letters or digits).` }],
    },
    {
      name: 'one per document, the detail never quoting the password',
      format: 'yaml',
      text: `${yaml('PASSWORD2024')}---\n${yaml('CorrectHorseBatteryStaple')}`,
      findings: [
        { ...ERROR, document: 0, line: 8, column: 11, detail: `password has only upper case letters and digits; ${NEEDS} (add lower case letters or special characters).` },
        { ...ERROR, document: 1, line: 19, column: 11, detail: `password has only upper case letters and lower case letters; ${NEEDS} (add digits or special characters).` },
      ],
    },
  ],
});
