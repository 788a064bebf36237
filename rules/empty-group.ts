import { defineRule, child, isObject } from '../src/api/rule-api.js';

/**
 * `DesiredVMCount: 0`: the reference page's row says [1, 65536], but the API creates a group of 0
 * VMs, an empty group to be scaled later (EVIDENCE: the Java SDK's `ClusterTest.testCluster2`
 * asserts 201 and reads the 0 back; the SDK writes 0 on purpose, and the CLI allows it). So 0 is
 * the documented `InvalidDesiredVMCount` range row as a warning (SPEC §4). The schema accepts 0 so
 * that editors agree; other values outside the range are its errors, and `3.0`-style integers are
 * `integer-literal`'s type error, which wins for the parameter.
 */
export default defineRule({
  id: 'empty-group',
  dialect: 'batchcompute',
  docs: 'DesiredVMCount 0 (an empty group, scaled later) is InvalidDesiredVMCount as a warning (seed row [1, 65536]; EVIDENCE: the Java SDK test creates a 0-VM group, 201).',
  codes: ['InvalidDesiredVMCount'],
  check({ data, report }) {
    const groups = data.Groups;
    if (!isObject(groups)) return;
    for (const name in groups) {
      const group = groups[name];
      if (!isObject(group) || group.DesiredVMCount !== 0) continue;
      report.invalid(child(child('/Groups', name), 'DesiredVMCount'), 'bounds', {
        severity: 'warning',
        detail: `Group "${name}" asks for 0 VMs: the API accepts 0 and creates an empty group, to be scaled later; the documented range starts at 1.`,
      });
    }
  },
});
