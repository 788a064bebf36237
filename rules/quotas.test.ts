import { testRule } from '../test/support/rule-tester.js';
import rule from './quotas.js';

const QUOTA = { status: 403, severity: 'error', origin: 'api' } as const;
const CONFIG = { quotas: { MaxClusterGroupCount: 2, MaxClusterGroupDesiredVMCount: 10 }, forbiddenOppositeRouterTypes: ['VBR'] };

/** A cluster with the given groups (YAML lines) and Express Connect router type. */
const yaml = (groups: string, routerType = 'VRouter') => `Name: render-farm
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
Groups:
${groups}Configs:
  Networks:
    VPC:
      CidrBlock: 192.168.0.0/16
      OppositeRouterId: vrt-bp1lhl0taikrteen8oxgs
      OppositeAccessPointId: ap-cn-hangzhou-xx-a
      OppositeRegionId: cn-hangzhou
      OppositeRouterType: ${routerType}
`;

testRule(rule, {
  valid: [
    { name: 'within every quota', format: 'yaml', config: CONFIG, text: yaml('  cpu: {DesiredVMCount: 10, ResourceType: OnDemand}\n  gpu: {DesiredVMCount: 1, ResourceType: OnDemand}\n') },
    { name: 'no quota set: none built in', format: 'yaml', text: yaml('  a: {DesiredVMCount: 500, ResourceType: OnDemand}\n  b: {DesiredVMCount: 1, ResourceType: OnDemand}\n  c: {DesiredVMCount: 1, ResourceType: OnDemand}\n', 'VBR') },
    {
      name: 'a count beyond the documented range is the schema\'s error, which wins for the parameter',
      format: 'json',
      config: CONFIG,
      text: '{"Name": "a", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 70000, "ResourceType": "OnDemand"}}}\n',
    },
  ],
  invalid: [
    {
      name: 'three groups where two are allowed (at the Groups key), one of them too large',
      format: 'yaml',
      config: CONFIG,
      text: yaml('  cpu: {DesiredVMCount: 12, ResourceType: OnDemand}\n  gpu: {DesiredVMCount: 1, ResourceType: OnDemand}\n  io: {DesiredVMCount: 2, ResourceType: OnDemand}\n'),
      findings: [
        { ...QUOTA, code: 'QuotaExhausted.MaxClusterGroupCount', message: 'The MaxClusterGroupCount (2) quota is exhausted.', pointer: '/Groups', line: 4, column: 1, endLine: 4, endColumn: 7, detail: 'The cluster has 3 groups; the quota allows 2.' },
        { ...QUOTA, code: 'QuotaExhausted.MaxClusterGroupDesiredVMCount', message: 'The MaxClusterGroupDesiredVMCount (10) quota is exhausted.', pointer: '/Groups/cpu/DesiredVMCount', line: 5, column: 25, endLine: 5, endColumn: 27, detail: 'Group "cpu" asks for 12 VMs; the quota allows 10.' },
      ],
    },
    {
      name: 'a forbidden router type, in JSON',
      format: 'json',
      config: CONFIG,
      text: `{
  "Name": "hybrid",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}},
  "Configs": {"Networks": {"VPC": {"OppositeRouterId": "vbr-1", "OppositeAccessPointId": "ap-1", "OppositeRegionId": "cn-beijing", "OppositeRouterType": "VBR"}}}
}
`,
      findings: [
        {
          ...QUOTA,
          code: 'QuotaExhausted.Configs.Networks.VPC.OppositeRouterType',
          message: 'The Configs.Networks.VPC.OppositeRouterType (VBR) is forbidden.',
          pointer: '/Configs/Networks/VPC/OppositeRouterType',
          line: 6,
          column: 154,
          endLine: 6,
          endColumn: 159,
          detail: "The config's forbiddenOppositeRouterTypes lists VBR.",
        },
      ],
    },
    {
      name: 'a count in hexadecimal is quoted as written',
      format: 'yaml',
      config: CONFIG,
      text: yaml('  cpu: {DesiredVMCount: 0x20, ResourceType: OnDemand}\n'),
      findings: [
        { ...QUOTA, code: 'QuotaExhausted.MaxClusterGroupDesiredVMCount', message: 'The MaxClusterGroupDesiredVMCount (10) quota is exhausted.', pointer: '/Groups/cpu/DesiredVMCount', line: 5, column: 25, endLine: 5, endColumn: 29, detail: 'Group "cpu" asks for 0x20 VMs; the quota allows 10.' },
      ],
    },
  ],
});
