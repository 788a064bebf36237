import { defineRule, get } from '../src/rule-api.js';

/**
 * A number the API wants as an integer must be written as one: `3.0` and `1e2` parse to whole
 * numbers but the API reads them as floats and rejects them (e.g. InvalidDesiredVMCount, "Its type
 * must be integer"). Reported as the parameter's type check.
 */
export default defineRule({
  id: 'integer-literal',
  dialect: 'any',
  docs: 'Integer parameters are written without a fraction or exponent (type check of the parameter).',
  codes: ['InvalidDesiredVMCount'],
  check({ document, data, report, schema }) {
    for (const pointer of document.floatIntegers) {
      if (schema(pointer)?.type !== 'integer') continue;
      const value = get(data, pointer);
      report.invalid(pointer, 'type', { detail: `The value is written with a fraction or exponent; write it as the integer ${String(value)}.` });
    }
  },
});
