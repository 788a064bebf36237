/**
 * Validation in views (src/check/views.ts) gives exactly the errors the whole body gives: the
 * same keyword, schema path, parameters and pointer, each once — for bodies built to strain each
 * rule of the plan (heavy maps and arrays, heavy members of heavy containers, fixed members,
 * count keywords, conditions, unknown keys, keys too long, `__proto__`) and for seeded random ones.
 */
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect } from '../../src/dialect/dialect.js';
import { GROUP_WEIGHT, planViews, schemaFacts, validateInViews, VIEWS_FROM } from '../../src/check/views.js';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import type { ClusterlintConfig } from '../../src/config/config-types.js';
import { lintText } from '../helpers.js';
// @ts-expect-error: a plain ES module script without types
import { prng } from '../../scripts/prng.mjs';

const BC = DIALECTS.batchcompute!;
const CS = DIALECTS.containerservice!;

function key(e: ErrorObject): string {
  return JSON.stringify([e.instancePath, e.schemaPath, e.keyword, e.params, (e as ErrorObject & { propertyName?: string }).propertyName]);
}

/** The errors of the whole body and of the views, each as sorted lines; and how many views there were. */
function both(dialect: Dialect, data: unknown): { whole: string[]; views: string[]; count: number } {
  dialect.validate(data);
  const whole = (dialect.validate.errors ?? []).map(key).sort();
  const heavies = planViews(data, schemaFacts(dialect.schema));
  expect(heavies, 'the body is heavy').toBeDefined();
  const views: string[] = [];
  let count = 0;
  validateInViews(dialect.validate, heavies!, (e) => views.push(key(e)), () => count++);
  return { whole, views: views.sort(), count };
}

function expectSame(dialect: Dialect, data: unknown): void {
  const { whole, views, count } = both(dialect, data);
  expect(count).toBeGreaterThan(1);
  expect(views.length).toBe(whole.length);
  expect(views).toEqual(whole);
}

