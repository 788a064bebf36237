/**
 * The GitHub Action (`action.yml` runs the bundle `dist/action.js`): inputs → lintAll() →
 * annotations, the job summary, an optional SARIF file and the outputs; the step fails on errors
 * or on more warnings than `max-warnings`. The only module that imports `@actions/core`; the
 * linting, formats and verdict are the command line's own.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { loadConfig, UsageError } from './core/config.js';
import { writeReport } from './core/files.js';
import { steerHeap, wantsSteering } from './core/heap.js';
import { changedFiles, type Base } from './core/git.js';
import { maxFileSize } from './core/limits.js';
import { lintPaths } from './core/lint-paths.js';
import { parseMaxWarnings, verdict } from './core/verdict.js';
import type { FileResult } from './diagnostic.js';
import { annotationOf } from './formatters/github.js';
import { formatJobSummary, SUMMARY_LIMIT } from './formatters/github-summary.js';
import { FORMATS, format, formatContext, type FormatContext } from './formatters/index.js';
import { escapeText } from './formatters/safe-text.js';

type Env = Record<string, string | undefined>;

async function run(env: Env): Promise<void> {
  const cwd = process.cwd();
  // `paths` is a list separated by spaces or new lines (a YAML block scalar reads well).
  const paths = core.getInput('paths').split(/\s+/).filter(Boolean);
  const maxWarnings = parseMaxWarnings(core.getInput('max-warnings') || undefined, 'max-warnings');
  const sarifFile = core.getInput('sarif-file');
  const onlyChanged = booleanInput('only-changed');

  const loaded = loadConfig(core.getInput('config') || undefined, cwd);
  // Every file is linted, so that checks across files (cluster count, idempotent tokens) see
  // the whole set; `only-changed` then keeps the findings of the changed files.
  const run = lintPaths(paths.length ? paths : ['.'], {
    loaded,
    cwd,
    stdin: noStdin,
    each: (listed) => {
      if (wantsSteering(listed, 0)) steerHeap(); // later than the command line's, which steers from its start
      return undefined;
    },
  });
  const inputs = run.inputs;
  let results = run.results;
  if (onlyChanged) results = keepChanged(results, cwd, env);

  const ctx = formatContext(inputs, cwd, false, maxFileSize(loaded.config));
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
  core.setOutput('error-count', outcome.errors);
  core.setOutput('warning-count', outcome.warnings);
  core.setOutput('sarif-file', sarifFile);
  await writeSummary(results, ctx, env);
  if (outcome.failure) core.setFailed(`clusterlint: ${outcome.failure.message}`);
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
 * The results of the files changed against the base of the pull request (or of the push). An
 * event without a base (a manual or scheduled run) keeps every result, and says so.
 */
function keepChanged(results: FileResult[], cwd: string, env: Env): FileResult[] {
  const base = baseOf(env);
  if (!base) {
    core.info('only-changed: this event has no pull request or push base to compare with; reporting every file.');
    return results;
  }
  let changed: Set<string>;
  try {
    changed = changedFiles(cwd, base);
  } catch (e) {
    throw new UsageError(`only-changed: ${(e as Error).message} (a checkout with fetch-depth: 0 has every commit)`);
  }
  const kept = results.filter((r) => changed.has(realPath(resolve(cwd, r.file))));
  core.info(`only-changed: ${kept.length} of ${results.length} linted file(s) changed since ${base.revision}.`);
  return kept;
}

/** The base to compare with: the pull request's (or merge queue's) base commit, else `GITHUB_BASE_REF`, else a push's previous head. */
function baseOf(env: Env): Base | undefined {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const sha = event.pull_request?.base?.sha ?? event.merge_group?.base_sha;
  if (typeof sha === 'string' && sha) return { revision: sha, fetch: sha };
  if (env.GITHUB_BASE_REF) return { revision: `origin/${env.GITHUB_BASE_REF}`, fetch: env.GITHUB_BASE_REF };
  // A push that creates a branch has no previous head (all zeros).
  if (typeof event.before === 'string' && /^[0-9a-f]+$/.test(event.before) && !/^0+$/.test(event.before)) return { revision: event.before, fetch: event.before };
  return undefined;
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
async function writeSummary(results: readonly FileResult[], ctx: FormatContext, env: Env): Promise<void> {
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
  const text = formatJobSummary(results, ctx, { budget: SUMMARY_LIMIT - existing, ...(link ? { link } : {}) });
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
