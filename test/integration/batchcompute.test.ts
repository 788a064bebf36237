/**
 * Integration table for what issue 12 changed in the Batch Compute dialect (SPEC §3, §4, §4a and
 * clarifications 4, 5, 7, 13): the schema pass and every rule together, where they meet — one
 * finding per parameter, a rule's finding beside the schema's, what a rule leaves to the schema.
 * Each case is written in YAML and in JSON and asserts the exact lines of the whole run: position,
 * severity, code, status, pointer, message and detail. What one rule finds alone is tested beside
 * the rule (rules/<id>.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ClusterlintConfig } from '../../src/config/config-types.js';
import { goldenLine, lintText } from '../helpers.js';

interface Case {
  yaml: string;
  json: string;
  /** Golden lines for the YAML text, then for the JSON text. */
  yamlLines: string[];
  jsonLines: string[];
  config?: ClusterlintConfig;
}

const lines = (text: string, name: string, config: ClusterlintConfig = {}) => lintText(text, name, { config }).map(goldenLine);

function table(cases: Record<string, Case>): void {
  for (const [title, c] of Object.entries(cases)) {
    it(`${title} (YAML)`, () => expect(lines(c.yaml, 'spec.yaml', c.config)).toEqual(c.yamlLines));
    it(`${title} (JSON)`, () => expect(lines(c.json, 'spec.json', c.config)).toEqual(c.jsonLines));
  }
}

const MISSING_TYPE = 'error MissingInstanceType 400';
const MISSING_TYPE_MESSAGE = 'InstanceType is mandatory for this action.';
const groupDetail = (name: string) => `Group "${name}" has no InstanceType and the cluster sets none; set it in the group or for the whole cluster.`;

describe('instance-type-required beside the schema\'s Groups and InstanceType checks, and the config allow-list', () => {
  table({
    'groups that all name their own, and no cluster InstanceType: nothing': {
      yaml: 'Name: a\nImageId: m-1\nGroups:\n  g1: {DesiredVMCount: 1, InstanceType: ecs.sn1.medium, ResourceType: OnDemand}\n',
      json: '{"Name": "a", "ImageId": "m-1", "Groups": {"g1": {"DesiredVMCount": 1, "InstanceType": "ecs.sn1.medium", "ResourceType": "OnDemand"}}}\n',
      yamlLines: [],
      jsonLines: [],
    },
    'a cluster InstanceType covers the groups without one, "" included': {
      yaml: 'Name: a\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g1: {DesiredVMCount: 1, ResourceType: OnDemand}\n  g2: {DesiredVMCount: 1, InstanceType: "", ResourceType: OnDemand}\n',
      json: '{"Name": "a", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", "Groups": {"g1": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}, "g2": {"DesiredVMCount": 1, "InstanceType": "", "ResourceType": "OnDemand"}}}\n',
      yamlLines: [],
      jsonLines: [],
    },
    'no groups to look at (Groups absent): at the root, as before': {
      yaml: 'Name: a\nImageId: m-1\n',
      json: '{"Name": "a", "ImageId": "m-1"}\n',
      yamlLines: [
        '1:1-1:2 error MissingGroups 400 /Groups Groups is mandatory for this action.',
        `1:1-1:2 ${MISSING_TYPE} /InstanceType ${MISSING_TYPE_MESSAGE} | Set InstanceType for the cluster, or in each of its groups.`,
      ],
      jsonLines: [
        '1:1-1:2 error MissingGroups 400 /Groups Groups is mandatory for this action.',
        `1:1-1:2 ${MISSING_TYPE} /InstanceType ${MISSING_TYPE_MESSAGE} | Set InstanceType for the cluster, or in each of its groups.`,
      ],
    },
    'no groups to look at (Groups empty): at the root, besides InvalidGroups': {
      yaml: 'Name: a\nImageId: m-1\nGroups: {}\n',
      json: '{\n  "Name": "a",\n  "ImageId": "m-1",\n  "Groups": {}\n}\n',
      yamlLines: [
        `1:1-1:2 ${MISSING_TYPE} /InstanceType ${MISSING_TYPE_MESSAGE} | Set InstanceType for the cluster, or in each of its groups.`,
        '3:1-3:7 error InvalidGroups 400 /Groups Specified parameter Groups is not valid. | Groups is empty; at least 1 member is required.',
      ],
      jsonLines: [
        `1:1-1:2 ${MISSING_TYPE} /InstanceType ${MISSING_TYPE_MESSAGE} | Set InstanceType for the cluster, or in each of its groups.`,
        '4:3-4:11 error InvalidGroups 400 /Groups Specified parameter Groups is not valid. | Groups is empty; at least 1 member is required.',
      ],
    },
    'a cluster InstanceType that is not a string counts as none, and keeps its own type error; a group key with "/" is escaped in the pointer': {
      yaml: 'Name: a\nImageId: m-1\nInstanceType: 5\nGroups:\n  a/b: {DesiredVMCount: 1, ResourceType: OnDemand}\n',
      json: '{"Name": "a", "ImageId": "m-1", "InstanceType": 5, "Groups": {"a/b": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}}\n',
      yamlLines: [
        '3:15-3:16 error InvalidInstanceType 400 /InstanceType Specified parameter InstanceType is not valid. | InstanceType is a number (5); it must be a string.',
        `5:3-5:6 ${MISSING_TYPE} /Groups/a~1b/InstanceType ${MISSING_TYPE_MESSAGE} | ${groupDetail('a/b')}`,
      ],
      jsonLines: [
        '1:49-1:50 error InvalidInstanceType 400 /InstanceType Specified parameter InstanceType is not valid. | InstanceType is a number (5); it must be a string.',
        `1:63-1:68 ${MISSING_TYPE} /Groups/a~1b/InstanceType ${MISSING_TYPE_MESSAGE} | ${groupDetail('a/b')}`,
      ],
    },
    'a cluster InstanceType "" with no groups is InvalidInstanceType only': {
      yaml: 'Name: a\nImageId: m-1\nInstanceType: ""\n',
      json: '{"Name": "a", "ImageId": "m-1", "InstanceType": ""}\n',
      yamlLines: [
        '1:1-1:2 error MissingGroups 400 /Groups Groups is mandatory for this action.',
        '3:15-3:17 error InvalidInstanceType 400 /InstanceType Specified parameter InstanceType is not valid. | InstanceType "" is not valid: an instance type is bcs. or ecs., a family, a dot and a size, such as ecs.sn1.medium.',
      ],
      jsonLines: [
        '1:1-1:2 error MissingGroups 400 /Groups Groups is mandatory for this action.',
        '1:49-1:51 error InvalidInstanceType 400 /InstanceType Specified parameter InstanceType is not valid. | InstanceType "" is not valid: an instance type is bcs. or ecs., a family, a dot and a size, such as ecs.sn1.medium.',
      ],
    },
    'a group written through a YAML alias is reported at its key; the config allow-list applies to group types': {
      yaml: 'Name: a\nImageId: m-1\nGroups:\n  g1: &g {DesiredVMCount: 1, ResourceType: OnDemand}\n  g2: *g\n  g3: {DesiredVMCount: 1, InstanceType: ecs.c5.large, ResourceType: OnDemand}\n',
      json: '{"Name": "a", "ImageId": "m-1", "Groups": {"g3": {"DesiredVMCount": 1, "InstanceType": "ecs.c5.large", "ResourceType": "OnDemand"}}}\n',
      config: { instanceTypes: ['ecs.sn1.medium'] },
      yamlLines: [
        `4:3-4:5 ${MISSING_TYPE} /Groups/g1/InstanceType ${MISSING_TYPE_MESSAGE} | ${groupDetail('g1')}`,
        `5:3-5:5 ${MISSING_TYPE} /Groups/g2/InstanceType ${MISSING_TYPE_MESSAGE} | ${groupDetail('g2')}`,
        '6:41-6:53 error InvalidInstanceType 400 /Groups/g3/InstanceType Specified parameter InstanceType is not valid. | ecs.c5.large is not in the config\'s instanceTypes (ecs.sn1.medium).',
      ],
      jsonLines: [
        '1:88-1:102 error InvalidInstanceType 400 /Groups/g3/InstanceType Specified parameter InstanceType is not valid. | ecs.c5.large is not in the config\'s instanceTypes (ecs.sn1.medium).',
      ],
    },
  });
});

