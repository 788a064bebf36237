/**
 * The command line (SPEC §7): arguments → lintAll() → formatter → exit code.
 * Exit 0: no errors and warnings within --max-warnings; 1: errors or too many warnings;
 * 2: usage error, invalid config, unreadable path, or an internal failure (one line).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pkg from '../package.json' with { type: 'json' };
import type { FileResult } from './diagnostic.js';
import { loadConfig, UsageError } from './core/config.js';
import { collectInputs } from './core/files.js';
import { DEFAULT_MAX_FILE_SIZE } from './core/limits.js';
import { lintAll, type LintOptions } from './core/run.js';
import { maskSecrets } from './core/secrets.js';
import { dialectOverride, overridesFor } from './core/severity.js';
import { FORMATS, format, type FormatName } from './formatters/index.js';
import { escapeText, safeJson } from './formatters/safe-text.js';
import type { DialectName } from './rule-api.js';

const HELP = `Usage: clusterlint [options] [paths...]

Checks Alibaba Cloud CreateCluster specs (Batch Compute, Container Service) offline and reports
every problem with the API's own error code, message and HTTP status. Paths default to ".";
"-" reads standard input.

Options:
  --format NAME           ${Object.keys(FORMATS).join(' | ')} (default: stylish)
  --output-file FILE      write the report to FILE instead of standard output
  --config FILE           use this config instead of the nearest clusterlint.config.{json,yaml,yml}
  --dialect NAME          batchcompute | containerservice: lint every file as this dialect
  --stdin-filename NAME   the name to report for "-" (default: <stdin>)
  --max-warnings N        exit 1 when there are more than N warnings
  --quiet                 report errors only
  --no-color              plain text (also when NO_COLOR is set)
  --print-config FILE     print the settings that apply to FILE and exit
  --version               print the version and exit
  --help                  print this help and exit

Exit status: 0 no errors, 1 errors (or too many warnings), 2 usage error or failure.
`;

/** What a run of the CLI needs from the outside world (so tests can drive it in-process). */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, or at least its first `max` bytes when it is longer (it need not be read further). */
  stdin(max: number): Uint8Array;
  isTTY: boolean;
}

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
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        dialect: { type: 'string' },
        'stdin-filename': { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        'print-config': { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} (see --help)`);
  }
  const v = parsed.values;
  if (v.help) return io.stdout(HELP), 0;
  if (v.version) return io.stdout(`${pkg.version}\n`), 0;

  const formatName = (v.format ?? 'stylish') as FormatName;
  if (!(formatName in FORMATS)) throw new UsageError(`unknown format "${v.format}"; use one of: ${Object.keys(FORMATS).join(', ')}`);
  const dialect = v.dialect as DialectName | undefined;
  if (dialect !== undefined && dialect !== 'batchcompute' && dialect !== 'containerservice') {
    throw new UsageError(`unknown dialect "${v.dialect}"; use batchcompute or containerservice`);
  }
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings takes a whole number, not "${v['max-warnings']}"`);
    maxWarnings = Number(v['max-warnings']);
  }

  const loaded = loadConfig(v.config, io.cwd);
  const options: LintOptions = { config: loaded.config, baseDir: loaded.baseDir, ...(dialect ? { dialect } : {}) };

  if (v['print-config'] !== undefined) {
    io.stdout(`${safeJson(printConfig(v['print-config'], loaded.path, options), 2)}\n`);
    return 0;
  }

  const paths = parsed.positionals.length ? parsed.positionals : ['.'];
  const inputs = collectInputs(paths, loaded.config, loaded.baseDir, io.stdin, v['stdin-filename'] ?? '<stdin>');
  let results: FileResult[] = lintAll(inputs, options);
  if (v.quiet) {
    results = results.map((r) => ({ ...r, warningCount: 0, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
  }

  const color = !v['no-color'] && !io.env.NO_COLOR && (v.color === true || io.isTTY) && !v['output-file'];
  const sources = new Map(inputs.map((i) => [i.file, i.bytes]));
  const output = format(formatName, results, {
    color,
    cwd: io.cwd,
    source: (file) => {
      const bytes = sources.get(file);
      return bytes ? maskSecrets(file, bytes) : undefined;
    },
  });
  if (v['output-file']) {
    try {
      writeFileSync(v['output-file'], output);
    } catch (e) {
      throw new UsageError(`cannot write ${v['output-file']}: ${(e as Error).message}`);
    }
  } else if (output) io.stdout(output);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`clusterlint: too many warnings (${warnings}); the maximum is ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
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
    maxFileSize: c.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    severity,
  };
}
