import { defineRule, get, quote } from '../src/api/rule-api.js';

const POINTER = '/Notification/Topic/Endpoint';

/**
 * `Notification.Topic.Endpoint` is an MNS endpoint URL (`http://[UserId].mns.[Region].aliyuncs.com/`
 * on the reference page). `""` means no endpoint, as an absent one does: the official CLI sends a
 * Topic of empty strings when no notification is wanted (EVIDENCE: batchcompute-cli
 * `create_cluster()`). A non-empty endpoint without `http://` or `https://` (schemes compared
 * without case, SPEC clarification 13) is `InvalidNotification.Topic.Endpoint` as a warning: the
 * API has accepted `mns.cn-qingdao.aliyuncs.com` (EVIDENCE: the Java SDK's `ClusterTest`). A
 * value that is not a string is the schema's type error.
 */
export default defineRule({
  id: 'topic-endpoint',
  dialect: 'batchcompute',
  docs: 'A non-empty Notification.Topic.Endpoint starts with http:// or https://, else a warning; "" is no endpoint (EVIDENCE: the CLI sends "", the Java SDK test an endpoint without a scheme).',
  codes: ['InvalidNotification.Topic.Endpoint'],
  check({ data, report }) {
    const value = get(data, POINTER);
    if (typeof value !== 'string' || value === '' || /^https?:\/\//i.test(value)) return;
    report.invalid(POINTER, 'format', {
      severity: 'warning',
      detail: `Notification.Topic.Endpoint ${quote(value)} does not start with http:// or https://; an MNS endpoint is a URL such as http://1234567890.mns.cn-hangzhou.aliyuncs.com/.`,
    });
  },
});
