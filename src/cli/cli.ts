/**
 * The command line (SPEC §7): arguments → lintAll() → formatter → exit code.
 * Exit 0: no errors and warnings within --max-warnings; 1: errors or too many warnings;
 * 2: usage error, invalid config, unreadable path, or an internal failure (one line).
 */
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import type { FileResult } from '../api/diagnostic.js';
import { loadConfig, UsageError } from '../config/config.js';
import { inBatches, writeReport } from '../io/files.js';
import { maxFileSize, maxFindings } from '../config/limits.js';
import { lintInParallel, workersFor } from '../run/parallel.js';
import { lintPaths } from '../run/lint-paths.js';
import type { LintInput, LintOptions } from '../api/run-options.js';
import { fixAll, maskedDiff, writeFixed } from '../fix/fix-files.js';
import { dialectOverride, overridesFor } from '../finalize/severity.js';
import { checkReportTarget } from '../io/report-target.js';
import { nothingLinted } from '../io/unmatched.js';
import { cachePath, lintCached } from '../cache/lint-cached.js';
import { parseMaxWarnings, verdict } from './verdict.js';
import { FORMATS, formatContext, type FormatName } from '../formatters/index.js';
import { escapeText, safeJson } from '../formatters/safe-text.js';
import { runInit } from './init.js';
import type { CliIo } from './io.js';
export type { CliIo } from './io.js';
import { explainDoc, explainText } from '../docs/explain.js';
import type { DialectName } from '../api/rule-api.js';

const HELP = `Usage: clusterlint [options] [paths...]
       clusterlint init [--dialect NAME] [FILE]

Checks Alibaba Cloud CreateCluster specs (Batch Compute, Container Service) offline and reports
every problem with the API's own error code, message and HTTP status. Paths default to ".";
"-" reads standard input.

Options:
  -f, --format NAME       ${Object.keys(FORMATS).join(' | ')} (default: stylish)
  -f, --format NAME:FILE  also write a report in that format to FILE (repeatable)
  -o, --output-file FILE  write the report to FILE instead of standard output
  -c, --config FILE       use this config instead of the nearest clusterlint.config.{json,yaml,yml}
  --dialect NAME          batchcompute | containerservice: lint every file as this dialect
  --stdin-filename NAME   the name to report for "-" (default: <stdin>)
  --max-warnings N        exit 1 when there are more than N warnings (-1: no limit, the default)
  --ignore-unknown        skip named files that are not specs, as a directory walk does
                          (for pre-commit and lint-staged, which name every JSON/YAML file);
                          a run whose named files are all non-specs then exits 0 quietly
  --no-error-on-unmatched exit 0, not 2, when the paths hold no spec at all (the notice stays)
  -j, --jobs N            lint on up to N threads (no more than the cores) when there are enough
                          files (default: one per core)
  --fix                   fix the findings whose fix is certain, in place (README "Fixes");
                          the report shows what remains
  --fix-dry-run           print the fixes as a unified diff instead of writing them; the exit
                          status is as if they were applied (the report goes only to -o and
                          NAME:FILE reports)
  --cache                 take the results of files unchanged since the last --cache run from
                          a cache file, lint only the others (README "Cache")
  --cache-location PATH   the cache file (default: .clusterlintcache; a directory: a file in it)
  -q, --quiet             report errors only
  --color, --no-color     force colour, or plain text (also when NO_COLOR is set);
                          by default colour is used on a terminal only
  --print-config FILE     print the settings that apply to FILE and exit
  --explain CODE          print a code's documentation (message, status, what triggers it, how
                          to fix it, a failing and a passing example) and exit
  --lsp                   run the language server over stdio (the first argument; README
                          "Language server")
  -v, --version           print the version and exit
  -h, --help              print this help and exit

init writes a starter spec associated with its schema for editors (see init --help).

Exit status: 0 no errors, 1 errors (or too many warnings), 2 usage error or failure, or no
spec found at all (nothing linted is not a pass; see --no-error-on-unmatched).
`;


