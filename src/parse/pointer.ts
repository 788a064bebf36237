/** RFC 6901 JSON Pointers: the address of every parameter in a diagnostic. */

/** Escapes one reference token (`~` → `~0`, `/` → `~1`). */
export function escapeToken(token: string): string {
  // Most tokens need no escaping; skipping the two replacements keeps pointer building cheap.
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A reference token back to the key it names (`~1` → `/`, `~0` → `~`). */
export function unescapeToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}

/** Appends one token to a pointer. */
export function child(pointer: string, token: string | number): string {
  return `${pointer}/${typeof token === 'number' ? token : escapeToken(token)}`;
}

/** The unescaped tokens of a pointer (`""` is the root, with no tokens). */
export function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  const raw = pointer.slice(1).split('/');
  return pointer.includes('~') ? raw.map(unescapeToken) : raw;
}

/** The pointer of the containing object or array (the root's parent is the root). */
export function parent(pointer: string): string {
  const cut = pointer.lastIndexOf('/');
  return cut <= 0 ? '' : pointer.slice(0, cut);
}

/** True for a plain object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The tokens of the pointers asked for most (rules read the same few paths in every document),
// kept up to a bound so that documents with many distinct keys cannot grow the cache.
const TOKEN_CACHE = new Map<string, readonly string[]>();
const TOKEN_CACHE_SIZE = 4096;

/** `tokens`, kept for pointers asked for again (do not modify the result). */
export function cachedTokens(pointer: string): readonly string[] {
  let list = TOKEN_CACHE.get(pointer);
  if (list === undefined) {
    list = tokens(pointer);
    if (TOKEN_CACHE.size < TOKEN_CACHE_SIZE) TOKEN_CACHE.set(pointer, list);
  }
  return list;
}

const INDEX = /^(0|[1-9]\d*)$/;

/** The value at a pointer, or undefined when any step is missing. Only own properties count. */
export function get(data: unknown, pointer: string): unknown {
  let value = data;
  for (const token of cachedTokens(pointer)) {
    if (Array.isArray(value)) {
      if (!INDEX.test(token)) return undefined;
      value = value[Number(token)];
    } else if (isObject(value)) {
      if (!Object.hasOwn(value, token)) return undefined;
      value = value[token];
    } else return undefined;
  }
  return value;
}

/** Sets an own data property, even for keys like `__proto__`, without touching any prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}
