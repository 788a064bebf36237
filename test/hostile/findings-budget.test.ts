/**
 * The budget of findings of no parameter (`FindingSink.bound`, issue 15): past twice the findings
 * limit, only the first such findings in the text are held and the others counted, and the report
 * is the one that has every finding made — its first findings, and `TooManyFindings` with the
 * same count at the same place. A key written 60,000 times held 60,000 findings, each placed.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import type { ClusterlintConfig } from '../../src/config/config-types.js';
import { FindingSink, type Finding } from '../../src/check/findings.js';
import { lintText } from '../helpers.js';

const line = (d: Diagnostic) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.pointer} ${d.detail}`;

/** The report with the findings limit `limit`, against the first `limit` findings of the report that has room for all. */
function expectFirst(text: string, name: string, limit: number, config: ClusterlintConfig = {}): Diagnostic[] {
  const all = lintText(text, name, { config: { ...config, maxFindingsPerFile: 100_000 } });
  expect(all.some((d) => d.code === 'TooManyFindings')).toBe(false);
  const d = lintText(text, name, { config: { ...config, maxFindingsPerFile: limit } });
  expect(d.length).toBe(limit + 1);
  expect(d.slice(0, limit).map(line)).toEqual(all.slice(0, limit).map(line));
  const more = all.length - limit;
  expect(line(d[limit]!)).toBe(`${all[limit]!.line}:${all[limit]!.column} warning TooManyFindings ${all[limit]!.pointer} ${more} more findings from here on are not shown; clusterlint reports at most ${limit} per file (maxFindingsPerFile in the config).`);
  return all;
}

const HEAD_YAML = 'Name: x\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g: {DesiredVMCount: 1, ResourceType: OnDemand}\n';

describe('findings of no parameter past the budget', () => {
  it('YAML keys written twice and three times, in two mappings', () => {
    // EnvVars' repeats come after UserData's in the text; its keys are written three times.
    const userData = Array.from({ length: 1200 }, (_, i) => `  u${i}: v\n`).join('');
    const envVars = Array.from({ length: 200 }, (_, i) => `  e${i}: v\n`).join('');
    const text = `${HEAD_YAML}UserData:\n${userData}${userData}EnvVars:\n${envVars}${envVars}${envVars}`;
    const all = expectFirst(text, 'spec.yaml', 7);
    // 1,200 + 400 repeats: more than the sink holds before it cuts back (2 × budget + 1,024).
    expect(all.filter((d) => d.code === 'DuplicateKey').length).toBe(1600);
    expectFirst(text, 'spec.yaml', 100);
  });

  it('JSON keys written twice, with findings of parameters among them and some codes turned off', () => {
    const members = Array.from({ length: 1500 }, (_, i) => `"k${i}":${i % 3 === 0 ? i : '"v"'}`).join(',');
    const text = `{"Name":"x","ImageId":"m-1","InstanceType":"ecs.sn1.medium","Groups":{"g":{"DesiredVMCount":1,"ResourceType":"OnDemand"}},"UserData":{${members},${members}}}`;
    const all = expectFirst(text, 'spec.json', 50);
    expect(all.filter((d) => d.code === 'DuplicateKey').length).toBe(1500);
    // The repeats turned off by an override are neither shown nor counted.
    const config: ClusterlintConfig = { overrides: [{ files: ['*.json'], severity: { DuplicateKey: 'off' } }], severity: { 'InvalidUserData.k1*': 'warning' } };
    const none = expectFirst(text, 'spec.json', 20, config);
    expect(none.some((d) => d.code === 'DuplicateKey')).toBe(false);
  });

  it('a sink holds the first `budget` findings of no parameter in text order and counts the rest', () => {
    const sink = new FindingSink(undefined);
    const finding = (at: number, code = 'DuplicateKey'): Finding => ({ code, message: '', status: 400, origin: 'lint', severity: 'warning', rule: 'r', pointer: `/${at}`, target: 'key', span: { start: at, end: at + 1 } });
    sink.push(finding(5000));
    sink.bound({ budget: 10, offsetOf: (f) => f.span!.start, reported: (f) => f.code !== 'Off' });
    // Descending, then ascending: the first ten in the text are 0…9 whatever the order reported.
    for (let at = 4000; at > 2000; at--) sink.push(finding(at));
    for (let at = 0; at < 2000; at++) sink.push(finding(at, at % 2 ? 'DuplicateKey' : 'Off'));
    for (let at = 0; at < 2000; at += 2) sink.push(finding(at));
    // Those turned off are not held; the held ones (cut back now and then) begin with 0…9.
    expect(sink.findings.some((f) => f.code === 'Off')).toBe(false);
    const held = sink.findings.map((f) => f.span!.start).sort((a, b) => a - b);
    expect(held.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(held.length).toBeLessThanOrEqual(2 * 10 + 1024);
    // 1 + 2000 + 1000 + 1000 findings that count: each held or counted.
    expect(held.length + sink.omitted.other).toBe(4001);
    // Findings of a parameter are all held.
    sink.push({ ...finding(9999), parameter: '/9999#X', rank: 1 });
    expect(sink.findings.some((f) => f.parameter === '/9999#X')).toBe(true);
  });
});
