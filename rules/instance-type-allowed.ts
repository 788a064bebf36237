import { defineRule, child, isObject } from '../src/rule-api.js';

/** When the config lists `instanceTypes`, every instance type of the spec must be one of them (SPEC §4 InstanceType). */
export default defineRule({
  id: 'instance-type-allowed',
  dialect: 'batchcompute',
  docs: 'Instance types come from the config allow-list `instanceTypes`, when it is set.',
  codes: ['InvalidInstanceType'],
  check({ data, config, report }) {
    const allowed = config.instanceTypes;
    if (!allowed) return;
    const check = (pointer: string, value: unknown) => {
      if (typeof value !== 'string' || value === '' || allowed.includes(value)) return;
      report.invalid(pointer, 'format', { detail: `${value} is not in the config's instanceTypes (${allowed.join(', ')}).` });
    };
    check('/InstanceType', data.InstanceType);
    if (isObject(data.Groups)) {
      for (const [name, group] of Object.entries(data.Groups)) if (isObject(group)) check(child(child('/Groups', name), 'InstanceType'), group.InstanceType);
    }
  },
});
