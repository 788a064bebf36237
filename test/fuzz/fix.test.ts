/**
 * The fix property (SPEC §10): random valid specs, in JSON or YAML (with comments or not), LF or CRLF, with or without a
 * byte-order mark, into which fixable mistakes are injected (an integer written `3.0` or `"3"`, a
 * CIDR block with host bits set, a misspelt key). Fixing gives back exactly the valid text — so it
 * removes those findings and changes nothing else — and fixing the fixed text changes nothing.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fixAll } from '../../src/fix/fix-files.js';
import { lintAll, type LintInput, type LintOptions } from '../../src/run/run.js';
import { fuzzOptions } from './arbitraries.js';

/** One spot of the text: what the valid spec says there and what the mistake writes instead. */
interface Spot {
  correct: string;
  broken: string;
}

const OPTIONS: LintOptions = { config: {}, baseDir: process.cwd(), cwd: process.cwd() };

/** A CIDR block's network and an address inside it with host bits set. */
const CIDRS: Array<[string, string]> = [
  ['10.0.0.0/16', '10.0.3.7/16'],
  ['172.16.0.0/20', '172.16.5.9/20'],
  ['192.168.8.0/24', '192.168.8.77/24'],
];

/** Misspellings with one known name of a group within distance 2. */
const GROUP_KEYS: Array<[string, string]> = [
  ['ResourceType', 'ResourceTyep'],
  ['ResourceType', 'ResourseType'],
  ['InstanceType', 'InstanceTpe'],
];

const mistake = fc.record({
  kind: fc.constantFrom('fraction', 'exponent', 'string', 'none'),
  count: fc.integer({ min: 1, max: 500 }),
  key: fc.option(fc.integer({ min: 0, max: GROUP_KEYS.length - 1 }), { nil: undefined }),
});

const specCase = fc.record({
  format: fc.constantFrom('json', 'yaml'),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  indent: fc.integer({ min: 1, max: 4 }),
  groups: fc.uniqueArray(fc.constantFrom('g1', 'workers', 'render_2', 'etl'), { minLength: 1, maxLength: 3 }).chain((names) =>
    fc.tuple(fc.constant(names), fc.array(mistake, { minLength: names.length, maxLength: names.length })),
  ),
  cidr: fc.option(fc.tuple(fc.integer({ min: 0, max: CIDRS.length - 1 }), fc.boolean(), fc.constantFrom('', "'", '"')), { nil: undefined }),
  comment: fc.boolean(),
  description: fc.option(fc.constantFrom('nightly ETL', 'Ünïcödé 🚀', 'a: b # not a comment'), { nil: undefined }),
});

type SpecCase = typeof specCase extends fc.Arbitrary<infer T> ? T : never;

/** The valid and the broken text of a case, built from placeholders in a serialized body. */
function texts(c: SpecCase): { correct: string; broken: string; injected: number } {
  const spots: Spot[] = [];
  const spot = (s: Spot) => `__SPOT${spots.push(s) - 1}__`;
  const [names, mistakes] = c.groups;
  const groups: Record<string, unknown> = {};
  let injected = 0;
  names.forEach((name, i) => {
    const m = mistakes[i]!;
    const n = String(m.count);
    const broken = m.kind === 'fraction' ? `${n}.0` : m.kind === 'exponent' ? `${n}e0` : m.kind === 'string' ? `"${n}"` : n;
    if (m.kind !== 'none') injected++;
    const group: Record<string, unknown> = { DesiredVMCount: spot({ correct: n, broken }) };
    const [known, misspelt] = m.key === undefined ? [undefined, undefined] : GROUP_KEYS[m.key]!;
    for (const [key, value] of [['InstanceType', 'ecs.sn1.medium'], ['ResourceType', 'OnDemand']] as const) {
      if (key === known) {
        injected++;
        group[spot({ correct: key, broken: misspelt! })] = value;
      } else group[key] = value;
    }
    groups[name] = group;
  });
  const body: Record<string, unknown> = { Name: 'etl', ...(c.description ? { Description: c.description } : {}), ImageId: 'img-ubuntu', InstanceType: 'ecs.sn1.medium', Groups: groups };
  if (c.cidr) {
    const [which, wrong, quote] = c.cidr;
    const [net, host] = CIDRS[which]!;
    // JSON always quotes; YAML may write the block plain or in either quotes.
    const q = c.format === 'json' ? '"' : quote;
    if (wrong) injected++;
    body.Configs = { Networks: { VPC: { CidrBlock: spot({ correct: `${q}${net}${q}`, broken: `${q}${wrong ? host : net}${q}` }) } } };
  }
  const serialized = c.format === 'json' ? `${JSON.stringify(body, null, c.indent)}\n` : stringify(body, { indent: Math.max(2, c.indent) });
  const render = (which: keyof Spot) => {
    let t = serialized.replace(/"?__SPOT(\d+)__"?/g, (_, i: string) => {
      const s = spots[Number(i)]!;
      // A JSON key or string keeps its quotes; numbers stand bare.
      const raw = s[which];
      return c.format === 'json' && /^[A-Za-z]/.test(raw) ? `"${raw}"` : raw;
    });
    // YAML comments, a whole line and one after a value, stay where they are.
    if (c.format === 'yaml' && c.comment) t = t.replace('\nGroups:\n', '\n# the groups\nGroups: # each one a VM group\n');
    if (c.crlf) t = t.replace(/\n/g, '\r\n');
    return c.bom ? `\ufeff${t}` : t;
  };
  return { correct: render('correct'), broken: render('broken'), injected };
}

function lint(file: string, text: string) {
  const inputs: LintInput[] = [{ file, bytes: Buffer.from(text, 'utf8'), explicit: true }];
  return { inputs, results: lintAll(inputs, OPTIONS) };
}

function codesOf(results: ReturnType<typeof lintAll>): string[] {
  return results.flatMap((r) => r.diagnostics.map((d) => `${d.code} ${d.pointer}`)).sort();
}

describe('fixes, property', () => {
  it('fixing a spec with injected fixable mistakes gives back the valid text, and a second fix is a no-op', () => {
    fc.assert(
      fc.property(specCase, (c) => {
        const { correct, broken, injected } = texts(c);
        const file = `spec.${c.format}`;
        const valid = lint(file, correct);
        const before = lint(file, broken);
        const fixable = before.results.flatMap((r) => r.diagnostics).filter((d) => d.fix);
        expect(fixable.length).toBeGreaterThanOrEqual(injected > 0 ? 1 : 0);
        const outcome = fixAll(before.inputs, before.results, OPTIONS, true);
        const after = outcome.changed.length ? Buffer.from(outcome.changed[0]!.after).toString('utf8') : broken;
        // Exactly the valid text: every injected mistake fixed, every other byte as it was.
        expect(after).toBe(correct);
        expect(codesOf(outcome.results)).toEqual(codesOf(valid.results));
        if (injected > 0) expect(outcome.results[0]!.fixedCount).toBeGreaterThanOrEqual(injected);
        // Nothing more to fix.
        const again = lint(file, after);
        expect(again.results.flatMap((r) => r.diagnostics).filter((d) => d.fix)).toEqual([]);
        expect(fixAll(again.inputs, again.results, OPTIONS, true).changed).toEqual([]);
      }),
      fuzzOptions(150),
    );
  });
});
