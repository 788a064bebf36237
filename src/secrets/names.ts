/**
 * Which keys name a secret (SPEC §3 PlaintextSecret, clarification 6): the one list the rule, the
 * schema pass and every output's masking share.
 */
import { child, isObject } from '../parse/pointer.js';

/** Names that a dialect defines as non-secrets, normalised (SPEC clarification 6). */
const NOT_SECRETS = new Set(['idempotenttoken', 'passwordinherit', 'accesskeyid']);

const SECRET_WORDS = ['password', 'passwd', 'secret', 'token', 'privatekey', 'apikey', 'accesskey'];

/** A word that may stand with separators between its letters (`pass_word`). */
const loose = (word: string) => [...word].join('[-_.]*');

/**
 * What every secret name matches, tested before a key that is not ASCII is normalised: lower
 * case can turn other letters into ASCII ones (the Kelvin sign into `k`) that this test, case-
 * insensitive without the `u` flag, does not take for them. An ASCII key is normalised at once:
 * for it the test says nothing the normalised checks do not (and compiling it took about a
 * millisecond of every start). Made on first use.
 */
let maybeSecret: RegExp | undefined;
const maybeSecretTest = () =>
  (maybeSecret ??= new RegExp(`${['passw', 'secret', 'token', 'privatekey', 'apikey', 'accesskey'].map(loose).join('|')}|${loose('pwd')}[-_.]*$|${loose('key')}[-_.]*$`, 'i'));

function isAscii(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * True for a key that names a secret (SPEC §3 PlaintextSecret): with `_`, `-`, `.` removed and in
 * lower case, it contains `password`, `passwd`, `secret`, `token`, `privatekey`, `apikey` or
 * `accesskey`, or ends in `pwd` or `key` (not `key` alone) — unless it ends in `publickey` or
 * `accesskeyid`, or is a field the dialects define as a non-secret (`IdempotentToken`,
 * `PasswordInherit`).
 */
export function isSecretName(key: string): boolean {
  const known = judged.get(key);
  if (known !== undefined) return known;
  const secret = judgeName(key);
  // Spec files of a run share most of their keys; a file of unique keys fills the memo and no more.
  if (judged.size < JUDGED_MAX) judged.set(key, secret);
  return secret;
}

/** Keys already judged, up to `JUDGED_MAX` of them. */
const judged = new Map<string, boolean>();
const JUDGED_MAX = 4096;

function judgeName(key: string): boolean {
  if (!isAscii(key) && !maybeSecretTest().test(key)) return false;
  let n = key.toLowerCase();
  if (n.includes('_') || n.includes('-') || n.includes('.')) n = n.replace(/[-_.]/g, '');
  if (NOT_SECRETS.has(n) || n.endsWith('publickey') || n.endsWith('accesskeyid')) return false;
  return n.endsWith('pwd') || (n.endsWith('key') && n !== 'key') || SECRET_WORDS.some((w) => n.includes(w));
}

/**
 * Every value of a document that stands under a secret-named key (objects and arrays under such
 * a key: each scalar inside them), in no particular order. Iterative: data may nest deeply.
 */
export function* secretValues(data: unknown): Generator<{ pointer: string; value: unknown }> {
  const stack: Array<{ value: unknown; pointer: string; secret: boolean }> = [{ value: data, pointer: '', secret: false }];
  while (stack.length) {
    const { value, pointer, secret } = stack.pop()!;
    if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, pointer: child(pointer, i), secret }));
    else if (isObject(value)) {
      for (const key of Object.keys(value)) stack.push({ value: value[key], pointer: child(pointer, key), secret: secret || isSecretName(key) });
    } else if (secret && value !== null && value !== undefined) yield { pointer, value };
  }
}

