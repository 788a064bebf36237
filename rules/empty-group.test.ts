import { testRule } from '../test/support/rule-tester.js';
import rule from './empty-group.js';

const WARNING = { code: 'InvalidDesiredVMCount', message: 'Specified parameter DesiredVMCount is not valid. It must be in [1, 65536].', status: 400, severity: 'warning', origin: 'api' } as const;
const detail = (group: string) => `Group "${group}" asks for 0 VMs: the API accepts 0 and creates an empty group, to be scaled later; the documented range starts at 1.`;

testRule(rule, {
  valid: [
    {
      name: 'groups of 1 and more VMs',
      format: 'yaml',
      text: 'Name: bio-pipeline\nImageId: img-ubuntu\nInstanceType: ecs.sn1.medium\nGroups:\n  small: {DesiredVMCount: 1, ResourceType: OnDemand}\n  large: {DesiredVMCount: 65536, ResourceType: OnDemand}\n',
    },
    {
      name: '-1 and "0" are the schema\'s errors, not an empty group',
      format: 'json',
      text: '{"Name": "a", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": -1, "ResourceType": "OnDemand"}, "h": {"DesiredVMCount": "0", "ResourceType": "OnDemand"}}}\n',
    },
  ],
  invalid: [
    {
      name: 'an empty group to be scaled later',
      format: 'yaml',
      text: 'Name: bio-pipeline\nImageId: img-ubuntu\nInstanceType: ecs.sn1.medium\nGroups:\n  standby:\n    DesiredVMCount: 0\n    ResourceType: OnDemand\n',
      findings: [{ ...WARNING, pointer: '/Groups/standby/DesiredVMCount', line: 6, column: 21, endLine: 6, endColumn: 22, detail: detail('standby') }],
    },
    {
      name: 'two empty groups beside a running one, in JSON',
      format: 'json',
      text: `{
  "Name": "bio-pipeline",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {
    "align": {"DesiredVMCount": 0, "ResourceType": "Spot", "SpotStrategy": "SpotAsPriceGo"},
    "main": {"DesiredVMCount": 3, "ResourceType": "OnDemand"},
    "call": {"DesiredVMCount": 0, "ResourceType": "OnDemand"}
  }
}
`,
      findings: [
        { ...WARNING, pointer: '/Groups/align/DesiredVMCount', line: 6, column: 33, endLine: 6, endColumn: 34, detail: detail('align') },
        { ...WARNING, pointer: '/Groups/call/DesiredVMCount', line: 8, column: 32, endLine: 8, endColumn: 33, detail: detail('call') },
      ],
    },
  ],
});
