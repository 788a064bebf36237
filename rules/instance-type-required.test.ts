import { testRule } from '../test/support/rule-tester.js';
import rule from './instance-type-required.js';

const MISSING = { code: 'MissingInstanceType', message: 'InstanceType is mandatory for this action.', status: 400, severity: 'error', origin: 'api' } as const;
const groupDetail = (name: string) => `Group "${name}" has no InstanceType and the cluster sets none; set it in the group or for the whole cluster.`;
const ROOT_DETAIL = 'Set InstanceType for the cluster, or in each of its groups.';

testRule(rule, {
  valid: [
    {
      name: 'groups that all name their own, and no cluster InstanceType (as the SDKs send them)',
      format: 'yaml',
      text: 'Name: a\nImageId: m-1\nGroups:\n  g1: {DesiredVMCount: 1, InstanceType: ecs.sn1.medium, ResourceType: OnDemand}\n',
    },
    {
      name: 'a cluster InstanceType covers the groups without one, "" included',
      format: 'yaml',
      text: 'Name: a\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g1: {DesiredVMCount: 1, ResourceType: OnDemand}\n  g2: {DesiredVMCount: 1, InstanceType: "", ResourceType: OnDemand}\n',
    },
    {
      name: 'the same in JSON',
      format: 'json',
      text: '{"Name": "a", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", "Groups": {"g1": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}, "g2": {"DesiredVMCount": 1, "InstanceType": "", "ResourceType": "OnDemand"}}}\n',
    },
    {
      name: 'a cluster InstanceType "" with no groups is the schema\'s InvalidInstanceType only',
      format: 'json',
      text: '{"Name": "a", "ImageId": "m-1", "InstanceType": ""}\n',
    },
    {
      name: 'a group\'s InstanceType that is not a string is the schema\'s type error; a group that is not an object, InvalidGroups.{key}',
      format: 'yaml',
      text: 'Name: a\nImageId: m-1\nGroups:\n  g1: {DesiredVMCount: 1, InstanceType: 4, ResourceType: OnDemand}\n  g2: [ecs.sn1.medium]\n',
    },
  ],
  invalid: [
    {
      name: 'no groups to look at (Groups absent): at the root',
      format: 'json',
      text: '{"Name": "a", "ImageId": "m-1"}\n',
      findings: [{ ...MISSING, pointer: '/InstanceType', line: 1, column: 1, endLine: 1, endColumn: 2, detail: ROOT_DETAIL }],
    },
    {
      name: 'no groups to look at (Groups empty): at the root',
      format: 'yaml',
      text: 'Name: a\nImageId: m-1\nGroups: {}\n',
      findings: [{ ...MISSING, pointer: '/InstanceType', line: 1, column: 1, endLine: 1, endColumn: 2, detail: ROOT_DETAIL }],
    },
    {
      name: 'a cluster InstanceType that is not a string counts as none; a group key with "/" is escaped in the pointer',
      format: 'yaml',
      text: 'Name: a\nImageId: m-1\nInstanceType: 5\nGroups:\n  a/b: {DesiredVMCount: 1, ResourceType: OnDemand}\n',
      findings: [{ ...MISSING, pointer: '/Groups/a~1b/InstanceType', line: 5, column: 3, endLine: 5, endColumn: 6, detail: groupDetail('a/b') }],
    },
    {
      name: 'the same in JSON',
      format: 'json',
      text: '{"Name": "a", "ImageId": "m-1", "InstanceType": 5, "Groups": {"a/b": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}}\n',
      findings: [{ ...MISSING, pointer: '/Groups/a~1b/InstanceType', line: 1, column: 63, endLine: 1, endColumn: 68, detail: groupDetail('a/b') }],
    },
    {
      name: 'a group written through a YAML alias is reported at its own key',
      format: 'yaml',
      text: 'Name: a\nImageId: m-1\nGroups:\n  g1: &g {DesiredVMCount: 1, ResourceType: OnDemand}\n  g2: *g\n  g3: {DesiredVMCount: 1, InstanceType: ecs.c5.large, ResourceType: OnDemand}\n',
      findings: [
        { ...MISSING, pointer: '/Groups/g1/InstanceType', line: 4, column: 3, endLine: 4, endColumn: 5, detail: groupDetail('g1') },
        { ...MISSING, pointer: '/Groups/g2/InstanceType', line: 5, column: 3, endLine: 5, endColumn: 5, detail: groupDetail('g2') },
      ],
    },
  ],
});
