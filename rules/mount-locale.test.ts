import { testRule } from '../test/support/rule-tester.js';
import rule from './mount-locale.js';

const WARNING = { code: 'InvalidConfigs.Mounts.Locale', message: 'Specified parameter Configs.Mounts.Locale is not valid.', status: 400, severity: 'warning' } as const;

/** A cluster that mounts an OSS bucket, with the Locale written as given. */
const yaml = (locale: string) => `Name: log-index
ImageId: img-ubuntu
InstanceType: ecs.sn1.medium
Groups:
  g: {DesiredVMCount: 1, ResourceType: OnDemand}
Configs:
  Mounts:
    Locale: ${locale}
    Lock: false
    Entries:
      - {Source: "oss://logs-bucket/raw/", Destination: /data/raw, WriteSupport: false}
`;

testRule(rule, {
  valid: [
    { name: 'GBK', format: 'yaml', text: yaml('GBK') },
    { name: 'UTF-8', format: 'json', text: '{"Name": "a", "ImageId": "img-ubuntu", "InstanceType": "ecs.sn1.medium", "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}}, "Configs": {"Mounts": {"Locale": "UTF-8"}}}\n' },
    { name: 'a value that is not a string is the schema\'s', format: 'yaml', text: yaml('8') },
  ],
  invalid: [
    {
      name: 'lower case, with the nearest documented value',
      format: 'yaml',
      text: yaml('gbk'),
      findings: [{ ...WARNING, pointer: '/Configs/Mounts/Locale', line: 8, column: 13, endLine: 8, endColumn: 16, detail: 'Configs.Mounts.Locale is "gbk"; the documented values are "GBK", "UTF-8". Did you mean "GBK"?' }],
    },
    {
      name: 'a character set of another name, without a suggestion',
      format: 'json',
      text: `{
  "Name": "log-index",
  "ImageId": "img-ubuntu",
  "InstanceType": "ecs.sn1.medium",
  "Groups": {"g": {"DesiredVMCount": 1, "ResourceType": "OnDemand"}},
  "Configs": {"Mounts": {"Locale": "ISO-8859-1"}}
}
`,
      findings: [{ ...WARNING, pointer: '/Configs/Mounts/Locale', line: 6, column: 36, endLine: 6, endColumn: 48, detail: 'Configs.Mounts.Locale is "ISO-8859-1"; the documented values are "GBK", "UTF-8".' }],
    },
    {
      name: 'one per document of a YAML stream',
      format: 'yaml',
      text: `${yaml('utf8')}---\n${yaml('"utf-8"')}`,
      findings: [
        { ...WARNING, pointer: '/Configs/Mounts/Locale', document: 0, line: 8, column: 13, detail: 'Configs.Mounts.Locale is "utf8"; the documented values are "GBK", "UTF-8". Did you mean "UTF-8"?' },
        { ...WARNING, pointer: '/Configs/Mounts/Locale', document: 1, line: 20, column: 13, detail: 'Configs.Mounts.Locale is "utf-8"; the documented values are "GBK", "UTF-8". Did you mean "UTF-8"?' },
      ],
    },
  ],
});
