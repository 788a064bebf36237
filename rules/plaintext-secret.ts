import { child, defineRule, isObject, isSecretName, tokens } from '../src/api/rule-api.js';

/**
 * A non-empty secret written in the spec (SPEC §3 PlaintextSecret, revised; clarification 6): any
 * string value, anywhere in the body, whose key names a secret by `isSecretName` — the dialects'
 * own secret fields (Batch Compute `Configs.Mounts.OSS.AccessKeySecret`, `AccessSecurityToken`,
 * `SecurityToken`; Container Service `password`) and keys written in `UserData`, `EnvVars` or
 * unknown and misspelt keys alike. EVIDENCE: real cluster templates carry credentials in
 * `UserData`, which the dialects' field list alone never saw. The detail names the field only;
 * formatters show source lines through `redactSecrets`, and findings elsewhere that would quote a
 * reused secret go through `secretScrubber`.
 */
export default defineRule({
  id: 'plaintext-secret',
  dialect: 'any',
  docs: 'A secret-named key (password, token, AccessKeySecret, DB_PASSWORD in UserData, …) holds a value: secrets should come from a secret store, not the spec file (SPEC §3; EVIDENCE: secrets found in UserData in a real cluster template). The value is never echoed.',
  codes: ['PlaintextSecret'],
  check({ data, report }) {
    // Iterative: the data may nest as deep as the parsers allow. Only containers are pushed, and
    // a pointer is made only for a container or a secret: a hostile file holds 500,000 scalars.
    const stack: Array<{ value: unknown; pointer: string }> = [{ value: data, pointer: '' }];
    while (stack.length) {
      const { value, pointer } = stack.pop()!;
      if (Array.isArray(value)) value.forEach((item, i) => typeof item === 'object' && item !== null && stack.push({ value: item, pointer: child(pointer, i) }));
      else if (isObject(value)) {
        for (const key of Object.keys(value)) {
          const v = value[key];
          if (typeof v === 'string') {
            if (v !== '' && isSecretName(key)) {
              const at = child(pointer, key);
              report.lint('PlaintextSecret', at, { detail: `Do not commit the value of ${tokens(at).join('.')}; inject it from a secret store at deploy time.` });
            }
          } else if (typeof v === 'object' && v !== null) stack.push({ value: v, pointer: child(pointer, key) });
        }
      }
    }
  },
});
