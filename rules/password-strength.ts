import { defineRule } from '../src/api/rule-api.js';

/** The four classes of the ECS password rule; "special" is whatever the schema's character set allows besides letters and digits. */
const CLASSES = [
  { name: 'upper case letters', test: /[A-Z]/ },
  { name: 'lower case letters', test: /[a-z]/ },
  { name: 'digits', test: /[0-9]/ },
  { name: 'special characters', test: /[^A-Za-z0-9]/ },
] as const;

/** How many classes a password must mix (SPEC §5, the ECS instance password rule). */
const REQUIRED_CLASSES = 3;

/**
 * Container Service `password`: besides the length and the allowed characters (the schema's
 * checks, reported first), the ECS root password must mix at least three of upper case, lower
 * case, digits and special characters (SPEC §5). The detail names the classes present, never the
 * password or any of its characters.
 */
export default defineRule({
  id: 'password-strength',
  dialect: 'containerservice',
  docs: 'The root password mixes at least three of upper case, lower case, digits and special characters (SPEC §5; source: the ECS instance password rule, the seed names only the root password).',
  codes: ['InvalidPassword'],
  check({ data, report, schema }) {
    const value = data.password;
    const node = schema('/password');
    if (typeof value !== 'string' || !node) return;
    // Length and characters belong to the schema: judge the mix only of a password that passes them.
    const length = [...value].length;
    if (length < (node.minLength ?? 0) || length > (node.maxLength ?? Infinity)) return;
    if (node.pattern && !new RegExp(node.pattern, 'u').test(value)) return;
    const present = CLASSES.filter((c) => c.test.test(value));
    if (present.length >= REQUIRED_CLASSES) return;
    const missing = CLASSES.filter((c) => !present.includes(c)).map((c) => c.name);
    const has = present.length === 0 ? 'no class' : `only ${present.map((c) => c.name).join(' and ')}`;
    report.invalid('/password', 'format', {
      detail: `password has ${has}; it needs at least ${REQUIRED_CLASSES} of upper case letters, lower case letters, digits and special characters (add ${missing.join(' or ')}).`,
    });
  },
});
