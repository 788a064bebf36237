import { defineRule, exactInteger, get } from '../src/api/rule-api.js';

/**
 * A number the API wants as an integer must be written as one: `3.0` and `1e2` parse to whole
 * numbers but the API reads them as floats and rejects them (e.g. InvalidDesiredVMCount, "Its type
 * must be integer"). Reported as the parameter's type check.
 */
export default defineRule({
  id: 'integer-literal',
  dialect: 'any',
  docs: 'Integer parameters are written without a fraction or exponent (the type rows, e.g. InvalidDesiredVMCount "Its type must be integer"; SPEC §4).',
  // The type check of every parameter the two schemas type as integer: the documented row of
  // DesiredVMCount, the template for the others. test/meta.test.ts checks the list against the schemas.
  codes: [
    'InvalidDesiredVMCount',
    'InvalidConfigs.Disks.SystemDisk.Size',
    'InvalidConfigs.Disks.DataDisk.Size',
    'InvalidConfigs.Mounts.CacheBlockSize',
    'InvalidConfigs.Mounts.CacheTotalSize',
    'InvalidConfigs.Mounts.RefreshTimeOut',
    'InvalidSize',
    'InvalidDataDiskSize',
  ],
  check({ data, report, source, integersWrittenAsFloats }) {
    for (const pointer of integersWrittenAsFloats()) {
      const value = get(data, pointer);
      // Whole digits here were made a float by a tag (`!!float 2`, YAML): the tag goes too.
      const written = source(pointer) ?? '';
      const tagged = /^[-+]?\d+$/.test(written);
      const detail = tagged
        ? `The value is tagged !!float, which makes it a float; write it as the integer ${String(value)}, without the tag.`
        : `The value is written with a fraction or exponent; write it as the integer ${String(value)}.`;
      // The integer the literal stands for exactly (`1e2` → 100), worked on its digits (SPEC §10, clarification 8).
      const exact = tagged ? undefined : exactInteger(written);
      report.invalid(pointer, 'type', { detail, ...(exact !== undefined ? { fix: { from: written, to: exact, quotes: 'none' } } : {}) });
    }
  },
});
