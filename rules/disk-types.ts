import { defineRule, get } from '../src/api/rule-api.js';

const SYSTEM = '/Configs/Disks/SystemDisk/Type';
const DATA = '/Configs/Disks/DataDisk/Type';

/** The data disk's category must be the system disk's when both are given (SPEC §4, Configs.Disks). */
export default defineRule({
  id: 'disk-types',
  dialect: 'batchcompute',
  docs: 'DataDisk.Type must equal SystemDisk.Type when both are non-empty (SPEC §4 Configs.Disks: the project\'s reading of the disk parameters; no error row).',
  codes: ['InvalidConfigs.Disks.DataDisk.Type'],
  check({ data, report, schema }) {
    const system = get(data, SYSTEM);
    const dataType = get(data, DATA);
    // Only two valid, non-empty categories can disagree; an invalid one is the schema's to report.
    const valid = (pointer: string, v: unknown): v is string => typeof v === 'string' && v !== '' && (schema(pointer)?.enum ?? []).includes(v);
    if (!valid(SYSTEM, system) || !valid(DATA, dataType) || system === dataType) return;
    report.invalid(DATA, 'format', { detail: `DataDisk.Type is "${dataType}" but SystemDisk.Type is "${system}"; both disks must have the same category.` });
  },
});