/** A valid body in YAML and JSON with some lines added: the cluster's fields, one group `g`. */
const bodies = (yamlExtra: string, jsonExtra: string, group = '') => ({
  yaml: `Name: a\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 1, ResourceType: OnDemand${group ? `, ${group}` : ''}}\n${yamlExtra}`,
  json: `{"Name": "a", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"${group ? `, ${group}` : ''}}}${jsonExtra}}\n`,
});

describe('topic-endpoint leaves to the schema what is not a string, and the events', () => {
  it('a value that is not a string is the schema\'s error, reported once', () => {
    const { yaml } = bodies('Notification:\n  Topic: {Endpoint: 80}\n', '');
    expect(lines(yaml, 'spec.yaml')).toEqual([
      '7:21-7:23 error InvalidNotification.Topic.Endpoint 400 /Notification/Topic/Endpoint Specified parameter Notification.Topic.Endpoint is not valid. | Notification.Topic.Endpoint is a number (80); it must be a string.',
    ]);
  });

  it('a job event gets a detail saying it is for jobs', () => {
    const { yaml } = bodies('Notification:\n  Topic:\n    Events: [OnJobFailed]\n', '');
    expect(lines(yaml, 'spec.yaml')).toEqual([
      '8:14-8:25 error InvalidNotification.Topic.Events 400 /Notification/Topic/Events/0 Specified parameter Notification.Topic.Events is not valid. | Notification.Topic.Events[0] is "OnJobFailed", a job event (jobs set their own notifications in CreateJob); allowed values are "OnClusterDeleted", "OnInstanceCreated", "OnInstanceActive".',
    ]);
  });
});

