/**
 * The layout ARCHITECTURE.md describes, kept true: no import cycles in src/ and rules/, rules
 * import nothing of clusterlint but the rule API (and rules/lib/), and the stages import only
 * downstream of themselves. Imports are read from the source text (`import … from`, `export …
 * from`), type-only ones included: a cycle of types is still a knot for a reader.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'rules'))];
const rel = (path: string) => relative(ROOT, path).split('\\').join('/');

/** Each module's imports of other modules of the project, as paths relative to the root. */
const graph = new Map<string, string[]>(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => m[1]!);
    const targets = specs.filter((s) => !s.endsWith('.json')).map((s) => rel(resolve(dirname(file), s.replace(/\.js$/, '.ts'))));
    return [rel(file), targets];
  }),
);

describe('architecture', () => {
  it('reads the imports of every module (the parser of this test works)', () => {
    expect(graph.get('src/run/run.ts')).toContain('src/finalize/finalize.ts');
    expect(graph.get('rules/spot-settings.ts')).toEqual(['src/api/rule-api.ts']);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]) => {
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' > '));
        else if (!state.has(next)) visit(next, [...path, next]);
      }
      state.set(node, 'done');
    };
    for (const node of graph.keys()) if (!state.has(node)) visit(node, [node]);
    expect(cycles).toEqual([]);
  });

  it('rules import only the rule API and rules/lib (the closed rule contract)', () => {
    const outside = [...graph].filter(([file]) => file.startsWith('rules/') && file !== 'rules/index.ts').flatMap(([file, targets]) => targets.filter((t) => t !== 'src/api/rule-api.ts' && !t.startsWith('rules/lib/')).map((t) => `${file} imports ${t}`));
    expect(outside).toEqual([]);
  });

  it('the pipeline stages import only what comes before them', () => {
    // parse → dialect → check → finalize → run: a stage never imports a later one.
    const order = ['src/parse/', 'src/dialect/', 'src/check/', 'src/finalize/', 'src/run/'];
    const stage = (path: string) => order.findIndex((prefix) => path.startsWith(prefix));
    const backwards = [...graph].flatMap(([file, targets]) => (stage(file) < 0 ? [] : targets.filter((t) => stage(t) > stage(file)).map((t) => `${file} imports ${t}`)));
    expect(backwards).toEqual([]);
  });
});
