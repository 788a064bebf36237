import { testRule } from '../test/support/rule-tester.js';
import rule from './duplicate-key.js';

const DUPLICATE = { code: 'DuplicateKey', message: 'A key appears more than once in the same object; the API would silently keep only one value.', status: null, severity: 'error', origin: 'lint' } as const;

testRule(rule, {
  valid: [
    {
      name: 'the same key in two different objects',
      format: 'yaml',
      text: 'Name: etl\nImageId: img-ubuntu\nInstanceType: ecs.sn1.medium\nGroups:\n  a: {DesiredVMCount: 1, ResourceType: OnDemand}\n  b: {DesiredVMCount: 2, ResourceType: OnDemand}\n',
    },
    {
      name: 'a YAML merge key overridden by the mapping\'s own key is no duplicate',
      format: 'yaml',
      text: 'Name: etl\nImageId: img-ubuntu\nInstanceType: ecs.sn1.medium\nbase: &base {DesiredVMCount: 1, ResourceType: OnDemand}\nGroups:\n  a:\n    <<: *base\n    DesiredVMCount: 3\n',
    },
  ],
  invalid: [
    {
      name: 'a Container Service field written twice: at the later key, naming the earlier line',
      format: 'json',
      text: `{
  "name": "web-prod",
  "size": 3,
  "size": 4,
  "instance_type": "ecs.g6.large",
  "network_mode": "vpc",
  "subnet_cidr": "172.18.0.0/16",
  "vpc_id": "vpc-bp1abc",
  "vswitch_id": "vsw-bp1abc",
  "data_disk_category": "cloud_ssd",
  "data_disk_size": 100
}
`,
      findings: [{ ...DUPLICATE, pointer: '/size', line: 4, column: 3, endLine: 4, endColumn: 9, detail: '"size" is already defined on line 3; keep only one.' }],
    },
    {
      name: 'a key written three times: each later one, naming the one before it (a .yml file)',
      filename: 'clusters/etl.yml',
      text: 'Name: etl\nImageId: img-ubuntu\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 1, ResourceType: OnDemand, ResourceType: Spot}\nImageId: m-2ze0abc\nImageId: img-centos\n',
      findings: [
        { ...DUPLICATE, pointer: '/Groups/g/ResourceType', line: 5, column: 50, endLine: 5, endColumn: 62, detail: '"ResourceType" is already defined on line 5; keep only one.' },
        { ...DUPLICATE, pointer: '/ImageId', line: 6, column: 1, endLine: 6, endColumn: 8, detail: '"ImageId" is already defined on line 2; keep only one.' },
        { ...DUPLICATE, pointer: '/ImageId', line: 7, column: 1, endLine: 7, endColumn: 8, detail: '"ImageId" is already defined on line 6; keep only one.' },
      ],
    },
    {
      name: 'a key with "/" and "~" is named as written',
      format: 'json',
      text: '{"Name": "etl", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}},\n "UserData": {"a/b~c": "1", "a/b~c": "2"}}\n',
      findings: [{ ...DUPLICATE, pointer: '/UserData/a~1b~0c', line: 2, column: 29, endLine: 2, endColumn: 36, detail: '"a/b~c" is already defined on line 2; keep only one.' }],
    },
  ],
});