const head = () => ({ Name: 'x', ImageId: 'm-1', InstanceType: 'ecs.sn1.medium', Groups: { g: { DesiredVMCount: 1, ResourceType: 'OnDemand' } } as Record<string, unknown> });
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('views give the errors of the whole body', () => {
  it('the schema of each dialect can be validated in views', () => {
    expect(schemaFacts(BC.schema).safe).toBe(true);
    expect(schemaFacts(CS.schema).safe).toBe(true);
    // More than UserData's maxProperties (64): a view has as many members wherever a count could tell.
    expect(schemaFacts(BC.schema).countLimit).toBe(64);
    expect(schemaFacts({ type: 'array', uniqueItems: true }).safe).toBe(false);
    expect(schemaFacts({ if: { properties: { a: { items: { type: 'string' } } } } }).safe).toBe(false);
    // A condition that looks inside a member would flip on the member's stub in a view.
    expect(schemaFacts({ if: { properties: { A: { required: ['N'] } } }, then: {}, else: { properties: { Big: { additionalProperties: { type: 'string' } } } } }).safe).toBe(false);
    expect(schemaFacts({ if: { properties: { A: { const: {} } } } }).safe).toBe(false);
    expect(schemaFacts({ if: { required: ['A'], properties: { A: { const: 'x' } } } }).safe).toBe(true);
  });

  it('a light body has no plan', () => {
    expect(planViews({ ...head(), UserData: Object.fromEntries(range(100).map((i) => [`k${i}`, i])) }, schemaFacts(BC.schema))).toBeUndefined();
  });

  it('UserData of many values: wrong types, long values, long and empty keys, __proto__, and the member count', () => {
    const userData: Record<string, unknown> = {};
    for (const i of range(3 * GROUP_WEIGHT)) userData[i % 7 === 0 ? 'k'.repeat(130) + i : `k${i}`] = i % 3 === 0 ? i : i % 3 === 1 ? 'x'.repeat(i % 11 === 0 ? 1025 : 3) : [i];
    Object.defineProperty(userData, '__proto__', { value: 5, enumerable: true, writable: true, configurable: true });
    userData[''] = 'v';
    expectSame(BC, { ...head(), UserData: userData });
  });

  it('Entries of many elements: fixed ones, elements of the wrong type, missing and unknown members', () => {
    const entries = range(2 * GROUP_WEIGHT + 77).map((i) => (i % 5 === 0 ? i : i % 5 === 1 ? { Source: 'oss://b/', Destination: '/d', WriteSupport: true } : i % 5 === 2 ? { Source: 'x', Nope: 1 } : i % 5 === 3 ? {} : [i]));
    expectSame(BC, { ...head(), Configs: { Mounts: { Entries: entries, Locale: 3 }, Disks: { DataDisk: { Type: 'ephemeral', Size: 1500, MountPoint: '/d' } } } });
  });

  it('heavy members of heavy containers: a heavy group among many, a heavy unknown key, nested arrays', () => {
    const groups: Record<string, unknown> = {};
    for (const i of range(1500)) groups[`g${i}`] = i % 4 === 0 ? { DesiredVMCount: 'x' } : i % 4 === 1 ? { DesiredVMCount: 70000, ResourceType: 'Nope', Extra: 1 } : { DesiredVMCount: 1, ResourceType: 'OnDemand' };
    groups.big = Object.fromEntries(range(GROUP_WEIGHT + 10).map((i) => [`u${i}`, i]));
    groups['g'.repeat(70)] = 3;
    const deep = range(3).map(() => range(3).map(() => range(GROUP_WEIGHT / 2).map((i) => ({ Source: i }))));
    expectSame(BC, { ...head(), Groups: groups, Unknown: range(GROUP_WEIGHT * 2), Configs: { Mounts: { Entries: deep } } });
  });

  it('a root of many unknown keys, the required ones last; counts at the edge of the limit', () => {
    const body: Record<string, unknown> = {};
    for (const i of range(GROUP_WEIGHT + 500)) body[`x${i}`] = { i };
    Object.assign(body, head());
    body.UserData = Object.fromEntries(range(65).map((i) => [`k${i}`, 'v']));
    body.Groups = {};
    expectSame(BC, body);
    delete body.Name;
    body.UserData = Object.fromEntries(range(64).map((i) => [`k${i}`, 'v']));
    expectSame(BC, body);
  });

  it('Container Service: the data disk conditions and unknown keys of a heavy body', () => {
    for (const category of ['cloud', 'cloud_ssd', 'other', undefined]) {
      const body: Record<string, unknown> = { name: 'c', instance_type: 'ecs.n1.small', password: 'Aa1!aaaa', size: 1, data_disk_size: 3, ...(category ? { data_disk_category: category } : {}) };
      for (const i of range(GROUP_WEIGHT + 3)) body[`n${i}`] = i;
      body.rds_instances = range(GROUP_WEIGHT).map((i) => (i % 2 ? `rm-${i}` : i));
      expectSame(CS, body);
    }
  });

  it('seeded random heavy bodies', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const r = prng(seed);
      const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
      const scalar = () => pick([1, 'x', '', true, null, 70000, -1, 1.5, 'oss://a', '/d', 'k'.repeat(130), 'ephemeral']);
      const names = ['Name', 'Groups', 'UserData', 'Configs', 'Mounts', 'Entries', 'DesiredVMCount', 'ResourceType', 'Disks', 'DataDisk', 'Type', 'Size', 'Source', 'x', 'y', 'z', '__proto__'];
      // Trees whose sizes vary from one to thousands of members, about 60,000 values in all.
      let budget = 60_000;
      const tree = (depth: number): unknown => {
        if (depth > 5 || r() < 0.3 || budget <= 0) return scalar();
        const n = Math.min(budget, r() < 0.15 ? Math.floor(r() * 3 * GROUP_WEIGHT) : Math.floor(r() * 8));
        budget -= n;
        if (r() < 0.5) return range(n).map(() => (r() < 0.7 ? scalar() : tree(depth + 1)));
        const o: Record<string, unknown> = {};
        for (const i of range(n)) Object.defineProperty(o, r() < 0.5 ? pick(names) : `${pick(names)}${i}`, { value: r() < 0.7 ? scalar() : tree(depth + 1), enumerable: true, writable: true, configurable: true });
        return o;
      };
      const body: Record<string, unknown> = { ...head() };
      for (const name of ['UserData', 'Groups', 'Configs', 'Extra']) body[name] = tree(1);
      body.Configs = { Mounts: { Entries: tree(2) }, Disks: { DataDisk: tree(3) } };
      body.UserData = Object.fromEntries(range(GROUP_WEIGHT + Math.floor(r() * 100)).map((i) => [`k${i}`, r() < 0.5 ? i : 'v']));
      const { whole, views } = both(BC, body);
      expect(views, `seed ${seed}`).toEqual(whole);
    }
  });
});


