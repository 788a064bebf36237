import { defineRule, child, get, isObject } from '../src/api/rule-api.js';

const DISKS = ['/Configs/Disks/SystemDisk/Type', '/Configs/Disks/DataDisk/Type'];

/**
 * bcs.* instance types: the Batch Compute user guide says VPC clusters do not support them and
 * that they only take ephemeral disks. The API reference's own example breaks both, so these are
 * warnings (SPEC §3).
 */
export default defineRule({
  id: 'bcs-instance-type',
  dialect: 'batchcompute',
  docs: 'bcs.* instance types are not for VPC clusters and take only ephemeral disks (Batch Compute user guide).',
  codes: ['BcsInstanceTypeInVpc', 'BcsInstanceTypeDiskType'],
  check({ data, report }) {
    // The list is made only when a bcs.* type is found: a clean body allocates nothing here.
    let uses: string[] | undefined;
    if (isBcs(data.InstanceType)) uses = ['/InstanceType'];
    const groups = data.Groups;
    if (isObject(groups)) {
      for (const name in groups) {
        const group = groups[name];
        if (isObject(group) && isBcs(group.InstanceType)) (uses ??= []).push(child(child('/Groups', name), 'InstanceType'));
      }
    }
    if (uses === undefined) return;
    if (isObject(get(data, '/Configs/Networks/VPC'))) {
      for (const at of uses) report.lint('BcsInstanceTypeInVpc', at, { detail: `${get(data, at)} is a bcs.* type; use an ecs.* type in a VPC cluster.` });
    }
    for (const at of DISKS) {
      const type = get(data, at);
      if (typeof type === 'string' && type !== '' && type !== 'ephemeral') {
        report.lint('BcsInstanceTypeDiskType', at, { detail: `The disk type is "${type}", but ${get(data, uses[0]!)} only supports ephemeral disks.` });
      }
    }
  },
});

function isBcs(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('bcs.');
}
