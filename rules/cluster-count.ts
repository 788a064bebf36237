import { defineCrossFileRule } from '../src/api/rule-api.js';

/** Every Batch Compute cluster beyond the configured MaxClusterCount, counted over the run in sorted order (403 row). */
export default defineCrossFileRule({
  id: 'cluster-count',
  docs: 'The Batch Compute clusters of one run stay within the MaxClusterCount quota set in the config.',
  codes: ['QuotaExhausted.MaxClusterCount'],
  check({ summaries, config, report }) {
    const max = config.quotas?.MaxClusterCount;
    if (max === undefined) return;
    const clusters = summaries.filter((s) => s.dialect === 'batchcompute');
    clusters.forEach((s, i) => {
      if (i < max) return;
      report(s).api('QuotaExhausted.MaxClusterCount', '', {
        value: max,
        target: 'container',
        detail: `This is cluster ${i + 1} of this run; the quota allows ${max}.`,
      });
    });
  },
});
