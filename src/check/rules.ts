/**
 * The rules of a ruleset, run on one document. A rule that throws is a bug in clusterlint, not in
 * the spec: it becomes one `RuleFailure` finding naming the rule, and the other rules still run.
 */
import type { Rule, RuleContext } from '../api/rule-api.js';
import { lint, lintCode } from '../catalogue/catalogue.js';
import { findingOf, type Finding, type FindingSink } from './findings.js';

/** Runs each rule that applies to the context's dialect, its findings into `sink`. */
export function runRules(rules: readonly Rule[], context: RuleContext, sink: FindingSink): void {
  for (const rule of rules) {
    if (rule.dialect !== 'any' && rule.dialect !== context.dialect) continue;
    // One context for all rules, its reporter swapped per rule (rules run one after another and keep nothing).
    context.report = sink.reporter(rule.id);
    try {
      rule.check(context);
    } catch (e) {
      sink.push(ruleFailure(rule.id, e));
    }
  }
}

/**
 * The finding for a rule that threw. Its detail names the rule and the kind of error, never the
 * error's message, which may quote a value of the spec (a secret among them).
 */
export function ruleFailure(rule: string, error: unknown): Finding {
  const kind = error instanceof Error ? error.name : typeof error;
  const f = findingOf(lint('RuleFailure'), rule, '', lintCode('RuleFailure').severity, 'container');
  f.detail = `The rule "${rule}" stopped with ${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind}; its findings for this document are missing. This is a bug in clusterlint: please report it with the spec's shape.`;
  return f;
}
