/**
 * The schemas as editor assets, checked against the engine that lints: every node is written for
 * people (title, description, markdownDescription naming the codes clusterlint reports for it),
 * every `errorMessage` is the catalogue's message for each check its node makes, and every
 * snippet inserts a valid value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ROWS, LINT_CODES, type CheckKind } from '../../src/catalogue/catalogue.js';
import { config as validateConfig } from '../../src/generated/validators.js';
import { DIALECTS, type Dialect, type SchemaNode } from '../../src/dialect/dialect.js';
import { child } from '../../src/parse/pointer.js';
import { FindingSink } from '../../src/check/findings.js';
import { KEYWORD_KIND } from '../../src/check/schema.js';
import { templateCodes } from '../../src/catalogue/codes.js';
import { snippetValue, starterBody } from '../../src/dialect/starter.js';
import { REGIONS } from '../../rules/lib/regions.js';
import { lintText, ROOT } from '../helpers.js';

const CONFIG_SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schemas/clusterlint-config.schema.json'), 'utf8')) as SchemaNode;

/** A schema node with the instance pointer it describes (`{key}` stands for any map key, `0` for any array element). */
interface Visit {
  node: SchemaNode;
  pointer: string;
  path: string;
  /** The node is a property its parent requires. */
  required: boolean;
}

/** Every node that describes a value: properties, map values and keys, items, and the allOf / if-then-else parts that constrain the same value. */
function visit(root: SchemaNode): Visit[] {
  const out: Visit[] = [];
  const resolve = (n: SchemaNode): SchemaNode => (n.$ref ? (root.definitions![n.$ref.split('/').pop()!] as SchemaNode) : n);
  const walk = (node: SchemaNode, pointer: string, path: string, required: boolean, seen: Set<SchemaNode>) => {
    out.push({ node, pointer, path, required });
    const target = resolve(node);
    if (seen.has(target)) return;
    const inner = new Set(seen).add(target);
    if (target !== node) out.push({ node: target, pointer, path: `${path}→${node.$ref}`, required });
    for (const [name, p] of Object.entries(target.properties ?? {})) walk(p, child(pointer, name), `${path}/properties/${name}`, (target.required ?? []).includes(name), inner);
    if (typeof target.additionalProperties === 'object') walk(target.additionalProperties, child(pointer, '{key}'), `${path}/additionalProperties`, false, inner);
    if (target.propertyNames) out.push({ node: target.propertyNames, pointer: child(pointer, '{key}'), path: `${path}/propertyNames`, required: false });
    if (target.items) walk(target.items, child(pointer, '0'), `${path}/items`, false, inner);
    const parts = [...((target.allOf as SchemaNode[] | undefined) ?? []), target.then, target.else].filter(Boolean) as SchemaNode[];
    parts.forEach((part, i) => {
      out.push({ node: part, pointer, path: `${path}/part${i}`, required: false });
      for (const [name, p] of Object.entries(part.properties ?? {})) walk(p, child(pointer, name), `${path}/part${i}/properties/${name}`, false, inner);
      for (const nested of [part.then, part.else] as Array<SchemaNode | undefined>) {
        if (nested) walk(nested, pointer, `${path}/part${i}/branch`, false, inner);
      }
    });
  };
  walk(root, '', '#', false, new Set());
  return out;
}

/** Nodes a person sees in a hover: properties, map values and keys, and array items (not the allOf and if-then-else parts). */
const described = (v: Visit) => !/\/part\d+|\/branch|→/.test(v.path) && v.node.$ref === undefined;

/** A node whose value is or holds an object: its subschemas fail with messages of their own. */
function holdsObjects(root: SchemaNode, node: SchemaNode): boolean {
  const n = node.$ref ? ((root.definitions as Record<string, SchemaNode>)[node.$ref.split('/').pop()!] as SchemaNode) : node;
  return n.type === 'object' || n.properties !== undefined || typeof n.additionalProperties === 'object' || (n.items !== undefined && holdsObjects(root, n.items));
}

