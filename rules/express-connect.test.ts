import { testRule } from '../test/support/rule-tester.js';
import rule from './express-connect.js';

const missing = (field: string) =>
  ({ code: `MissingConfigs.Networks.VPC.${field}`, message: `Configs.Networks.VPC.${field} is mandatory for this action.`, status: 400, severity: 'error', origin: 'api', pointer: `/Configs/Networks/VPC/${field}` }) as const;

/** A VPC cluster with the given lines under `VPC`. */
const yaml = (vpc: string) => `Name: hybrid-etl
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
Groups:
  g: {DesiredVMCount: 2, ResourceType: OnDemand}
Configs:
  Networks:
    VPC:
      CidrBlock: 192.168.0.0/16
${vpc}`;

testRule(rule, {
  valid: [
    { name: 'a VPC without Express Connect', format: 'yaml', text: yaml('      VpcId: vpc-bp1s2f3m4r5q\n') },
    {
      name: 'a complete Express Connect link',
      format: 'yaml',
      text: yaml('      OppositeRouterId: vbr-bp1c0mfg\n      OppositeAccessPointId: ap-cn-hangzhou-xx-a\n      OppositeRegionId: cn-hangzhou\n      OppositeRouterType: VBR\n'),
    },
    {
      name: 'the empty strings the official CLI sends mean no link',
      format: 'json',
      text: '{"Name": "a", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}, "Configs": {"Networks": {"VPC": {"CidrBlock": "192.168.0.0/16", "OppositeRouterId": "", "OppositeRegionId": "", "ExpressConnectSpec": ""}}}}\n',
    },
  ],
  invalid: [
    {
      name: 'a router type alone brings in the three ids, all at the VPC key (sorted by code)',
      format: 'yaml',
      text: yaml('      OppositeRouterType: VRouter\n'),
      findings: [
        { ...missing('OppositeAccessPointId'), line: 8, column: 5, endLine: 8, endColumn: 8, detail: 'OppositeRouterType is set, so the Express Connect link also needs OppositeAccessPointId.' },
        { ...missing('OppositeRegionId'), line: 8, column: 5, endLine: 8, endColumn: 8, detail: 'OppositeRouterType is set, so the Express Connect link also needs OppositeRegionId.' },
        { ...missing('OppositeRouterId'), line: 8, column: 5, endLine: 8, endColumn: 8, detail: 'OppositeRouterType is set, so the Express Connect link also needs OppositeRouterId.' },
      ],
    },
    {
      name: 'a router id without the other end\'s access point and region, in JSON',
      format: 'json',
      text: `{
  "Name": "hybrid-etl",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {"g": {"DesiredVMCount": 2, "ResourceType": "OnDemand"}},
  "Configs": {
    "Networks": {
      "VPC": {"CidrBlock": "192.168.0.0/16", "OppositeRouterId": "vbr-bp1c0mfg", "OppositeAccessPointId": ""}
    }
  }
}
`,
      findings: [
        { ...missing('OppositeAccessPointId'), line: 8, column: 7, endLine: 8, endColumn: 12, detail: 'OppositeRouterId is set, so the Express Connect link also needs OppositeAccessPointId.' },
        { ...missing('OppositeRegionId'), line: 8, column: 7, endLine: 8, endColumn: 12, detail: 'OppositeRouterId is set, so the Express Connect link also needs OppositeRegionId.' },
      ],
    },
    {
      name: 'an interface id and a spec, without any of the three ids: the detail names the first field set',
      format: 'yaml',
      text: yaml('      OppositeInterfaceId: ri-bp1v9z\n      ExpressConnectSpec: Small.1\n'),
      findings: ['OppositeAccessPointId', 'OppositeRegionId', 'OppositeRouterId'].map((field) => ({
        ...missing(field),
        line: 8,
        column: 5,
        detail: `OppositeInterfaceId is set, so the Express Connect link also needs ${field}.`,
      })),
    },
  ],
});
