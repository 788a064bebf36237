/**
 * The GitHub Action (`action.yml` runs the bundle `dist/action.js`): inputs → lintAll() →
 * annotations (the changed files' first), the job summary, optional SARIF and `format` reports
 * and the outputs; the step fails on errors or on more warnings than `max-warnings`. The only
 * module that imports `@actions/core`; the linting, formats and verdict are the command line's own.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { loadConfig, UsageError } from '../config/config.js';
import { writeReport } from '../io/files.js';
import { checkReportTarget } from '../io/report-target.js';
import { changedFiles, type Base } from '../io/git.js';
import { maxFileSize } from '../config/limits.js';
import { lintPaths } from '../run/lint-paths.js';
import { nothingLinted } from '../io/unmatched.js';
import { parseMaxWarnings, verdict } from '../cli/verdict.js';
import type { FileResult } from '../api/diagnostic.js';
import { annotationOf } from '../formatters/github.js';
import { formatJobSummary, SUMMARY_LIMIT } from '../formatters/github-summary.js';
import { FORMATS, format, formatContext, type FormatContext, type FormatName } from '../formatters/index.js';
import { escapeText } from '../formatters/safe-text.js';

type Env = Record<string, string | undefined>;

async function run(env: Env): Promise<void> {
  const cwd = resolve(process.cwd(), core.getInput('working-directory') || '.');
  if (!isDirectory(cwd)) throw new UsageError(`working-directory ${core.getInput('working-directory')} is not a folder`);
  // Untrimmed: a one-line block (`paths: |`) still ends in a line break, which makes it one path.
  const paths = pathsInput(core.getInput('paths', { trimWhitespace: false }));
  const maxWarnings = parseMaxWarnings(core.getInput('max-warnings') || undefined, 'max-warnings');
  const sarifFile = core.getInput('sarif-file');
  const onlyChanged = booleanInput('only-changed');
  const ignoreUnknown = booleanInput('ignore-unknown');
  const extra = extraReport(core.getInput('format'), core.getInput('output-file'));
  // Empty means the default (true), so a workflow written before the input existed still fails on an empty run.
  const errorOnUnmatched = core.getInput('error-on-unmatched') === '' || booleanInput('error-on-unmatched');

  const loaded = loadConfig(core.getInput('config') || undefined, cwd);
  const given = paths.length ? paths : ['.'];
  // Every file is linted, so that checks across files (cluster count, idempotent tokens) see
  // the whole set; `only-changed` then keeps the findings of the changed files.
  const run = lintPaths(given, {
    loaded,
    cwd,
    stdin: noStdin,
    // Named files are linted as if a walk had found them: one that is not a spec is skipped (as the CLI's --ignore-unknown).
    ignoreUnknown,
    // The log shows the stylish report, with source lines.
    excerpts: true,
    // Once the files are listed, before any is linted: no report may replace one of them or another spec.
    each: (listed) => {
      for (const target of [sarifFile, extra?.file]) if (target) checkReportTarget(target, listed, cwd, maxFileSize(loaded.config));
      return undefined;
    },
  });
  const { inputs, named } = run;
  let results = run.results;
  // Nothing linted is not a pass (SPEC §7), as on the command line: asked before only-changed
  // keeps some results, since it is about what the paths hold.
  const unmatched = nothingLinted({
    paths: given,
    inputs,
    named,
    linted: results.length,
    ignoreUnknown,
    include: loaded.config.include !== undefined,
    cwd,
  });
  const changed = changedSet(cwd, env, onlyChanged);
  if (onlyChanged && changed) {
    const kept = results.filter((r) => changed.has(realPath(resolve(cwd, r.file))));
    core.info(`only-changed: ${kept.length} of ${results.length} linted file(s) changed since ${changed.since}.`);
    results = kept;
  } else if (changed) {
    // GitHub shows only the first annotations of a step: the files this change touches come first.
    results = [...results.filter((r) => changed.has(realPath(resolve(cwd, r.file)))), ...results.filter((r) => !changed.has(realPath(resolve(cwd, r.file))))];
  }

  const ctx = formatContext(results, cwd, false);
  const outcome = verdict(results, maxWarnings);
  const report = format('stylish', results, { ...ctx, color: true });
  if (report) {
    core.startGroup(`clusterlint: ${outcome.errors} error(s), ${outcome.warnings} warning(s)`);
    core.info(report);
    core.endGroup();
  }
  for (const d of results.flatMap((r) => r.diagnostics)) {
    const a = annotationOf(d, ctx);
    // Named calls, not core[a.kind]: the bundler can then leave out what the Action never uses.
    if (a.kind === 'error') core.error(a.message, a.properties);
    else core.warning(a.message, a.properties);
  }
  if (sarifFile) writeReport(sarifFile, FORMATS.sarif(results, ctx), cwd);
  if (extra) writeReport(extra.file, FORMATS[extra.format](results, ctx), cwd);
  core.setOutput('error-count', outcome.errors);
  core.setOutput('warning-count', outcome.warnings);
  core.setOutput('sarif-file', sarifFile);
  core.setOutput('output-file', extra?.file ?? '');
  await writeSummary(results, ctx, env, changed !== undefined && !onlyChanged);
  if (unmatched && errorOnUnmatched) core.setFailed(`clusterlint: ${escapeText(unmatched)} (set error-on-unmatched: false to allow it)`);
  else if (unmatched) core.info(`clusterlint: ${escapeText(unmatched)}`);
  else if (outcome.failure) core.setFailed(`clusterlint: ${outcome.failure.message}`);
  else core.info(`clusterlint: ${results.length} file(s) linted, no errors, ${outcome.warnings} warning(s).`);
}

/** A boolean input: empty is false; otherwise YAML's true/false spellings, as `@actions/core` reads them. */
function booleanInput(name: string): boolean {
  if (core.getInput(name) === '') return false;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UsageError(`${name} must be true or false, not "${core.getInput(name)}"`);
  }
}