/** The codes an "Errors:" / "Warnings:" sentence of a description names. */
function namedCodes(text: string | undefined): string[] {
  // A list ends at a line break, or at a full stop followed by a space or the end (codes hold dots, never ". ").
  return [...(text ?? '').matchAll(/(?:Errors?|Warnings?): (.+?)(?:\.(?=\s|$)|(?=\n)|$)/g)].flatMap((m) => m[1]!.split(', ').map((c) => c.replace(/`/g, '')));
}

/** The kinds of check a node makes itself (its type, and each constraint keyword it carries). */
function kindsOf(node: SchemaNode): Set<CheckKind> {
  const kinds = new Set<CheckKind>(node.type ? ['type'] : []);
  for (const keyword of Object.keys(node)) if (KEYWORD_KIND[keyword]) kinds.add(KEYWORD_KIND[keyword]!);
  return kinds;
}

/** What clusterlint reports for one kind of check at a pointer, resolved by the engine's own reporter. */
function reported(dialect: Dialect, pointer: string, kind: CheckKind | 'missing'): { code: string; message: string } {
  const sink = new FindingSink(dialect);
  if (kind === 'missing') sink.missing('schema', pointer);
  else sink.invalid('schema', pointer, kind);
  return sink.findings[0]!;
}

const DIALECT_LIST = Object.values(DIALECTS);

describe('every node is written for people', () => {
  const schemas: Array<[string, SchemaNode]> = [...DIALECT_LIST.map((d) => [d.schemaFile, d.schema] as [string, SchemaNode]), ['clusterlint-config.schema.json', CONFIG_SCHEMA]];
  for (const [file, schema] of schemas) {
    it(`${file}: title, description and markdownDescription on every node; enum descriptions for every value`, () => {
      const problems: string[] = [];
      for (const v of visit(schema).filter(described)) {
        for (const key of ['title', 'description', 'markdownDescription'] as const) {
          if (typeof v.node[key] !== 'string' || (v.node[key] as string).length < 3) problems.push(`${v.path}: no ${key}`);
        }
        // The values a node allows, or offers in an `anyOf` branch when other strings are only a warning (Locale).
        const offering = [v.node, ...((v.node.anyOf as SchemaNode[] | undefined) ?? [])].filter((n) => n.enum);
        for (const n of offering) {
          for (const key of ['enumDescriptions', 'markdownEnumDescriptions'] as const) {
            const list = n[key] as unknown[] | undefined;
            if (list?.length !== n.enum!.length) problems.push(`${v.path}: ${key} does not describe each of ${n.enum!.length} values`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe.each(DIALECT_LIST)('$name: hover text names the codes clusterlint reports', (dialect) => {
  const known = new Set<string>([
    ...API_ROWS.map((r) => r.code).filter((c) => !c.includes('{Parameter}')),
    ...DIALECT_LIST.flatMap((d) => templateCodes(d).map((t) => t.code)),
    ...LINT_CODES.map((l) => l.code),
  ]);
  const nodes = visit(dialect.schema).filter((v) => described(v) && v.node['x-parameter'] !== '$schema');

  it('description and markdownDescription name the same codes, each one clusterlint has', () => {
    for (const v of nodes) {
      const plain = namedCodes(v.node.description as string);
      expect(namedCodes(v.node.markdownDescription as string), v.path).toEqual(plain);
      for (const code of plain) expect(known.has(code), `${v.path} names ${code}`).toBe(true);
    }
  });

  it("each node names the codes of its own checks (Missing… when its parent requires it, Invalid… for each kind)", () => {
    const problems: string[] = [];
    for (const v of nodes.filter((n) => n.pointer !== '' && !n.path.endsWith('/propertyNames'))) {
      const named = new Set(namedCodes(v.node.description as string));
      const expected = [...kindsOf(v.node)].map((k) => reported(dialect, v.pointer, k).code);
      if (v.required) expected.push(reported(dialect, v.pointer, 'missing').code);
      for (const code of expected) if (!named.has(code)) problems.push(`${v.path}: ${code} not named`);
    }
    for (const v of nodes.filter((n) => n.path.endsWith('/propertyNames'))) {
      const sink = new FindingSink(dialect);
      sink.invalid('schema', v.pointer, 'bounds', {}, v.node['x-parameter']);
      if (!namedCodes(v.node.description as string).includes(sink.findings[0]!.code)) problems.push(`${v.path}: ${sink.findings[0]!.code} not named`);
    }
    expect(problems).toEqual([]);
  });
});

describe.each(DIALECT_LIST)('$name: errorMessage is the catalogue message', (dialect) => {
  const all = visit(dialect.schema);

  it('equals the message clusterlint reports for every check its node makes', () => {
    const checked = all.filter((v) => typeof v.node.errorMessage === 'string');
    expect(checked.length).toBeGreaterThan(10);
    for (const v of checked) {
      const kinds = kindsOf(v.node);
      expect(kinds.size, `${v.path} makes no check`).toBeGreaterThan(0);
      for (const kind of kinds) expect(v.node.errorMessage, `${v.path} (${kind})`).toBe(reported(dialect, v.pointer, kind).message);
    }
  });

  it('is a string (the only form both editors show), and never on a node holding objects, whose errors it would swallow', () => {
    for (const v of all.filter((n) => n.node.errorMessage !== undefined)) {
      expect(typeof v.node.errorMessage, v.path).toBe('string');
      expect(holdsObjects(dialect.schema, v.node), v.path).toBe(false);
    }
  });

  it('is on every node that states a check, unless the message needs a map key the editor cannot fill', () => {
    const missing = all
      .filter((v) => v.node['x-parameter'] !== undefined && v.node['x-parameter'] !== '$schema' && !holdsObjects(dialect.schema, v.node) && !v.path.endsWith('/propertyNames'))
      .filter((v) => kindsOf(v.node).size > 0 && v.node.errorMessage === undefined)
      .filter((v) => ![...kindsOf(v.node)].some((k) => reported(dialect, v.pointer, k).message.includes('{')));
    expect(missing.map((v) => v.path)).toEqual([]);
  });
});

describe('values an editor offers', () => {
  it('region_id suggests exactly the known region ids', () => {
    expect(DIALECTS.containerservice!.schema.properties!.region_id!.examples).toEqual(Object.keys(REGIONS));
  });

  it('severity keys suggest every code clusterlint reports (a {key} code as its prefix)', () => {
    const codes = new Set<string>([
      ...API_ROWS.map((r) => r.code).filter((c) => !c.includes('{Parameter}')),
      ...DIALECT_LIST.flatMap((d) => templateCodes(d).map((t) => t.code)),
      ...LINT_CODES.map((l) => l.code),
    ]);
    const expected = new Set([...codes].map((c) => (c.includes('{key}') ? `${c.slice(0, c.indexOf('{key}'))}*` : c)));
    const severity = (CONFIG_SCHEMA.definitions as Record<string, SchemaNode>).severityMap!;
    expect(new Set(severity.propertyNames!.examples as string[])).toEqual(expected);
  });

  it('every example and default is a valid value of its node', () => {
    for (const dialect of DIALECT_LIST) {
      const base = starterBody(dialect);
      for (const v of visit(dialect.schema).filter((n) => described(n) && n.pointer !== '' && !n.pointer.includes('{key}') && !n.pointer.includes('/0'))) {
        for (const value of [...((v.node.examples as unknown[] | undefined) ?? []), ...('default' in v.node ? [v.node.default] : [])]) {
          const body = withValue(base, v.pointer, value);
          const errors = lintText(JSON.stringify(body), 'spec.json', { dialect: dialect.name }).filter(
            (d) => d.severity === 'error' && (d.pointer === v.pointer || d.pointer.startsWith(`${v.pointer}/`)),
          );
          expect(errors.map((d) => `${d.code} ${d.pointer}`), `${v.path} = ${JSON.stringify(value)}`).toEqual([]);
        }
      }
    }
  });
});

/** A copy of `body` with `value` written at a pointer (objects created on the way). */
function withValue(body: Record<string, unknown>, pointer: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const names = pointer.slice(1).split('/');
  let at: Record<string, unknown> = copy;
  for (const name of names.slice(0, -1)) at = (at[name] ??= {}) as Record<string, unknown>;
  at[names.at(-1)!] = value;
  return copy;
}

describe('snippets insert valid values', () => {
  const bc = DIALECTS.batchcompute!;
  const snippets = (node: SchemaNode) => (node.defaultSnippets as Array<{ label: string; body: never }>).map((s) => ({ label: s.label, value: snippetValue(s.body) }));

  it('the whole-cluster snippets lint without errors (the starter specs)', () => {
    for (const dialect of DIALECT_LIST) {
      const errors = lintText(JSON.stringify(starterBody(dialect)), 'spec.json', { dialect: dialect.name }).filter((d) => d.severity === 'error');
      expect(errors, dialect.name).toEqual([]);
    }
  });

  it('the Groups, group and mount entry snippets lint without errors or warnings', () => {
    const base = starterBody(bc);
    const cases = [
      ...snippets(bc.schema.properties!.Groups!).map((s) => ({ ...s, body: { ...base, Groups: s.value } })),
      ...snippets((bc.schema.definitions as Record<string, SchemaNode>).Group!).map((s) => ({ ...s, body: { ...base, Groups: { g1: s.value } } })),
      ...snippets(bc.schema.properties!.Configs!.properties!.Mounts!.properties!.Entries!.items!).map((s) => ({ ...s, body: { ...base, Configs: { Mounts: { Entries: [s.value] } } } })),
    ];
    expect(cases.map((c) => c.label)).toEqual(['One on-demand group', 'On-demand group', 'Spot group', 'OSS mount']);
    for (const c of cases) expect(lintText(JSON.stringify(c.body), 'spec.json', { dialect: 'batchcompute' }), c.label).toEqual([]);
  });

  it('the config snippets are valid configs', () => {
    const values = [...snippets(CONFIG_SCHEMA), ...snippets(CONFIG_SCHEMA.properties!.overrides!.items!).map((s) => ({ ...s, value: { overrides: [s.value] } }))];
    expect(values.map((v) => v.label)).toEqual(['clusterlint config', 'Override for some files']);
    for (const v of values) expect(validateConfig(v.value), `${v.label}: ${JSON.stringify(validateConfig.errors)}`).toBe(true);
  });
});

describe('each Container Service check names its source (issue 12)', () => {
  it('every property of the schema has a $comment that starts "Source:" and names the seed, EVIDENCE, SPEC or an own decision', () => {
    const props = DIALECTS.containerservice!.schema.properties!;
    const problems = Object.entries(props)
      .filter(([, node]) => typeof node.$comment !== 'string' || !/^Source: .*\b(seed|EVIDENCE|SPEC|own decision)\b/.test(node.$comment))
      .map(([name]) => name);
    expect(problems).toEqual([]);
  });
});
