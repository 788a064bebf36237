/**
 * `--fix` and `--fix-dry-run` (SPEC §10): each file's fixes applied to its text, the text linted
 * again until no fix is left (a renamed key's value may then have one), and the files written
 * back atomically. Only the bytes of the fixed tokens change: the text is the file's own (a UTF-8
 * byte-order mark put back in front), so line endings, comments and quoting stay as they were.
 */
import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Diagnostic, FileResult, Fix } from '../api/diagnostic.js';
import { fixRounds, maskLikeFixed, unifiedDiff } from './fix.js';
import { reason } from '../config/config.js';
import { readInput } from '../io/files.js';
import { maxFileSize } from '../config/limits.js';
import { lintAll, lintOne, type LintEach, type LintInput, type LintOptions } from '../run/run.js';
import { readLimited } from '../io/read.js';
import { redactSecrets } from '../secrets/mask.js';
import { decodeUtf8 } from '../parse/text.js';


/** One file whose text the fixes change. */
export interface FixedText {
  input: LintInput;
  /** The bytes that were linted, and the bytes with the fixes applied. */
  before: Uint8Array;
  after: Uint8Array;
  /** How many findings the fixes removed. */
  fixed: number;
  /** Each round: the text before it (no byte-order mark) and its fixes, in order. */
  rounds: Array<{ text: string; fixes: Fix[] }>;
}

/** A run's fixes: the changed files, the results as if they were applied, and files left alone with why. */
export interface FixOutcome {
  changed: FixedText[];
  /** The inputs with the fixed files' new bytes: what the results were linted from. */
  inputs: LintInput[];
  results: FileResult[];
  notices: string[];
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * Works out every file's fixes and lints the fixed texts again (checks across files included).
 * Standard input and pipes (inputs that came with their bytes) are fixed only in `dryRun`: there
 * is no file to write them to.
 */
export function fixAll(inputs: readonly LintInput[], results: readonly FileResult[], options: LintOptions, dryRun: boolean, each?: LintEach): FixOutcome {
  const byFile = new Map(inputs.map((i) => [i.file, i]));
  const changed: FixedText[] = [];
  const notices: string[] = [];
  const replaced = new Map<LintInput, LintInput>();
  for (const result of results) {
    if (!result.diagnostics.some((d) => d.fix)) continue;
    const input = byFile.get(result.file);
    if (!input) continue;
    if (input.bytes && !dryRun) {
      notices.push(`${input.file} is not a file and is not fixed; --fix-dry-run shows its fixes as a diff`);
      continue;
    }
    const fixed = fixText(input, result, options);
    if (typeof fixed === 'string') notices.push(fixed);
    else if (fixed) {
      changed.push(fixed);
      replaced.set(input, { ...input, bytes: fixed.after });
    }
  }
  const newInputs = inputs.map((i) => replaced.get(i) ?? i);
  const fixedCount = new Map(changed.map((c) => [c.input.file, c.fixed]));
  const relinted = changed.length ? lintAll(newInputs, options, each) : [...results];
  return {
    changed,
    inputs: newInputs,
    results: relinted.map((r) => ({ ...r, fixedCount: fixedCount.get(r.file) ?? 0 })),
    notices,
  };
}

/** One file's text with its fixes applied, round after round; a notice when it cannot be fixed. */
function fixText(input: LintInput, result: FileResult, options: LintOptions): FixedText | string | undefined {
  const before = readInput(input, maxFileSize(options.config), options.cwd).bytes;
  const decoded = decodeUtf8(before);
  if (!decoded.ok) return undefined;
  const bom = hasBom(before);
  const fixesOf = (diagnostics: readonly Diagnostic[]) => diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
  const done = fixRounds(decoded.text, fixesOf(result.diagnostics), (text) => {
    const after = lintOne({ ...input, bytes: encode(text, bom) }, { ...options, excerpts: false });
    return after && fixesOf(after.diagnostics);
  });
  if (done === 'overlap') return `${input.file} is not fixed: two of its fixes change the same text`;
  if (!done) return undefined;
  return { input, before, after: encode(done.text, bom), fixed: done.fixed, rounds: done.rounds };
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function encode(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([UTF8_BOM, body]) : body;
}

/**
 * The unified diff of a fixed file, every secret value masked on both sides: each text is masked
 * on its own and also wherever the text after it is masked, round by round back from the last,
 * so a misspelt secret key (not a secret name until renamed) still has its value shown as `*`.
 */
export function maskedDiff(change: FixedText): string {
  const file = change.input.file;
  const bom = hasBom(change.before) ? '\uFEFF' : '';
  const masked = (text: string) => redactSecrets(file, Buffer.from(text, 'utf8'));
  let after = decodeUtf8(change.after).text;
  let maskedAfter = masked(after);
  const last = maskedAfter;
  for (let k = change.rounds.length - 1; k >= 0; k--) {
    const { text, fixes } = change.rounds[k]!;
    maskedAfter = maskLikeFixed(masked(text), after, maskedAfter, fixes);
    after = text;
  }
  return unifiedDiff(file, bom + maskedAfter, bom + last);
}

/**
 * Writes a fixed file atomically: a temporary file in the same folder (the real one, through a
 * symbolic link), with the file's mode, renamed over it — an interrupted run leaves the old file
 * or the new one, never half of one. A file that changed since it was read is left alone.
 */
export function writeFixed(change: FixedText, cwd: string): string | undefined {
  let target: string;
  let stat: Stats;
  let now: Uint8Array;
  try {
    target = realpathSync(resolve(cwd, change.input.path ?? change.input.file));
    stat = statSync(target);
    if (!stat.isFile()) return `${change.input.file} is not a regular file and is not fixed`;
    // Read no more than one byte past what was linted: enough to tell that it changed.
    now = readLimited(target, change.before.length, true).bytes;
  } catch (e) {
    return `${change.input.file} is not fixed: ${reason(e)}`;
  }
  if (!Buffer.from(now).equals(Buffer.from(change.before))) return `${change.input.file} changed while it was linted and is not fixed`;
  const temp = join(dirname(target), `.${basename(target)}.clusterlint-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, change.after, { flag: 'wx', mode: stat.mode & 0o7777 });
    // The umask may have taken bits off the mode asked for.
    chmodSync(temp, stat.mode & 0o7777);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    return `${change.input.file} is not fixed: ${(e as Error).message}`;
  }
  return undefined;
}