function noStdin(): Uint8Array {
  throw new UsageError('"-" (standard input) cannot be linted in the Action; name files or folders in paths');
}

/**
 * The `paths` input. Several lines (a YAML block, `paths: |`) are one path each, so a path may
 * hold spaces; blank lines and the spaces around a line are dropped. A single line is split at
 * spaces, as before one-per-line existed (`paths: specs clusters`).
 */
function pathsInput(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const list = lines.length > 1 ? lines.map((l) => l.trim()) : text.split(/\s+/);
  return list.filter(Boolean);
}

/** The extra report (`format` and `output-file` inputs): both or neither. */
function extraReport(name: string, file: string): { format: FormatName; file: string } | undefined {
  if (!name && !file) return undefined;
  if (!name) throw new UsageError('output-file needs the format input too (json, sarif, …)');
  if (!(name in FORMATS)) throw new UsageError(`unknown format "${name}"; use one of: ${Object.keys(FORMATS).join(', ')}`);
  if (!file) throw new UsageError(`format ${name} needs the output-file input: the file to write the report to`);
  return { format: name as FormatName, file };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The files changed against the base of the pull request (or of the push), with the base named.
 * With `only-changed` a failure to compare stops the run; otherwise the set only orders the
 * annotations, and a failure is said in the log and the findings keep their order.
 */
function changedSet(cwd: string, env: Env, required: boolean): (Set<string> & { since: string }) | undefined {
  const base = baseOf(env);
  if (!base) {
    if (required) core.info('only-changed: this event has no pull request or push base to compare with; reporting every file.');
    return undefined;
  }
  try {
    return Object.assign(changedFiles(cwd, base), { since: base.revision });
  } catch (e) {
    if (required) throw new UsageError(`only-changed: ${(e as Error).message} (a checkout with fetch-depth: 0 has every commit)`);
    core.info(`clusterlint: cannot list the changed files (${escapeText((e as Error).message)}); annotations follow the files' order.`);
    return undefined;
  }
}

/**
 * The base to compare with: the pull request's (or merge queue's) base commit, else
 * `GITHUB_BASE_REF`, else a push's previous head. A commit from the event file must be an object
 * id (SHA-1 or SHA-256, in hexadecimal) before it goes near git: the file is data a workflow
 * may not control, and a value such as `--upload-pack=…` would be an option of `git fetch`.
 */
function baseOf(env: Env): Base | undefined {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const [field, sha] =
    event.pull_request?.base?.sha !== undefined ? ['pull_request.base.sha', event.pull_request.base.sha] : ['merge_group.base_sha', event.merge_group?.base_sha];
  if (sha !== undefined && sha !== null && sha !== '') return { revision: objectId(sha, field), fetch: objectId(sha, field) };
  if (env.GITHUB_BASE_REF) return { revision: `origin/${env.GITHUB_BASE_REF}`, fetch: env.GITHUB_BASE_REF };
  if (event.before === undefined || event.before === null) return undefined;
  const before = objectId(event.before, 'before');
  // A push that creates a branch has no previous head (all zeros).
  return /^0+$/.test(before) ? undefined : { revision: before, fetch: before };
}

/** A commit id from the event file, checked: 40 (SHA-1) or 64 (SHA-256) hexadecimal digits. */
function objectId(value: unknown, field: string): string {
  if (typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value)) return value;
  throw new UsageError(`only-changed: the event's ${field} is not a commit id (40 or 64 hexadecimal digits)`);
}

/** The parts of the event payload this Action reads. */
interface EventPayload {
  pull_request?: { base?: { sha?: unknown } };
  merge_group?: { base_sha?: unknown };
  before?: unknown;
}

function readEvent(path: string | undefined): EventPayload {
  if (!path) return {};
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof data === 'object' && data !== null ? (data as EventPayload) : {};
  } catch {
    return {};
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Appends the findings table to the step's summary, within what GitHub accepts. */
async function writeSummary(results: readonly FileResult[], ctx: FormatContext, env: Env, changedFirst: boolean): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  let existing = 0;
  try {
    existing = statSync(file).size;
  } catch {
    // A summary file that does not exist yet holds nothing.
  }
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  const link =
    server && repository && sha
      ? (path: string, line: number) => `${server}/${repository}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`
      : undefined;
  const text = formatJobSummary(results, ctx, { budget: SUMMARY_LIMIT - existing, changedFirst, ...(link ? { link } : {}) });
  await core.summary.addRaw(text).write();
}

try {
  await run(process.env);
} catch (e) {
  // Escaped like the command line's stderr: a message can name a path from the pull request.
  if (e instanceof UsageError) core.setFailed(`clusterlint: ${escapeText(e.message)}`);
  else {
    const err = e as Error;
    core.setFailed(`clusterlint: internal error: ${escapeText(err?.message ?? String(e))}`);
    core.debug(err?.stack ?? '');
  }
}
