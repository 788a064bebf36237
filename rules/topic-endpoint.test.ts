import { testRule } from '../test/support/rule-tester.js';
import rule from './topic-endpoint.js';

const WARNING = { code: 'InvalidNotification.Topic.Endpoint', message: 'Specified parameter Notification.Topic.Endpoint is not valid.', status: 400, severity: 'warning' } as const;
const detail = (v: string) => `Notification.Topic.Endpoint "${v}" does not start with http:// or https://; an MNS endpoint is a URL such as http://1234567890.mns.cn-hangzhou.aliyuncs.com/.`;

/** A cluster that notifies an MNS topic, in YAML. */
const yaml = (endpoint: string) => `Name: genome-align
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
Groups:
  workers: {DesiredVMCount: 2, ResourceType: OnDemand}
Notification:
  Topic:
    Name: cluster-events
    Endpoint: ${endpoint}
    Events: [OnClusterDeleted, OnInstanceActive]
`;

testRule(rule, {
  valid: [
    { name: 'an MNS endpoint URL', format: 'yaml', text: yaml('http://1234567890.mns.cn-hangzhou.aliyuncs.com/') },
    { name: 'the scheme compared without case (SPEC clarification 13)', format: 'yaml', text: yaml('HTTPS://1234567890.mns.cn-qingdao.aliyuncs.com/') },
    {
      name: 'the empty Topic the official CLI sends when no notification is wanted',
      format: 'json',
      text: '{"Name": "a", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}, "Notification": {"Topic": {"Name": "", "Endpoint": "", "Events": []}}}\n',
    },
    { name: 'an endpoint that is not a string is the schema\'s type error', format: 'yaml', text: yaml('80') },
  ],
  invalid: [
    {
      name: 'an endpoint without a scheme (the API has accepted one: a warning)',
      format: 'yaml',
      text: yaml('mns.cn-qingdao.aliyuncs.com'),
      findings: [{ ...WARNING, pointer: '/Notification/Topic/Endpoint', line: 9, column: 15, endLine: 9, endColumn: 42, detail: detail('mns.cn-qingdao.aliyuncs.com') }],
    },
    {
      name: 'another scheme, in JSON',
      format: 'json',
      text: `{
  "Name": "genome-align",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {"workers": {"DesiredVMCount": 2, "ResourceType": "OnDemand"}},
  "Notification": {"Topic": {"Name": "events", "Endpoint": "mns://1234567890.mns.cn-qingdao.aliyuncs.com/"}}
}
`,
      findings: [{ ...WARNING, pointer: '/Notification/Topic/Endpoint', line: 6, column: 60, endLine: 6, endColumn: 107, detail: detail('mns://1234567890.mns.cn-qingdao.aliyuncs.com/') }],
    },
    {
      name: 'one in each document of a YAML stream',
      format: 'yaml',
      text: `${yaml('mns.cn-qingdao.aliyuncs.com')}---\n${yaml('tcp://10.0.0.5:80')}`,
      findings: [
        { ...WARNING, pointer: '/Notification/Topic/Endpoint', document: 0, line: 9, column: 15, detail: detail('mns.cn-qingdao.aliyuncs.com') },
        { ...WARNING, pointer: '/Notification/Topic/Endpoint', document: 1, line: 20, column: 15, detail: detail('tcp://10.0.0.5:80') },
      ],
    },
  ],
});