/**
 * Runs the command line and returns the exit code. Never throws. A failure is one line on stderr;
 * paths and other text in it are escaped like any output (they may come from a pull request).
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    return main(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`clusterlint: ${escapeText(e.message)}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr(`clusterlint: internal error: ${escapeText(err?.message ?? String(e))}${io.env.DEBUG ? '' : ' (set DEBUG=1 for details)'}\n`);
    if (io.env.DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
    return 2;
  }
}

function main(argv: readonly string[], io: CliIo): number {
  // A subcommand comes first; a file named "init" is linted as ./init.
  if (argv[0] === 'init') return runInit(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: negativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        dialect: { type: 'string' },
        'stdin-filename': { type: 'string' },
        'max-warnings': { type: 'string' },
        'ignore-unknown': { type: 'boolean' },
        'no-error-on-unmatched': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        'print-config': { type: 'string' },
        explain: { type: 'string' },
        lsp: { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    const message = (e as Error).message.split('\n')[0]!;
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw new UsageError(`${unknown ? `unknown option ${unknown[1]}` : message.replace(/\.$/, '')} (see --help)`);
  }
  const v = parsed.values;
  if (v.help) return io.stdout(HELP), 0;
  if (v.version) return io.stdout(`${pkg.version}\n`), 0;
  // The program starts the language server when --lsp comes first (src/main.ts); anywhere else it is a mistake.
  if (v.lsp) throw new UsageError('--lsp starts the language server and takes no other option before it: run `clusterlint --lsp`');
  if (v.explain !== undefined) {
    if (parsed.positionals.length) throw new UsageError('--explain takes a code, not paths to lint (see --help)');
    return io.stdout(explainText(explainDoc(v.explain))), 0;
  }

  const { main: formatName, files: reportFiles } = parseFormats(v.format ?? []);
  const dialect = v.dialect as DialectName | undefined;
  if (dialect !== undefined && dialect !== 'batchcompute' && dialect !== 'containerservice') {
    throw new UsageError(`unknown dialect "${v.dialect}"; use batchcompute or containerservice`);
  }
  const maxWarnings = parseMaxWarnings(v['max-warnings'], '--max-warnings');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run: use one of them');
  // Unset: one thread per core, asked only when there are files enough for threads.
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    if (!/^[1-9]\d*$/.test(v.jobs)) throw new UsageError(`--jobs takes a whole number of at least 1, not "${v.jobs}"`);
    jobs = Number(v.jobs);
  }

  const loaded = loadConfig(v.config, io.cwd);
  // Only stylish shows source lines: then each file's lines are kept from its one read.
  const excerpts = formatName === 'stylish' || reportFiles.some((r) => r.format === 'stylish');
  const options: LintOptions = { config: loaded.config, baseDir: loaded.baseDir, cwd: io.cwd, ...(dialect ? { dialect } : {}), ...(excerpts ? { excerpts } : {}) };

  if (v['print-config'] !== undefined) {
    io.stdout(`${safeJson(printConfig(v['print-config'], loaded.path, options), 2)}\n`);
    return 0;
  }

  const paths = parsed.positionals.length ? parsed.positionals : ['.'];
  if (v['output-file'] && reportFiles.some((r) => r.file === v['output-file'])) throw new UsageError(`two reports would be written to ${v['output-file']}`);
  const targets = [...(v['output-file'] ? [v['output-file']] : []), ...reportFiles.map((r) => r.file)];
  const run = lintPaths(paths, {
    loaded,
    cwd: io.cwd,
    dialect,
    ignoreUnknown: v['ignore-unknown'],
    excerpts,
    stdin: io.stdin,
    stdinName: v['stdin-filename'],
    // Once the files are listed, before any is linted: no report may replace one of them or
    // another spec (SPEC §7); then threads if the work pays for them.
    each: (inputs) => {
      for (const target of targets) checkReportTarget(target, inputs, io.cwd, maxFileSize(loaded.config));
      const spread = (toLint: readonly LintInput[]) => {
        const workers = workersFor(toLint, jobs);
        const script = workers > 0 ? io.workerScript : undefined;
        return script === undefined ? undefined : lintInParallel(workers, script);
      };
      if (!v.cache) return spread(inputs);
      // --cache: only the files changed since the last run are linted (src/cache/).
      const cache = { path: cachePath(v['cache-location'], io.cwd), cwd: io.cwd, limit: maxFileSize(loaded.config), reports: targets, notice: (t: string) => io.stderr(`clusterlint: ${escapeText(t)}\n`) };
      return lintCached(cache, spread);
    },
  });
  const { named } = run;
  let { inputs } = run;
  let results: FileResult[] = run.results;
  const dryRun = v['fix-dry-run'] === true;
  if (v.fix || dryRun) ({ inputs, results } = applyFixRun(run.inputs, run.results, options, dryRun, io));
  if (v.quiet) {
    results = results.map((r) => ({ ...r, warningCount: 0, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
  }

  // Colour is decided when a formatter first paints: whether standard output is a terminal is not
  // asked by a run with nothing to report, which then never opens it (src/cli/main.ts).
  const colorable = !v['no-color'] && !io.env.NO_COLOR && !v['output-file'];
  let color: boolean | undefined;
  // The report is written piece by piece as the formatter makes it (never held as one text).
  const context = {
    ...formatContext(results, io.cwd, false),
    get color() {
      return (color ??= colorable && (v.color === true || io.isTTY));
    },
  };
  const report = FORMATS[formatName](results, context);
  if (v['output-file']) writeReport(v['output-file'], report, io.cwd);
  // --fix-dry-run's standard output is the diff alone, so that `git apply` can read it.
  else if (!dryRun) inBatches(report, io.stdout);
  // Reports to files never carry colour, whatever the terminal.
  for (const r of reportFiles) writeReport(r.file, FORMATS[r.format](results, { ...context, color: false }), io.cwd);

  // Nothing linted is not a pass (SPEC §7): said after the report, which is still written (empty).
  const unmatched = nothingLinted({
    paths,
    inputs,
    named,
    linted: results.length,
    ignoreUnknown: v['ignore-unknown'] === true,
    include: loaded.config.include !== undefined,
    cwd: io.cwd,
  });
  if (unmatched) {
    io.stderr(`clusterlint: ${escapeText(unmatched)}\n`);
    return v['no-error-on-unmatched'] ? 0 : 2;
  }

  const { failure } = verdict(results, maxWarnings);
  if (dryRun) io.stderr(`clusterlint: ${dryRunSummary(results)}\n`);
  // Errors speak for themselves in the report; a warning limit needs saying.
  if (failure && failure.cause !== 'errors') io.stderr(`clusterlint: ${failure.message}\n`);
  return failure?.cause === 'rule-failure' ? 2 : failure ? 1 : 0;
}

/**
 * `--fix` (files written atomically) or `--fix-dry-run` (a unified diff on standard output) after
 * the lint: the inputs and results as they are once the fixes are applied (SPEC §10). A file that
 * cannot be written keeps its findings as they were, and says why on standard error.
 */
