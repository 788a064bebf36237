/**
 * The checks across the files of one run (SPEC §4 "Across the files of one run"): each rule sees
 * the small summaries of every linted document, never whole documents, and collects its findings
 * by document, as the other checks do; `finalize` makes them into diagnostics with the file's own.
 */
import type * as Crypto from 'node:crypto';
import type { CrossFileRule, DocSummary } from '../api/rule-api.js';
import type { ClusterlintConfig } from '../config/config-types.js';
import { DIALECTS } from '../dialect/dialect.js';
import { builtin } from '../io/vendor.js';
import { isObject } from '../parse/pointer.js';
import { FindingSink } from './findings.js';
import { ruleFailure } from './rules.js';

/** What the checks across files may ask of a summarised document, answered by the run. */
export interface SummarySource {
  /** The 1-based line of the node at a pointer. */
  lineOf(summary: DocSummary, pointer: string): number;
  /** The document's body. */
  data(summary: DocSummary): Record<string, unknown>;
  /** The body hash kept with a summary (`--cache`), if any: then `data` is not asked. */
  keptHash?(summary: DocSummary): string | undefined;
}

/** Runs the checks across files over the summaries (in sorted path and document order); their findings by document. */
export function checkAcrossFiles(rules: readonly CrossFileRule[], summaries: readonly DocSummary[], config: ClusterlintConfig, source: SummarySource): Map<DocSummary, FindingSink> {
  const sinks = new Map<DocSummary, FindingSink>();
  const sinkOf = (summary: DocSummary) => {
    let sink = sinks.get(summary);
    if (!sink) sinks.set(summary, (sink = new FindingSink(DIALECTS[summary.dialect])));
    return sink;
  };
  const hashes = new Map<DocSummary, string>();
  for (const rule of rules) {
    try {
      rule.check({
        summaries,
        config,
        report: (summary) => sinkOf(summary).reporter(rule.id),
        lineOf: (summary, pointer) => source.lineOf(summary, pointer),
        bodyHash: (summary) => {
          let hash = hashes.get(summary);
          if (hash === undefined) hashes.set(summary, (hash = source.keptHash?.(summary) ?? hashBody(source.data(summary))));
          return hash;
        },
      });
    } catch (e) {
      // Named on the first document of the run: a check across files belongs to no one file.
      if (summaries[0]) sinkOf(summaries[0]).push(ruleFailure(rule.id, e));
    }
  }
  return sinks;
}

/**
 * A hash of a body as data: keys sorted, `IdempotentToken` and `$schema` left out. Every own key
 * counts, `__proto__` too (it is written as text, never assigned to an object).
 */
export function hashBody(data: Record<string, unknown>): string {
  const top = Object.keys(data)
    .filter((k) => k !== 'IdempotentToken' && k !== '$schema')
    .sort();
  return builtin<typeof Crypto>('node:crypto').createHash('sha256').update(canonicalText(data, top)).digest('hex');
}

/** Nesting the recursive writer takes; a deeper body is written by the iterative one. */
const RECURSIVE_DEPTH = 64;

/**
 * `canonicalJson`, by recursion while the body is shallow (every spec: the parsers stop at 128
 * levels): four times as fast, which a run with thousands of YAML documents with an
 * IdempotentToken, each hashed as it is parsed, pays for every one. A body that goes deeper is
 * written again by the iterative one (the same text; tested).
 */
export function canonicalText(root: Record<string, unknown>, keys: string[]): string {
  const out = { text: '' };
  return writeCanonical(root, keys, 0, out) ? out.text : canonicalJson(root, keys);
}

function writeCanonical(v: unknown, keys: string[] | undefined, depth: number, out: { text: string }): boolean {
  if (typeof v !== 'object' || v === null) {
    out.text += JSON.stringify(v) ?? 'null';
    return true;
  }
  if (depth >= RECURSIVE_DEPTH) return false;
  if (Array.isArray(v)) {
    out.text += '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out.text += ',';
      if (!writeCanonical(v[i], undefined, depth + 1, out)) return false;
    }
    out.text += ']';
    return true;
  }
  const record = v as Record<string, unknown>;
  const names = keys ?? Object.keys(record).sort();
  out.text += '{';
  for (let i = 0; i < names.length; i++) {
    out.text += `${i > 0 ? ',' : ''}${JSON.stringify(names[i])}:`;
    if (!writeCanonical(record[names[i]!], undefined, depth + 1, out)) return false;
  }
  out.text += '}';
  return true;
}

/**
 * The JSON text of a value with every object's keys sorted (`keys` for the root), written
 * straight into one string. Iterative, so a deeply nested body cannot exhaust the call stack:
 * the stack holds values to write and, flagged in `literal`, pieces of text (brackets, keys).
 */
export function canonicalJson(root: Record<string, unknown>, keys: string[]): string {
  let out = '';
  const items: unknown[] = [root];
  const literal: boolean[] = [false];
  const push = (item: unknown, text: boolean) => {
    items.push(item);
    literal.push(text);
  };
  let rootKeys: string[] | undefined = keys;
  while (items.length) {
    const v = items.pop();
    if (literal.pop()) {
      out += v as string;
    } else if (Array.isArray(v)) {
      push(']', true);
      for (let i = v.length - 1; i >= 0; i--) {
        push(v[i], false);
        if (i > 0) push(',', true);
      }
      out += '[';
    } else if (isObject(v)) {
      const names = rootKeys ?? Object.keys(v).sort();
      rootKeys = undefined;
      push('}', true);
      for (let i = names.length - 1; i >= 0; i--) {
        push(v[names[i]!], false);
        push(`${i > 0 ? ',' : ''}${JSON.stringify(names[i])}:`, true);
      }
      out += '{';
    } else out += JSON.stringify(v) ?? 'null';
  }
  return out;
}
