import { defineRule, child, isObject, type DialectName } from '../src/api/rule-api.js';

/** Where each dialect writes instance types: the cluster's, and for Batch Compute each group's. */
function instanceTypes(dialect: DialectName, data: Record<string, unknown>): Array<[pointer: string, value: unknown]> {
  if (dialect === 'containerservice') return [['/instance_type', data.instance_type]];
  const found: Array<[string, unknown]> = [['/InstanceType', data.InstanceType]];
  if (isObject(data.Groups)) {
    for (const [name, group] of Object.entries(data.Groups)) if (isObject(group)) found.push([child(child('/Groups', name), 'InstanceType'), group.InstanceType]);
  }
  return found;
}

/**
 * When the config lists `instanceTypes`, every instance type of the spec must be one of them
 * (SPEC §4 InstanceType; SPEC §5 applies the same to Container Service `instance_type`).
 */
export default defineRule({
  id: 'instance-type-allowed',
  dialect: 'any',
  docs: 'Instance types, the cluster\'s and each group\'s, come from the config allow-list `instanceTypes`, when it is set (SPEC §4, §6: the project\'s own setting).',
  codes: ['InvalidInstanceType'],
  check({ dialect, data, config, report }) {
    const allowed = config.instanceTypes;
    if (!allowed) return;
    for (const [pointer, value] of instanceTypes(dialect, data)) {
      if (typeof value !== 'string' || value === '' || allowed.includes(value)) continue;
      report.invalid(pointer, 'format', { detail: `${value} is not in the config's instanceTypes (${allowed.join(', ')}).` });
    }
  },
});
