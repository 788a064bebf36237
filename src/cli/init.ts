/**
 * `clusterlint init [--dialect NAME] [FILE]`: writes a starter spec that editors already
 * associate with its schema — a `$schema` key in JSON, a `# yaml-language-server: $schema=…`
 * modeline in YAML — so completion, hover and the documented error texts work from the first
 * keystroke, and clusterlint picks the dialect from the same reference (SPEC §1).
 *
 * The starter's body is the dialect schema's "whole cluster" `defaultSnippets` entry with its
 * placeholders filled by their defaults: the snippet an editor inserts and the file `init` writes
 * are one text, kept in the schema. An existing file is never overwritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type * as Yaml from 'yaml';
import type { CliIo } from './io.js';
import { starterBody } from '../dialect/starter.js';
import { reason, UsageError } from '../config/config.js';
import { DIALECTS, type Dialect, type SchemaNode } from '../dialect/dialect.js';
import { vendor } from '../io/vendor.js';
import type { DialectName } from '../api/rule-api.js';

const HELP = `Usage: clusterlint init [--dialect NAME] [FILE]

Writes a starter CreateCluster spec that editors associate with clusterlint's schema (a "$schema"
key in JSON, a "# yaml-language-server: $schema=..." line in YAML). The format follows FILE's
extension (.json, .yaml or .yml). An existing file is never overwritten.

Options:
  --dialect NAME   batchcompute | containerservice (default: from FILE's name, else batchcompute)
  --help           print this help and exit

FILE defaults to cluster.<dialect>.yaml in the working directory.
`;

/** The package's name, if `dir` holds a package.json that names one. */
function packageName(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

/** A path from `fromDir` to `to`, with `/` separators and a leading `./` or `../`, as `$schema` values are written. */
function relativeRef(fromDir: string, to: string): string {
  const rel = relative(fromDir, to).split(sep).join('/');
  return rel.startsWith('../') ? rel : `./${rel}`;
}

/** Where a spec at `target` finds a schema file, and whether that file is there today. */
export interface SchemaReference {
  ref: string;
  exists: boolean;
}

/**
 * The `$schema` reference for a spec at `target`: a path relative to the spec's directory into the
 * nearest `node_modules/clusterlint/schemas/` (or this package's own `schemas/` when the spec sits
 * inside the clusterlint project). Without an installation, the path points where
 * `npm install --save-dev clusterlint` will put it: under the nearest directory with a
 * package.json, else beside the spec. A relative path works offline, in every editor, and follows
 * the installed version — the schema the linter itself uses; its last segment names the dialect.
 */
export function schemaReference(target: string, schemaFile: string): SchemaReference {
  const from = dirname(target);
  let projectRoot: string | undefined;
  for (let dir = from; ; dir = dirname(dir)) {
    const installed = join(dir, 'node_modules', 'clusterlint', 'schemas', schemaFile);
    if (existsSync(installed)) return { ref: relativeRef(from, installed), exists: true };
    const own = join(dir, 'schemas', schemaFile);
    if (packageName(dir) === 'clusterlint' && existsSync(own)) return { ref: relativeRef(from, own), exists: true };
    if (projectRoot === undefined && existsSync(join(dir, 'package.json'))) projectRoot = dir;
    if (dirname(dir) === dir) break;
  }
  return { ref: relativeRef(from, join(projectRoot ?? from, 'node_modules', 'clusterlint', 'schemas', schemaFile)), exists: false };
}

/** The text of a starter spec in JSON (with a `$schema` key) or YAML (with a modeline and comments). */
function starterText(dialect: Dialect, format: 'json' | 'yaml', ref: string, shownName: string): string {
  const body = starterBody(dialect);
  if (format === 'json') return `${JSON.stringify({ $schema: ref, ...body }, null, 2)}\n`;
  // Loaded here, not imported: a plain run must not load the YAML package (src/io/vendor.ts).
  const { Document, isPair, isScalar } = vendor<typeof Yaml>('yaml');
  const doc = new Document(body);
  const properties = dialect.schema.properties ?? {};
  // A secret in the starter is a placeholder: say so where it stands (PlaintextSecret warns about it).
  for (const item of (doc.contents as { items?: unknown[] }).items ?? []) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const node: SchemaNode | undefined = properties[String(item.key.value)];
    if (node?.['x-secret']) item.key.commentBefore = ' A placeholder: inject the real secret at deploy time (clusterlint warns while it is written here).';
  }
  const title = String(dialect.schema.title ?? dialect.name);
  const header = [
    `# yaml-language-server: $schema=${ref}`,
    `# ${title}, written by \`clusterlint init\`.`,
    '# Your editor completes and explains each field from the schema above. Check the file with:',
    `#   npx clusterlint ${shownName}`,
  ];
  return `${header.join('\n')}\n${doc.toString()}`;
}

/** The dialect a file name suggests (`x.containerservice.yaml`), if any. */
function dialectOfName(file: string): DialectName | undefined {
  const parts = basename(file).toLowerCase().split('.');
  return (Object.keys(DIALECTS) as DialectName[]).find((name) => parts.slice(0, -1).includes(name));
}

/** Runs `clusterlint init` (arguments after `init`) and returns the exit code; problems are `UsageError`s. */
export function runInit(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { dialect: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    const message = (e as Error).message.split('\n')[0]!;
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw new UsageError(`init: ${unknown ? `unknown option ${unknown[1]}` : message.replace(/\.$/, '')} (see init --help)`);
  }
  if (parsed.values.help) return io.stdout(HELP), 0;
  if (parsed.positionals.length > 1) throw new UsageError('init writes one file; name at most one (see init --help)');
  const asked = parsed.values.dialect;
  if (asked !== undefined && !(asked in DIALECTS)) throw new UsageError(`unknown dialect "${asked}"; use batchcompute or containerservice`);
  const given = parsed.positionals[0];
  const name = (asked ?? (given ? dialectOfName(given) : undefined) ?? 'batchcompute') as DialectName;
  const dialect = DIALECTS[name]!;
  const file = given ?? `cluster.${name}.yaml`;
  const ext = extname(file).toLowerCase();
  if (ext !== '.json' && ext !== '.yaml' && ext !== '.yml') throw new UsageError(`init writes a .json, .yaml or .yml file, not "${file}"`);

  const target = resolve(io.cwd, file);
  const { ref, exists } = schemaReference(target, dialect.schemaFile);
  const text = starterText(dialect, ext === '.json' ? 'json' : 'yaml', ref, file);
  try {
    // `wx` fails when the file exists, so a file that appears meanwhile is not overwritten either.
    writeFileSync(target, text, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EEXIST' ? `${file} already exists; init never overwrites a file (name another one)` : `cannot write ${file}: ${reason(e)}`);
  }
  io.stdout(`Wrote ${file}: a ${dialect.schema.title} associated with ${ref}.\n`);
  if (!exists) io.stdout(`Install clusterlint in this project (npm install --save-dev clusterlint) so that editors find ${ref}.\n`);
  io.stdout(`Check it with: npx clusterlint ${file}\n`);
  return 0;
}