describe('image-id-prefix leaves the empty id to the schema', () => {
  it('the cluster\'s ImageId "" is the length row only (an error), never the warning', () => {
    const yaml = 'Name: a\nImageId: ""\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 1, ResourceType: OnDemand}\n';
    expect(lines(yaml, 'spec.yaml')).toEqual([
      '2:10-2:12 error InvalidImageId 400 /ImageId Specified parameter ImageId is not valid. Its length must be in [1, 256]. | ImageId is empty; at least 1 character is required.',
    ]);
  });
});

describe('empty-group, integer-literal and the schema on DesiredVMCount: one finding per parameter', () => {
  const message = 'Specified parameter DesiredVMCount is not valid. It must be in [1, 65536].';
  const group = (count: string) => ({
    yaml: `Name: a\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: ${count}, ResourceType: OnDemand}\n`,
    json: `{"Name": "a", "ImageId": "m-1", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": ${count}, "ResourceType": "OnDemand"}}}\n`,
  });
  table({
    '0.0 is the type error, which wins for the parameter': {
      ...group('0.0'),
      yamlLines: ['5:23-5:26 error InvalidDesiredVMCount 400 /Groups/g/DesiredVMCount Specified parameter DesiredVMCount is not valid. Its type must be integer. | The value is written with a fraction or exponent; write it as the integer 0.'],
      jsonLines: ['1:102-1:105 error InvalidDesiredVMCount 400 /Groups/g/DesiredVMCount Specified parameter DesiredVMCount is not valid. Its type must be integer. | The value is written with a fraction or exponent; write it as the integer 0.'],
    },
    '-1 stays an error': {
      ...group('-1'),
      yamlLines: [`5:23-5:25 error InvalidDesiredVMCount 400 /Groups/g/DesiredVMCount ${message} | Groups.g.DesiredVMCount is -1; the smallest allowed value is 0 (an empty group of 0 VMs is accepted with a warning; the documented range starts at 1).`],
      jsonLines: [`1:102-1:104 error InvalidDesiredVMCount 400 /Groups/g/DesiredVMCount ${message} | Groups.g.DesiredVMCount is -1; the smallest allowed value is 0 (an empty group of 0 VMs is accepted with a warning; the documented range starts at 1).`],
    },
  });
});

describe('mount entry sources and the fields of SPEC §4a', () => {
  table({
    'a mount source\'s scheme is compared without case; another scheme is an error': {
      ...bodies(
        'Configs:\n  Mounts:\n    Entries:\n      - {Source: Oss://b/in/, Destination: /in, WriteSupport: false}\n      - {Source: s3://b/out/, Destination: /out, WriteSupport: true}\n',
        ', "Configs": {"Mounts": {"Entries": [{"Source": "NAS://fs/in/", "Destination": "/in", "WriteSupport": false}, {"Source": "s3://b/out/", "Destination": "/out", "WriteSupport": true}]}}',
      ),
      yamlLines: ['10:18-10:29 error InvalidConfigs.Mounts.Entries.Source 400 /Configs/Mounts/Entries/1/Source Specified parameter Configs.Mounts.Entries.Source is not valid. | Configs.Mounts.Entries[1].Source "s3://b/out/" is not valid: a mount source starts with oss:// or nas://.'],
      jsonLines: ['1:254-1:267 error InvalidConfigs.Mounts.Entries.Source 400 /Configs/Mounts/Entries/1/Source Specified parameter Configs.Mounts.Entries.Source is not valid. | Configs.Mounts.Entries[1].Source "s3://b/out/" is not valid: a mount source starts with oss:// or nas://.'],
    },
    'the fields beyond the English page are part of the dialect, never UnknownParameter': {
      ...bodies(
        'Bootstrap: ""\nEnvVars: {A: b}\nScheduleType: LowLatency\nDependencyIsvService: ""\nPasswordInherit: true\n',
        ', "Bootstrap": "", "EnvVars": {"A": "b"}, "ScheduleType": "Poll", "DependencyIsvService": "", "PasswordInherit": true',
        '"HostnamePrefix": "w", "ImageId": "img-x", "Mode": ""',
      ),
      yamlLines: [],
      jsonLines: [],
    },
  });
});

describe('UnknownParameter: says what the documents say, never what the API does with the key', () => {
  table({
    'at the root, with the nearest known name; in a group, without one': {
      ...bodies('Bootstap: x\n', ', "Colour": "red"', '"Size": 2'),
      yamlLines: [
        '5:50-5:56 warning UnknownParameter - /Groups/g/Size The parameter is not defined for this action. | "Size" is not a field of Groups.g in the documented request body.',
        '6:1-6:9 warning UnknownParameter - /Bootstap The parameter is not defined for this action. | "Bootstap" is not a field in the documented request body. Did you mean "Bootstrap"?',
      ],
      jsonLines: [
        '1:133-1:139 warning UnknownParameter - /Groups/g/Size The parameter is not defined for this action. | "Size" is not a field of Groups.g in the documented request body.',
        '1:146-1:154 warning UnknownParameter - /Colour The parameter is not defined for this action. | "Colour" is not a field in the documented request body.',
      ],
    },
  });
});
