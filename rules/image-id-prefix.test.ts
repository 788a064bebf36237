import { testRule } from '../test/support/rule-tester.js';
import rule from './image-id-prefix.js';

const WARNING = { code: 'InvalidImageId', message: 'Specified parameter ImageId is not valid.', status: 400, severity: 'warning' } as const;
const detail = (v: string) => `"${v}" starts with neither m- (an ECS image) nor img- (a Batch Compute image); the official bcs command line refuses such an id.`;

testRule(rule, {
  valid: [
    {
      name: 'an ECS image for the cluster, a Batch Compute image for a group',
      format: 'yaml',
      text: 'Name: video-transcode\nImageId: m-bp1g7004ksh0oeuc1p1l\nInstanceType: ecs.sn1.medium\nGroups:\n  gpu:\n    DesiredVMCount: 2\n    ResourceType: OnDemand\n    ImageId: img-ubuntu\n',
    },
    {
      name: 'an empty id is the schema\'s length row, never this warning',
      format: 'json',
      text: '{"Name": "a", "ImageId": "", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}}\n',
    },
    {
      name: 'an id that is not a string is the schema\'s type error',
      format: 'yaml',
      text: 'Name: a\nImageId: 12345\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 1, ResourceType: OnDemand}\n',
    },
  ],
  invalid: [
    {
      name: 'a group\'s id in upper case',
      format: 'json',
      text: `{
  "Name": "video-transcode",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {
    "gpu": {"DesiredVMCount": 2, "ResourceType": "OnDemand", "ImageId": "M-BP1G7004"}
  }
}
`,
      findings: [{ ...WARNING, pointer: '/Groups/gpu/ImageId', line: 6, column: 73, endLine: 6, endColumn: 85, detail: detail('M-BP1G7004') }],
    },
    {
      name: 'a public image name rather than an id, the cluster\'s and a group\'s',
      format: 'yaml',
      text: 'Name: video-transcode\nImageId: ubuntu_20_04_x64_20G_alibase_20240101.vhd\nInstanceType: ecs.sn1.medium\nGroups:\n  cpu: {DesiredVMCount: 4, ResourceType: OnDemand}\n  gpu: {DesiredVMCount: 1, ResourceType: OnDemand, ImageId: centos}\n',
      findings: [
        { ...WARNING, pointer: '/ImageId', line: 2, column: 10, endLine: 2, endColumn: 51, detail: detail('ubuntu_20_04_x64_20G_alibase_20240101.vhd') },
        { ...WARNING, pointer: '/Groups/gpu/ImageId', line: 6, column: 61, endLine: 6, endColumn: 67, detail: detail('centos') },
      ],
    },
  ],
});
