#!/usr/bin/env node
// Hostile inputs against the README's "Security" promise (a 10 MiB file crafted against one of
// the limits is answered in seconds and about 200 MB): one generator per class, each writing a
// spec of at most `size` bytes that stays just under the limits (values, tokens, documents,
// depth) so that every byte reaches the passes after the parse. Used by the timing and memory
// property test (test/fuzz/resources.test.ts) and by hand:
//
//   node scripts/hostile-inputs.mjs DIR [class …]    writes DIR/<class>.<ext> (all classes by default)
//   /usr/bin/time -v node dist/cli.js DIR/userdata-types.json --format json -o /tmp/x.json
//
// `seed` varies names and sizes a little (the fuzz test draws it), never the class's shape.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prng } from './prng.mjs';

export const MIB = 1024 * 1024;
const HEAD_JSON = '{"Name":"x","ImageId":"m-1","InstanceType":"ecs.sn1.medium","Groups":{"g":{"DesiredVMCount":1,"ResourceType":"OnDemand"}}';
const HEAD_YAML = 'Name: x\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 1, ResourceType: OnDemand}\n';
// The JSON value limit (src/config/limits.ts MAX_VALUES), less the head's values.
const VALUES = 500_000 - 20;


/** Pieces joined until the next would pass `size` bytes (all ASCII here), at most `count` of them. */
function fill(head, piece, sep, tail, size, count = Infinity) {
  const parts = [];
  let length = head.length + tail.length;
  for (let i = 0; i < count; i++) {
    const p = piece(i);
    if (length + p.length + sep.length > size) break;
    parts.push(p);
    length += p.length + sep.length;
  }
  return head + parts.join(sep) + tail;
}

/**
 * The classes: name → (seed, size) → { ext, text }. Each is valid JSON or YAML that the dialect
 * detection takes for a Batch Compute spec, so it goes through every pass.
 */
export const CLASSES = {
  // UserData values must be strings: every value is a schema error (ajv with allErrors makes an
  // error object for each), and every one would be a finding.
  'userdata-types': (seed, size) => {
    const r = prng(seed);
    const k = `k${Math.floor(r() * 1000)}_`;
    return { ext: 'json', text: fill(`${HEAD_JSON},"UserData":{`, (i) => `"${k}${i}":${i % 10}`, ',', '}}', size, VALUES) };
  },
  // The same errors in arrays: a Groups member's Disks… are objects; here a list of the wrong type
  // of element where the schema has `items` (Configs.Mounts.Entries takes objects).
  'entries-types': (seed, size) => {
    const r = prng(seed);
    const v = 1 + Math.floor(r() * 9);
    return { ext: 'json', text: fill(`${HEAD_JSON},"Configs":{"Mounts":{"Entries":[`, () => String(v), ',', ']}}}', size, VALUES) };
  },
  // Every key of a YAML mapping written twice: a DuplicateKey for each repeat (about 0.7 MB).
  'yaml-twice': (seed, size) => {
    const r = prng(seed);
    const k = `k${Math.floor(r() * 1000)}_`;
    // 24,000 keys twice stay under the YAML token limit (400,000; 16 tokens a key), so every repeat is found.
    const n = Math.min(24_000, Math.floor(size / 2 / 12));
    const keys = [];
    let length = HEAD_YAML.length + 10;
    for (let i = 0; i < n; i++) {
      const line = `  ${k}${i}: v\n`;
      if (length + 2 * line.length > size) break;
      keys.push(line);
      length += 2 * line.length;
    }
    const block = keys.join('');
    return { ext: 'yaml', text: `${HEAD_YAML}UserData:\n${block}${block}` };
  },
  // Many small documents: each a spec with one mistake (the document limit keeps the first 10,000).
  'yaml-documents': (seed, size) => {
    const r = prng(seed);
    const count = 6 + Math.floor(r() * 3);
    return { ext: 'yaml', text: fill('', (i) => `---\n${HEAD_YAML}DesiredVMCount${i % count}: 1\n`, '', '', size) };
  },
  // Arrays nested to just under the depth limit, side by side, as UserData values (each a type error).
  'json-deep': (seed, size) => {
    const depth = 120 + Math.floor(prng(seed)() * 6);
    return { ext: 'json', text: fill(`${HEAD_JSON},"UserData":{`, (i) => `"d${i}":${'['.repeat(depth)}1${']'.repeat(depth)}`, ',', '}}', size, Math.floor(VALUES / (depth + 2))) };
  },
  // Many long strings: UserData values past their 1024-character limit, keys past 128.
  'json-long-strings': (seed, size) => {
    const r = prng(seed);
    const len = 1025 + Math.floor(r() * 2000);
    const value = 'x'.repeat(len);
    const key = 'k'.repeat(129);
    return { ext: 'json', text: fill(`${HEAD_JSON},"UserData":{`, (i) => `"${key}${i}":"${value}"`, ',', '}}', size, VALUES) };
  },
  // Numbers of 400 digits where integers belong (each beyond a double's range), and as unknown keys' values.
  'json-big-numbers': (seed, size) => {
    const r = prng(seed);
    const digits = '9'.repeat(380 + Math.floor(r() * 40));
    return { ext: 'json', text: fill(`${HEAD_JSON},"Groups":{`, (i) => `"g${i}":{"DesiredVMCount":${digits},"ResourceType":"OnDemand"}`, ',', '}}', size, Math.floor(VALUES / 3)) };
  },
  // One key of nearly the whole size.
  'json-huge-key': (seed, size) => {
    const r = prng(seed);
    const c = 'abcdefghij'[Math.floor(r() * 10)];
    return { ext: 'json', text: `${HEAD_JSON},"${c.repeat(size - HEAD_JSON.length - 10)}":1}` };
  },
  // As many tiny arrays as the value limit allows, as unknown keys' values and nested in one array.
  'json-tiny-arrays': (seed, size) => {
    const r = prng(seed);
    const inner = r() < 0.5 ? '[]' : '[0]';
    return { ext: 'json', text: fill(`${HEAD_JSON},"Configs":{"Mounts":{"Entries":[`, () => inner, ',', ']}}}', size, VALUES / (inner === '[]' ? 1 : 2)) };
  },
  // Unknown keys of a group, each with a tiny array value (keys and values both counted).
  'json-unknown-arrays': (seed, size) => {
    const r = prng(seed);
    const k = `u${Math.floor(r() * 1000)}_`;
    return { ext: 'json', text: fill('{"Name":"x","ImageId":"m-1","InstanceType":"ecs.sn1.medium","Groups":{"g":{"DesiredVMCount":1,"ResourceType":"OnDemand",', (i) => `"${k}${i}":[]`, ',', '}}}', size, VALUES / 2) };
  },
};

/** One class's input. */
export function generate(name, seed = 1, size = 10 * MIB - 1024) {
  const make = CLASSES[name];
  if (!make) throw new Error(`no such class: ${name}`);
  return make(seed, size);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, ...names] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/hostile-inputs.mjs DIR [class …]');
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  for (const name of names.length ? names : Object.keys(CLASSES)) {
    const { ext, text } = generate(name);
    const file = join(dir, `${name}.${ext}`);
    writeFileSync(file, text);
    console.log(`${file}\t${text.length} bytes`);
  }
}
