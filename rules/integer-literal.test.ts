import { testRule } from '../test/support/rule-tester.js';
import rule from './integer-literal.js';

const TYPE = { status: 400, severity: 'error' } as const;
const template = (parameter: string, code = `Invalid${parameter}`) => ({ ...TYPE, code, message: `Specified parameter ${parameter} is not valid.`, origin: 'template' }) as const;
const VM_COUNT = { ...TYPE, code: 'InvalidDesiredVMCount', message: 'Specified parameter DesiredVMCount is not valid. Its type must be integer.', origin: 'api' } as const;
const written = (n: number) => `The value is written with a fraction or exponent; write it as the integer ${n}.`;

/** A Batch Compute cluster with every integer parameter, written as given. */
const batch = (v: { count?: string; system?: string; data?: string; block?: string; total?: string; refresh?: string }) => `Name: seq-align
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
Groups:
  workers: {DesiredVMCount: ${v.count ?? '4'}, ResourceType: Spot, SpotStrategy: SpotWithPriceLimit, SpotPriceLimit: 0.5}
Configs:
  Disks:
    SystemDisk: {Type: cloud_ssd, Size: ${v.system ?? '40'}}
    DataDisk: {Type: cloud_ssd, Size: ${v.data ?? '500'}, MountPoint: /data}
  Mounts:
    CacheSupport: true
    CacheBlockSize: ${v.block ?? '65536'}
    CacheTotalSize: ${v.total ?? '1048576'}
    RefreshTimeOut: ${v.refresh ?? '60'}
`;

/** A Container Service cluster, size and disk size written as given. */
const swarm = (size: string, disk: string) => `{
  "name": "web-prod",
  "size": ${size},
  "instance_type": "ecs.g6.large",
  "network_mode": "vpc",
  "subnet_cidr": "172.18.0.0/16",
  "vpc_id": "vpc-bp1abc",
  "vswitch_id": "vsw-bp1abc",
  "data_disk_category": "cloud_ssd",
  "data_disk_size": ${disk}
}
`;

testRule(rule, {
  valid: [
    { name: 'integers written as integers; a price written with a fraction is a number, not an integer', format: 'yaml', text: batch({}) },
    { name: 'the same in JSON, for Container Service', format: 'json', text: swarm('3', '100') },
    { name: 'a fraction that is not whole is the schema\'s type error (2.5)', format: 'json', text: swarm('2.5', '100') },
    { name: 'a quoted number is the schema\'s type error', format: 'yaml', text: batch({ count: '"4"' }) },
  ],
  invalid: [
    {
      name: 'every Batch Compute integer written with a fraction or an exponent',
      format: 'yaml',
      text: batch({ count: '4.0', system: '4e1', data: '500.00', block: '6.5536e4', total: '1048576.0', refresh: '6E1' }),
      findings: [
        { ...VM_COUNT, pointer: '/Groups/workers/DesiredVMCount', line: 5, column: 29, endLine: 5, endColumn: 32, detail: written(4) },
        { ...template('Configs.Disks.SystemDisk.Size'), pointer: '/Configs/Disks/SystemDisk/Size', line: 8, column: 41, endLine: 8, endColumn: 44, detail: written(40) },
        { ...template('Configs.Disks.DataDisk.Size'), pointer: '/Configs/Disks/DataDisk/Size', line: 9, column: 39, endLine: 9, endColumn: 45, detail: written(500) },
        { ...template('Configs.Mounts.CacheBlockSize'), pointer: '/Configs/Mounts/CacheBlockSize', line: 12, column: 21, endLine: 12, endColumn: 29, detail: written(65536) },
        { ...template('Configs.Mounts.CacheTotalSize'), pointer: '/Configs/Mounts/CacheTotalSize', line: 13, column: 21, endLine: 13, endColumn: 30, detail: written(1048576) },
        { ...template('Configs.Mounts.RefreshTimeOut'), pointer: '/Configs/Mounts/RefreshTimeOut', line: 14, column: 21, endLine: 14, endColumn: 24, detail: written(60) },
      ],
    },
    {
      name: 'a YAML !!float tag on whole digits',
      format: 'yaml',
      text: batch({ count: '!!float 4' }),
      findings: [{ ...VM_COUNT, pointer: '/Groups/workers/DesiredVMCount', line: 5, column: 37, endLine: 5, endColumn: 38, detail: 'The value is tagged !!float, which makes it a float; write it as the integer 4, without the tag.' }],
    },
    {
      name: 'Container Service size and data_disk_size, in JSON',
      format: 'json',
      text: swarm('3.0', '1e2'),
      findings: [
        { ...template('size', 'InvalidSize'), pointer: '/size', line: 3, column: 11, endLine: 3, endColumn: 14, detail: written(3) },
        { ...template('data_disk_size', 'InvalidDataDiskSize'), pointer: '/data_disk_size', line: 10, column: 21, endLine: 10, endColumn: 24, detail: written(100) },
      ],
    },
  ],
});
