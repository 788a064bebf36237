import { testRule } from '../test/support/rule-tester.js';
import rule from './spot-settings.js';

const IGNORED = { code: 'SpotSettingIgnored', message: 'The spot setting is ignored because the group ResourceType is not Spot.', status: null, severity: 'warning' } as const;
const NO_LIMIT = { code: 'SpotPriceLimitMissing', message: 'SpotStrategy is SpotWithPriceLimit but no SpotPriceLimit is set.', status: null, severity: 'warning' } as const;

testRule(rule, {
  valid: [
    {
      name: 'a Spot group with a price limit',
      format: 'yaml',
      text: `Name: render-farm
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
Groups:
  workers:
    DesiredVMCount: 8
    ResourceType: Spot
    SpotStrategy: SpotWithPriceLimit
    SpotPriceLimit: 0.125
`,
    },
    {
      name: 'an OnDemand group with the empty spot fields the official CLI sends',
      format: 'json',
      text: `{
  "Name": "etl",
  "ImageId": "m-2ze0abc",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {
    "main": {"DesiredVMCount": 2, "ResourceType": "OnDemand", "SpotStrategy": "", "SpotPriceLimit": 0}
  }
}
`,
    },
    {
      name: 'a Spot group that pays the market price needs no limit',
      format: 'json',
      text: '{"Name": "etl", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"spot": {"DesiredVMCount": 3, "ResourceType": "Spot", "SpotStrategy": "SpotAsPriceGo"}}}\n',
    },
    {
      name: 'a SpotStrategy that is not a string is the schema\'s to report',
      format: 'yaml',
      text: 'Name: etl\nImageId: img-ubuntu\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 1, ResourceType: OnDemand, SpotStrategy: 7}\n',
    },
  ],
  invalid: [
    {
      name: 'both spot settings on an OnDemand group, each at its value',
      format: 'yaml',
      text: `Name: render-farm
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
Groups:
  workers:
    DesiredVMCount: 4
    ResourceType: OnDemand
    SpotStrategy: SpotAsPriceGo
    SpotPriceLimit: 0.25
`,
      findings: [
        { ...IGNORED, pointer: '/Groups/workers/SpotStrategy', line: 8, column: 19, endLine: 8, endColumn: 32, detail: 'ResourceType is "OnDemand", so the API ignores this spot setting.' },
        { ...IGNORED, pointer: '/Groups/workers/SpotPriceLimit', line: 9, column: 21, endLine: 9, endColumn: 25, detail: 'ResourceType is "OnDemand", so the API ignores this spot setting.' },
      ],
    },
    {
      name: 'a price-limited Spot group without its limit',
      format: 'json',
      text: `{
  "Name": "etl",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {
    "spot": {"DesiredVMCount": 3, "ResourceType": "Spot", "SpotStrategy": "SpotWithPriceLimit"}
  }
}
`,
      findings: [{ ...NO_LIMIT, pointer: '/Groups/spot/SpotStrategy', line: 6, column: 75, endLine: 6, endColumn: 95, detail: 'Set SpotPriceLimit in group "spot" to the highest hourly price to pay.' }],
    },
    {
      name: 'a limit of 0 with no ResourceType: ignored and missing at once, on a group key with "/"',
      format: 'json',
      text: '{"Name": "etl", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"a/b": {"DesiredVMCount": 1, "SpotStrategy": "SpotWithPriceLimit", "SpotPriceLimit": 0}}}\n',
      findings: [
        { ...NO_LIMIT, pointer: '/Groups/a~1b/SpotStrategy', line: 1, column: 132, detail: 'Set SpotPriceLimit in group "a/b" to the highest hourly price to pay.' },
        { ...IGNORED, pointer: '/Groups/a~1b/SpotStrategy', line: 1, column: 132, detail: 'ResourceType is not set, so the API ignores this spot setting.' },
      ],
    },
    {
      name: 'each group on its own: only the OnDemand one is reported',
      format: 'yaml',
      text: 'Name: etl\nImageId: img-ubuntu\nInstanceType: ecs.sn1.medium\nGroups:\n  cheap: {DesiredVMCount: 2, ResourceType: Spot, SpotStrategy: SpotAsPriceGo}\n  steady: {DesiredVMCount: 1, ResourceType: OnDemand, SpotPriceLimit: 0.5}\n',
      findings: [{ ...IGNORED, pointer: '/Groups/steady/SpotPriceLimit', line: 6, column: 71, endLine: 6, endColumn: 74 }],
    },
  ],
});