describe('past the findings budget, with codes turned off by the config', () => {
  const HEAD = '{"Name":"x","ImageId":"m-1","InstanceType":"ecs.sn1.medium","Groups":{"g":{"DesiredVMCount":1,"ResourceType":"OnDemand"}}';
  const spec = (n: number) => `${HEAD},"UserData":${JSON.stringify(Object.fromEntries(range(n).map((i) => [`key${i}`, i])))}}`;
  const line = (d: Diagnostic) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.pointer} ${d.detail}`;

  /** The report with the findings limit `limit`, against the first `limit` findings of the report that has room for all. */
  function expectFirst(text: string, limit: number, severity: Record<string, 'off' | 'warning'>, overrides?: ClusterlintConfig['overrides']) {
    const all = lintText(text, 'spec.json', { config: { maxFindingsPerFile: 100_000, severity, ...(overrides ? { overrides } : {}) } });
    expect(all.some((d) => d.code === 'TooManyFindings')).toBe(false);
    const d = lintText(text, 'spec.json', { config: { maxFindingsPerFile: limit, severity, ...(overrides ? { overrides } : {}) } });
    expect(d.length).toBe(limit + 1);
    expect(d.slice(0, limit).map(line)).toEqual(all.slice(0, limit).map(line));
    const more = all.length - limit;
    expect(line(d[limit]!)).toBe(`${all[limit]!.line}:${all[limit]!.column} warning TooManyFindings ${all[limit]!.pointer} ${more} more findings from here on are not shown; clusterlint reports at most ${limit} per file (maxFindingsPerFile in the config).`);
    return all;
  }

  it('a light body (the plain path): the codes turned off are neither shown nor counted', () => {
    // key1, key10–key19, key100–key199: 111 of 300 values turned off; the rest warnings or errors.
    const all = expectFirst(spec(300), 10, { 'InvalidUserData.key1*': 'off', 'InvalidUserData.key2*': 'warning' });
    expect(all.length).toBe(300 + 1 - 111);
    expect(all.filter((d) => d.severity === 'warning').length).toBe(111);
  });

  it(`a heavy body (views): the same, with an override for the file`, { timeout: 180_000 }, () => {
    // Past the findings budget (2,000), and large enough to be validated in views.
    const n = 12_288;
    expect(n).toBeGreaterThan(Math.max(VIEWS_FROM, 3 * GROUP_WEIGHT));
    // key1…: 1 + 10 + 100 + 1000 + (12288 - 10000) = 3399 turned off by the override.
    const text = spec(n);
    const all = expectFirst(text, 1000, { 'InvalidUserData.key2*': 'warning' }, [{ files: ['*.json'], severity: { 'InvalidUserData.key1*': 'off' } }]);
    expect(all.length).toBe(n + 1 - 3399);
    // Both reports above come from views: against what the body holds, worked out from its text
    // alone — UserData's count, then each value that is not a string, at its place in the one line.
    const shown = range(n).filter((i) => !String(i).startsWith('1'));
    const at = (i: number) => text.indexOf(`"key${i}":`) + `"key${i}":`.length + 1;
    const severity = (i: number) => (String(i).startsWith('2') ? 'warning' : 'error');
    expect(all.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.pointer}`)).toEqual([
      `1:${text.indexOf('"UserData":') + 1} error InvalidUserData /UserData`,
      ...shown.map((i) => ({ i, column: at(i) })).sort((a, b) => a.column - b.column).map(({ i, column }) => `1:${column} ${severity(i)} InvalidUserData.key${i}.value /UserData/key${i}`),
    ]);
  });
});
