import { defineRule, child, get, isObject, numberAsWritten } from '../src/api/rule-api.js';

/**
 * The account quotas of one cluster, as set in the config (none are published, so none are
 * built in): MaxClusterGroupCount at the Groups key, MaxClusterGroupDesiredVMCount at each
 * DesiredVMCount, and forbidden Express Connect router types (403 rows of the API table).
 */
export default defineRule({
  id: 'quotas',
  dialect: 'batchcompute',
  docs: 'Groups, VMs per group and router types stay within the quotas set in the config (403 QuotaExhausted rows).',
  codes: ['QuotaExhausted.MaxClusterGroupCount', 'QuotaExhausted.MaxClusterGroupDesiredVMCount', 'QuotaExhausted.Configs.Networks.VPC.OppositeRouterType'],
  check({ data, config, report, source }) {
    const quotas = config.quotas ?? {};
    const groups = data.Groups;
    if (isObject(groups)) {
      const maxGroups = quotas.MaxClusterGroupCount;
      const count = maxGroups === undefined ? 0 : Object.keys(groups).length;
      if (maxGroups !== undefined && count > maxGroups) {
        report.api('QuotaExhausted.MaxClusterGroupCount', '/Groups', {
          value: maxGroups,
          target: 'container',
          detail: `The cluster has ${count} groups; the quota allows ${maxGroups}.`,
        });
      }
      const maxVms = quotas.MaxClusterGroupDesiredVMCount;
      if (maxVms !== undefined) {
        for (const name in groups) {
          const group = groups[name];
          const count = isObject(group) ? group.DesiredVMCount : undefined;
          if (typeof count === 'number' && Number.isInteger(count) && count > maxVms) {
            const at = child(child('/Groups', name), 'DesiredVMCount');
            report.api('QuotaExhausted.MaxClusterGroupDesiredVMCount', at, {
              value: maxVms,
              detail: `Group "${name}" asks for ${numberAsWritten(count, source(at))} VMs; the quota allows ${maxVms}.`,
            });
          }
        }
      }
    }
    const routerType = get(data, '/Configs/Networks/VPC/OppositeRouterType');
    if (typeof routerType === 'string' && routerType !== '' && config.forbiddenOppositeRouterTypes?.includes(routerType)) {
      report.api('QuotaExhausted.Configs.Networks.VPC.OppositeRouterType', '/Configs/Networks/VPC/OppositeRouterType', {
        value: routerType,
        detail: `The config's forbiddenOppositeRouterTypes lists ${routerType}.`,
      });
    }
  },
});
