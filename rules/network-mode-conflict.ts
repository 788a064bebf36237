import { defineRule, get, isObject } from '../src/api/rule-api.js';

/** Classic network and VPC exclude each other (Batch Compute user guide); a warning, at the Classic key. */
export default defineRule({
  id: 'network-mode-conflict',
  dialect: 'batchcompute',
  docs: 'Networks.Classic with a non-empty list and Networks.VPC exclude each other (Batch Compute user guide).',
  codes: ['NetworkModeConflict'],
  check({ data, report }) {
    const classic = get(data, '/Configs/Networks/Classic');
    if (!isObject(classic) || !isObject(get(data, '/Configs/Networks/VPC'))) return;
    const used = Object.keys(classic).filter((k) => Array.isArray(classic[k]) && (classic[k] as unknown[]).length > 0);
    if (used.length === 0) return;
    report.lint('NetworkModeConflict', '/Configs/Networks/Classic', {
      target: 'key',
      detail: `Classic sets ${used.join(', ')} while VPC is set; keep only one network mode.`,
    });
  },
});
