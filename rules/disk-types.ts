import { defineRule, get } from '../src/rule-api.js';

const SYSTEM = '/Configs/Disks/SystemDisk/Type';
const DATA = '/Configs/Disks/DataDisk/Type';

/** The data disk's category must be the system disk's when both are given (SPEC §4, Configs.Disks). */
export default defineRule({
  id: 'disk-types',
  dialect: 'batchcompute',
  docs: 'DataDisk.Type must equal SystemDisk.Type when both are non-empty (SPEC §4, Batch Compute disks).',
  codes: ['InvalidConfigs.Disks.DataDisk.Type'],
  check({ data, report }) {
    const system = get(data, SYSTEM);
    const dataType = get(data, DATA);
    if (typeof system !== 'string' || typeof dataType !== 'string' || system === '' || dataType === '' || system === dataType) return;
    report.invalid(DATA, 'format', { detail: `DataDisk.Type is "${dataType}" but SystemDisk.Type is "${system}"; both disks must have the same category.` });
  },
});
