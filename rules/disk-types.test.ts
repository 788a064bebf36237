import { testRule } from '../test/support/rule-tester.js';
import rule from './disk-types.js';

const ERROR = { code: 'InvalidConfigs.Disks.DataDisk.Type', message: 'Specified parameter Configs.Disks.DataDisk.Type is not valid.', status: 400, severity: 'error', origin: 'template' } as const;
const POINTER = '/Configs/Disks/DataDisk/Type';

/** A cluster with both disks, their categories as given. */
const yaml = (system: string, data: string) => `Name: sim-run
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
Groups:
  g: {DesiredVMCount: 2, ResourceType: OnDemand}
Configs:
  Disks:
    SystemDisk: {Type: ${system}, Size: 40}
    DataDisk: {Type: ${data}, Size: 200, MountPoint: /home/data}
`;

testRule(rule, {
  valid: [
    { name: 'the same category on both disks', format: 'yaml', text: yaml('cloud_ssd', 'cloud_ssd') },
    { name: 'an empty data disk category takes the system disk\'s', format: 'yaml', text: yaml('cloud_efficiency', '""') },
    { name: 'an unknown category is the schema\'s enum error, not a mismatch', format: 'yaml', text: yaml('cloud_ssd', 'cloud_essd') },
    {
      name: 'only one disk given',
      format: 'json',
      text: '{"Name": "a", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}, "Configs": {"Disks": {"DataDisk": {"Type": "cloud", "Size": 100, "MountPoint": "/data"}}}}\n',
    },
  ],
  invalid: [
    {
      name: 'an SSD system disk with an efficiency data disk',
      format: 'yaml',
      text: yaml('cloud_ssd', 'cloud_efficiency'),
      findings: [{ ...ERROR, pointer: POINTER, line: 9, column: 22, endLine: 9, endColumn: 38, detail: 'DataDisk.Type is "cloud_efficiency" but SystemDisk.Type is "cloud_ssd"; both disks must have the same category.' }],
    },
    {
      name: 'ephemeral disks of two kinds, in JSON',
      format: 'json',
      text: `{
  "Name": "sim-run",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {"g": {"DesiredVMCount": 2, "ResourceType": "OnDemand"}},
  "Configs": {
    "Disks": {
      "SystemDisk": {"Type": "ephemeral", "Size": 40},
      "DataDisk": {"Type": "ephemeral_ssd", "Size": 100, "MountPoint": "E:"}
    }
  }
}
`,
      findings: [{ ...ERROR, pointer: POINTER, line: 9, column: 28, endLine: 9, endColumn: 43, detail: 'DataDisk.Type is "ephemeral_ssd" but SystemDisk.Type is "ephemeral"; both disks must have the same category.' }],
    },
    {
      name: 'one per document of a YAML stream',
      format: 'yaml',
      text: `${yaml('cloud', 'cloud_ssd')}---\n${yaml('ephemeral', 'cloud')}`,
      findings: [
        { ...ERROR, pointer: POINTER, document: 0, line: 9, column: 22, detail: 'DataDisk.Type is "cloud_ssd" but SystemDisk.Type is "cloud"; both disks must have the same category.' },
        { ...ERROR, pointer: POINTER, document: 1, line: 19, column: 22, detail: 'DataDisk.Type is "cloud" but SystemDisk.Type is "ephemeral"; both disks must have the same category.' },
      ],
    },
  ],
});
