import { defineRule, child, isObject } from '../src/api/rule-api.js';

/** Only a non-empty string names an instance type (SPEC clarification 5): `""` means "as the cluster's". */
function named(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

/**
 * Every group needs an instance type, its own or the cluster's (SPEC §4 group `InstanceType`). The
 * English reference page marks the cluster's `InstanceType` as required, but Alibaba's SDKs and the
 * API's own tests create clusters that name it only per group (EVIDENCE: the Python SDK's
 * `ClusterDescription.required`, the Java SDK's `ClusterTest`, the Node SDK's API model and test),
 * so the documented `MissingInstanceType` row is reported where the type is really missing: at
 * each group's key when the cluster has none, or at the root when there is no group to look at.
 * A value that is present but not a string is the schema's type error, reported alone (one
 * finding per parameter); a group that is not an object gets only `InvalidGroups.{key}`.
 */
export default defineRule({
  id: 'instance-type-required',
  dialect: 'batchcompute',
  docs: "Every group needs an instance type, its own or the cluster's (seed row MissingInstanceType; EVIDENCE: the SDKs and the API's tests create clusters that name it only per group).",
  codes: ['MissingInstanceType'],
  check({ data, report }) {
    const cluster = data.InstanceType;
    if (named(cluster)) return;
    const groups = isObject(data.Groups) ? Object.entries(data.Groups) : [];
    if (groups.length === 0) {
      // `""` or a value of another type is the schema's InvalidInstanceType, which a Missing at the
      // same pointer would hide.
      if (cluster === undefined) {
        report.missing('/InstanceType', { detail: 'Set InstanceType for the cluster, or in each of its groups.' });
      }
      return;
    }
    for (const [name, group] of groups) {
      if (!isObject(group)) continue;
      const own = group.InstanceType;
      if (named(own) || (own !== undefined && typeof own !== 'string')) continue;
      report.missing(child(child('/Groups', name), 'InstanceType'), {
        detail: `Group "${name}" has no InstanceType and the cluster sets none; set it in the group or for the whole cluster.`,
      });
    }
  },
});
