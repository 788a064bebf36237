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
    // A walk that makes nothing for a clean body: the path is kept as tokens and made into a
    // pointer only for a secret. Recursive: the parsers' nesting limit bounds the depth.
    const path: Array<string | number> = [];
    const found = (key: string) => {
      let at = '';
      for (const token of path) at = child(at, token);
      at = child(at, key);
      report.lint('PlaintextSecret', at, { detail: `Do not commit the value of ${tokens(at).join('.')}; inject it from a secret store at deploy time.` });
    };
    const walk = (value: object) => {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (typeof item === 'object' && item !== null) {
            path.push(i);
            walk(item);
            path.pop();
          }
        }
        return;
      }
      // for…in: own keys in their order (the parsers' objects inherit no enumerable key), no array made.
      for (const key in value) {
        const v: unknown = (value as Record<string, unknown>)[key];
        if (typeof v === 'string') {
          if (v !== '' && isSecretName(key)) found(key);
        } else if (typeof v === 'object' && v !== null) {
          path.push(key);
          walk(v);
          path.pop();
        }
      }
    };
    if (isObject(data)) walk(data);
  },
});