function applyFixRun(inputs: LintInput[], results: FileResult[], options: LintOptions, dryRun: boolean, io: CliIo): { inputs: LintInput[]; results: FileResult[] } {
  const outcome = fixAll(inputs, results, options, dryRun);
  const notices = [...outcome.notices];
  const failed = new Set<string>();
  for (const change of outcome.changed) {
    if (dryRun) {
      inBatches([maskedDiff(change)], io.stdout);
      continue;
    }
    const problem = writeFixed(change, io.cwd);
    if (problem) notices.push(problem), failed.add(change.input.file);
  }
  for (const notice of notices) io.stderr(`clusterlint: ${escapeText(notice)}\n`);
  if (failed.size === 0) return { inputs: outcome.inputs, results: outcome.results };
  const before = new Map(results.map((r) => [r.file, r]));
  return {
    inputs: outcome.inputs.map((input, i) => (failed.has(input.file) ? inputs[i]! : input)),
    results: outcome.results.map((r) => (failed.has(r.file) ? { ...before.get(r.file)!, fixedCount: 0 } : r)),
  };
}

/** What `--fix-dry-run` would leave, in one line for standard error. */
function dryRunSummary(results: readonly FileResult[]): string {
  let fixed = 0;
  let files = 0;
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    fixed += r.fixedCount ?? 0;
    if (r.fixedCount) files++;
    errors += r.errorCount;
    warnings += r.warningCount;
  }
  const left = errors + warnings;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(fixed, 'finding')} would be fixed in ${plural(files, 'file')}; ${plural(left, 'problem')} would remain (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
}

/**
 * The `--format` options (SPEC §7): at most one plain `NAME` (the report on standard output or in
 * `--output-file`; stylish when none), and any number of `NAME:FILE`, each written to its file.
 */
function parseFormats(options: readonly string[]): { main: FormatName; files: Array<{ format: FormatName; file: string }> } {
  const known = (name: string): FormatName => {
    if (Object.hasOwn(FORMATS, name)) return name as FormatName;
    throw new UsageError(`unknown format "${name}"; use one of: ${Object.keys(FORMATS).join(', ')}`);
  };
  const plain: FormatName[] = [];
  const files: Array<{ format: FormatName; file: string }> = [];
  const seen = new Set<string>();
  for (const option of options) {
    const colon = option.indexOf(':');
    if (colon < 0) {
      plain.push(known(option));
      continue;
    }
    const file = option.slice(colon + 1);
    if (!file) throw new UsageError(`--format ${option} names no file; write --format NAME:FILE`);
    if (seen.has(file)) throw new UsageError(`two reports would be written to ${file}`);
    seen.add(file);
    files.push({ format: known(option.slice(0, colon)), file });
  }
  if (plain.length > 1) throw new UsageError(`--format ${plain.join(' and --format ')}: only one report goes to standard output; write the others to files with --format NAME:FILE`);
  return { main: plain[0] ?? 'stylish', files };
}

/**
 * `--max-warnings -1` as `--max-warnings=-1`: Node's parser takes a value that starts with `-`
 * for an option and refuses it as "ambiguous"; ESLint's users write the -1 (no limit) apart.
 */
function negativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return [...out, ...argv.slice(i)];
    if (argv[i] === '--max-warnings' && /^-\d+$/.test(argv[i + 1] ?? '')) out.push(`--max-warnings=${argv[++i]}`);
    else out.push(argv[i]!);
  }
  return out;
}

/** The settings that apply to one file (`--print-config FILE`): overrides merged in order. */
function printConfig(file: string, configPath: string | undefined, options: LintOptions): Record<string, unknown> {
  const c = options.config;
  const severity: Record<string, string> = { ...(c.severity ?? {}) };
  for (const o of overridesFor(file, options)) Object.assign(severity, o.severity ?? {});
  return {
    file,
    configFile: configPath ?? null,
    dialect: options.dialect ?? dialectOverride(file, options) ?? null,
    include: c.include ?? null,
    exclude: c.exclude ?? null,
    quotas: c.quotas ?? {},
    forbiddenOppositeRouterTypes: c.forbiddenOppositeRouterTypes ?? [],
    instanceTypes: c.instanceTypes ?? null,
    maxFileSize: maxFileSize(c),
    maxFindingsPerFile: maxFindings(c),
    severity,
  };
}
