/**
 * The catalogue of codes and messages: the one place where a code's documented text lives.
 *
 * API rows are copied verbatim from the Batch Compute CreateCluster error table
 * (`shared/seeds/batchcompute-createcluster.txt`); the templates and lint-only codes follow
 * SPEC.md §3. Nothing else in the project writes a message by hand.
 */

import type { DialectName } from '../config/config-types.js';

/** Where a code comes from (SPEC §2 `origin`). */
export type Origin = 'api' | 'template' | 'lint';

/** Severity a diagnostic can have once config is applied. */
export type Severity = 'error' | 'warning';

/**
 * The class of a validity check, in the order the API runs them (SPEC §2 "One finding per
 * parameter"): the type, then length / size / range ("bounds"), then characters / format /
 * allowed values ("format"), then the account's quota.
 */
export type CheckKind = 'type' | 'bounds' | 'format' | 'quota';

/** Rank of each check kind; a lower rank is checked first and wins for a parameter. */
export const CHECK_RANK: Record<CheckKind | 'missing', number> = {
  missing: 0,
  type: 1,
  bounds: 2,
  format: 3,
  quota: 4,
};

/** One row of the API's error table. `kind` tells which check a row belongs to when a code has several. */
export interface ApiRow {
  code: string;
  message: string;
  status: number;
  kind?: CheckKind | 'missing' | 'syntax';
  /**
   * Where clusterlint reports the row differently from the English reference page, and why (the
   * source, from EVIDENCE.md): shown in the README catalogue. The row's code and message never change.
   */
  note?: string;
}

/** The Batch Compute CreateCluster error table, verbatim, in the document's order. */
export const API_ROWS: readonly ApiRow[] = [
  { code: 'IdempotentTokenMismatch', message: 'Specified idempotent token mismatch.', status: 400 },
  { code: 'InvalidJsonFormat', message: 'The request body has an invalid json format.', status: 400, kind: 'syntax' },
  { code: 'InvalidHttpBody', message: 'Specified parameter HttpBody is not valid. Its type must be object.', status: 400, kind: 'type' },
  { code: 'MissingName', message: 'Name is mandatory for this action.', status: 400, kind: 'missing' },
  {
    code: 'MissingConfigs.Networks.VPC.OppositeRouterId',
    message: 'Configs.Networks.VPC.OppositeRouterId is mandatory for this action.',
    status: 400,
    kind: 'missing',
  },
  {
    code: 'MissingConfigs.Networks.VPC.OppositeAccessPointId',
    message: 'Configs.Networks.VPC.OppositeAccessPointId is mandatory for this action.',
    status: 400,
    kind: 'missing',
  },
  {
    code: 'MissingConfigs.Networks.VPC.OppositeRegionId',
    message: 'Configs.Networks.VPC.OppositeRegionId is mandatory for this action.',
    status: 400,
    kind: 'missing',
  },
  { code: 'InvalidName', message: 'Specified parameter Name is not valid. Its type must be string.', status: 400, kind: 'type' },
  { code: 'InvalidName', message: 'Specified parameter Name is not valid. Its length must be in [1, 64].', status: 400, kind: 'bounds' },
  {
    code: 'InvalidName',
    message:
      'Specified parameter Name is not valid. It must only contain characters within [a-zA-Z0-9_-], and must not start with [0-9].',
    status: 400,
    kind: 'format',
  },
  { code: 'InvalidDescription', message: 'Specified parameter Description is not valid. Its type must be string.', status: 400, kind: 'type' },
  {
    code: 'InvalidDescription',
    message: 'Specified parameter Description is not valid. Its length must be in [0, 1024].',
    status: 400,
    kind: 'bounds',
  },
  { code: 'MissingImageId', message: 'ImageId is mandatory for this action.', status: 400, kind: 'missing' },
  {
    code: 'InvalidImageId',
    message: 'Specified parameter ImageId is not valid. Its type must be string.',
    status: 400,
    kind: 'type',
    note: 'Also checked for a group\'s ImageId. An id that starts with neither m- nor img- is InvalidImageId as a warning, with the template message (the official bcs command line refuses such ids; the page states no format).',
  },
  { code: 'InvalidImageId', message: 'Specified parameter ImageId is not valid. Its length must be in [1, 256].', status: 400, kind: 'bounds' },
  { code: 'InvalidUserData', message: 'Specified parameter UserData is not valid. Its type must be object.', status: 400, kind: 'type' },
  { code: 'InvalidUserData', message: 'Specified parameter UserData is not valid. Its size must be in [0, 64].', status: 400, kind: 'bounds' },
  {
    code: 'InvalidUserData.{key}',
    message: 'Specified parameter UserData.{key} is not valid. Its length must be in [1, 128].',
    status: 400,
    kind: 'bounds',
  },
  {
    code: 'InvalidUserData.{key}.value',
    message: 'Specified parameter UserData.{key}.value is not valid. Its type must be string.',
    status: 400,
    kind: 'type',
  },
  {
    code: 'InvalidUserData.{key}.value',
    message: 'Specified parameter UserData.{key}.value is not valid. Its length must be in [0, 1024].',
    status: 400,
    kind: 'bounds',
  },
  { code: 'InvalidGroups', message: 'Specified parameter Groups is not valid. Its type must be object.', status: 400, kind: 'type' },
  {
    code: 'InvalidGroups.{key}',
    message: 'Specified parameter Groups.{key} is not valid. Its type must be object.',
    status: 400,
    kind: 'type',
  },
  {
    code: 'InvalidGroups.{key}',
    message: 'Specified parameter Groups.{key} is not valid. Its size must be in [1, 64].',
    status: 400,
    kind: 'bounds',
  },
  { code: 'MissingDesiredVMCount', message: 'DesiredVMCount is mandatory for this action.', status: 400, kind: 'missing' },
  {
    code: 'InvalidDesiredVMCount',
    message: 'Specified parameter DesiredVMCount is not valid. Its type must be integer.',
    status: 400,
    kind: 'type',
  },
  {
    code: 'InvalidDesiredVMCount',
    message: 'Specified parameter DesiredVMCount is not valid. It must be in [1, 65536].',
    status: 400,
    kind: 'bounds',
    note: '0 is this row as a warning: the API creates an empty group of 0 VMs, to be scaled later (the Java SDK\'s ClusterTest.testCluster2 gets 201).',
  },
  {
    code: 'InvalidCidrBlock',
    message: 'Specified parameter CidrBlock is not valid. Configs.Networks.VPC.CidrBlock is not valid.',
    status: 400,
    note: 'A mask outside 12–24 (16–24 in 192.168.0.0/16) is this row as a warning: the page says creation "may fail" then.',
  },
  { code: 'QuotaExhausted.MaxClusterCount', message: 'The MaxClusterCount ({value}) quota is exhausted.', status: 403, kind: 'quota' },
  {
    code: 'QuotaExhausted.MaxClusterGroupCount',
    message: 'The MaxClusterGroupCount ({value}) quota is exhausted.',
    status: 403,
    kind: 'quota',
  },
  {
    code: 'QuotaExhausted.MaxClusterGroupDesiredVMCount',
    message: 'The MaxClusterGroupDesiredVMCount ({value}) quota is exhausted.',
    status: 403,
    kind: 'quota',
  },
  {
    code: 'QuotaExhausted.Configs.Networks.VPC.OppositeRouterType',
    message: 'The Configs.Networks.VPC.OppositeRouterType ({value}) is forbidden.',
    status: 403,
    kind: 'quota',
  },
  {
    code: 'MissingInstanceType',
    message: 'InstanceType is mandatory for this action.',
    status: 400,
    kind: 'missing',
    note: 'The page marks the cluster\'s InstanceType required, but the SDKs and the API\'s own tests create clusters that name it only per group: reported at each group without one when the cluster has none, at the root only when there is no group.',
  },
  { code: 'InvalidInstanceType', message: 'Specified parameter InstanceType is not valid.', status: 400 },
  { code: 'MissingResourceType', message: 'ResourceType is mandatory for this action.', status: 400, kind: 'missing' },
  {
    code: 'InvalidResourceType',
    message: 'Specified parameter ResourceType is not valid.',
    status: 400,
    note: 'PrePaid is accepted besides OnDemand and Spot (GetQuota lists all three).',
  },
  { code: 'Invalid{Parameter}', message: 'Specified parameter {Parameter} is not valid.', status: 400 },
];

/** The API's templates for parameters without a row of their own (SPEC §3). */
const TEMPLATES = {
  missing: { code: 'Missing{Parameter}', message: '{Parameter} is mandatory for this action.', status: 400 },
  invalid: { code: 'Invalid{Parameter}', message: 'Specified parameter {Parameter} is not valid.', status: 400 },
} as const;

/** A lint-only code (SPEC §3): found by clusterlint, never answered by the API. */
export interface LintCode {
  code: string;
  message: string;
  severity: Severity;
  /** One line for the README catalogue and SARIF rule descriptions. */
  summary: string;
}

/** Every lint-only code with its default severity (SPEC §3 "Lint-only codes", "Syntax"). */
export const LINT_CODES: readonly LintCode[] = [
  {
    code: 'InvalidYamlFormat',
    message: 'The spec file has an invalid YAML format.',
    severity: 'error',
    summary: 'The YAML file does not parse (or is not UTF-8); as a warning, a %YAML directive for a version other than 1.2 (the file is read as YAML 1.2 all the same).',
  },
  {
    code: 'FileTooLarge',
    message: 'The spec file is larger than the size limit and was not checked.',
    severity: 'error',
    summary: 'A file over the size limit (maxFileSize, 10 MiB by default); only its first bytes are read.',
  },
  {
    code: 'TooManyFindings',
    message: 'The file has more findings than clusterlint reports for one file; the rest are not shown.',
    severity: 'warning',
    summary: 'More findings in one file than the limit (maxFindingsPerFile, 1,000 by default): the first ones in file order are reported.',
  },
  {
    code: 'UnknownDialect',
    message: 'The spec could not be recognised as a Batch Compute or Container Service CreateCluster body.',
    severity: 'error',
    summary: 'A file named on the command line whose dialect cannot be decided.',
  },
  {
    code: 'DuplicateKey',
    message: 'A key appears more than once in the same object; the API would silently keep only one value.',
    severity: 'error',
    summary: 'The same key is written twice in one object.',
  },
  {
    code: 'UnknownParameter',
    message: 'The parameter is not defined for this action.',
    severity: 'warning',
    summary: 'A key that is not a field of the documented request body (nor one the real API is known to take, SPEC §4a); the detail suggests the nearest known name.',
  },
  {
    code: 'PlaintextSecret',
    message: 'A secret is written in plain text in the spec file.',
    severity: 'warning',
    summary: 'A non-empty value under a key that names a secret (OSS key secret or token, root password, or any password, token, secret or key in UserData, EnvVars or elsewhere) is committed in the file.',
  },
  {
    code: 'SpotSettingIgnored',
    message: 'The spot setting is ignored because the group ResourceType is not Spot.',
    severity: 'warning',
    summary: 'SpotStrategy or SpotPriceLimit set on a group that is not Spot.',
  },
  {
    code: 'SpotPriceLimitMissing',
    message: 'SpotStrategy is SpotWithPriceLimit but no SpotPriceLimit is set.',
    severity: 'warning',
    summary: 'A price-limited spot group without a price limit.',
  },
  {
    code: 'BcsInstanceTypeInVpc',
    message: 'bcs.* instance types are not supported in VPC clusters.',
    severity: 'warning',
    summary: 'A bcs.* instance type in a cluster with Configs.Networks.VPC (user guide).',
  },
  {
    code: 'BcsInstanceTypeDiskType',
    message: 'bcs.* instance types only support ephemeral disks.',
    severity: 'warning',
    summary: 'A bcs.* instance type with a disk Type other than ephemeral (user guide).',
  },
  {
    code: 'UnusedSuppression',
    message: 'A clusterlint-disable comment suppresses no finding.',
    severity: 'warning',
    summary: 'A suppression comment that suppresses nothing (stale, misspelt, or naming a code that is never suppressed).',
  },
  {
    code: 'RuleFailure',
    message: 'A clusterlint check failed on this document; the other checks ran.',
    severity: 'error',
    summary: 'A rule of clusterlint threw an exception on a document (a bug in clusterlint, to be reported); the detail names the rule. The run goes on and ends with exit code 2.',
  },
  {
    code: 'NetworkModeConflict',
    message: 'Classic network and VPC settings exclude each other.',
    severity: 'warning',
    summary: 'Both Networks.Classic (non-empty) and Networks.VPC are set (user guide).',
  },
];

/** One code of the catalogue, as the library exports it (`codes`). */
export interface CodeInfo {
  /** The code as diagnostics carry it; `{key}` stands for a key of the body (`InvalidUserData.{key}`). */
  code: string;
  /** The documented message, with its placeholders (`{key}`, `{value}`, `{Parameter}`) unfilled. */
  message: string;
  /** The HTTP status the API answers, or null for lint-only codes. */
  status: number | null;
  origin: Origin;
  /** The dialects whose specs can get the code. */
  dialects: readonly DialectName[];
  /** A lint-only code's default severity (config can change it). */
  severity?: Severity;
  /** A lint-only code: one line on when it is reported. */
  summary?: string;
}

/** The code, message, status and origin of one finding, with placeholders filled. */
export interface Resolved {
  code: string;
  message: string;
  status: number | null;
  origin: Origin;
}

/** Values for `{key}`, `{value}` and `{Parameter}` placeholders. */
export type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown names stay as written. */
export function fill(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const rowsByCode = new Map<string, ApiRow[]>();
for (const row of API_ROWS) {
  const list = rowsByCode.get(row.code);
  if (list) list.push(row);
  else rowsByCode.set(row.code, [row]);
}

const lintByCode = new Map(LINT_CODES.map((l) => [l.code, l]));

/** The documented rows of a code pattern (e.g. `InvalidUserData.{key}`), in table order. */
export function rowsFor(codePattern: string): readonly ApiRow[] {
  return rowsByCode.get(codePattern) ?? [];
}

/** A lint-only code's entry; throws for a code that is not in the catalogue (a programming error). */
export function lintCode(code: string): LintCode {
  const entry = lintByCode.get(code);
  if (!entry) throw new Error(`not a lint code: ${code}`);
  return entry;
}

/**
 * `Invalid{Parameter}` for one check: the documented row for that kind of check when the table
 * has one, else the code's only kind-less row, else the template (SPEC §3).
 *
 * @param codeParam the parameter as spelled in the code (`UserData.{key}`, `SubnetCidr`)
 * @param messageParam the parameter as spelled in the message (`subnet_cidr`); defaults to `codeParam`
 */
export function invalid(codeParam: string, kind: CheckKind, vars: Vars = {}, messageParam = codeParam): Resolved {
  const pattern = `Invalid${codeParam}`;
  const row = invalidRow(pattern, kind);
  if (row) return { code: fill(pattern, vars), message: fill(row.message, vars), status: row.status, origin: 'api' };
  return template('invalid', codeParam, vars, messageParam);
}

/** The row `invalid` resolves to, if any. */
function invalidRow(pattern: string, kind: CheckKind): ApiRow | undefined {
  const rows = rowsFor(pattern);
  return rows.find((r) => r.kind === kind) ?? rows.find((r) => r.kind === undefined);
}

/** `Missing{Parameter}`: the documented row when there is one, else the template. */
export function missing(codeParam: string, vars: Vars = {}, messageParam = codeParam): Resolved {
  const pattern = `Missing${codeParam}`;
  const row = rowsFor(pattern)[0];
  if (row) return { code: fill(pattern, vars), message: fill(row.message, vars), status: row.status, origin: 'api' };
  return template('missing', codeParam, vars, messageParam);
}

/**
 * The code alone that `invalid` or `missing` (or, with `templateOnly`, `template`) resolves to, no
 * message made: for counting a hostile file's findings by their code (issue 15).
 */
export function codeOnly(which: keyof typeof TEMPLATES, codeParam: string, kind: CheckKind, vars: Vars, templateOnly: boolean): string {
  if (!templateOnly) {
    const pattern = which === 'invalid' ? `Invalid${codeParam}` : `Missing${codeParam}`;
    if (which === 'invalid' ? invalidRow(pattern, kind) : rowsFor(pattern)[0]) return fill(pattern, vars);
  }
  return templateCode(which, codeParam, vars);
}

function templateCode(which: keyof typeof TEMPLATES, codeParam: string, vars: Vars): string {
  return fill(fill(TEMPLATES[which].code, { Parameter: codeParam }), vars);
}

/** An API row by its exact code (one row only: syntax, body, quota and token rows). */
export function apiRow(code: string, vars: Vars = {}): Resolved {
  const row = rowsFor(code)[0];
  if (!row) throw new Error(`not an API row: ${code}`);
  return { code: fill(code, vars), message: fill(row.message, vars), status: row.status, origin: 'api' };
}

/** A lint-only code, resolved (status null). */
export function lint(code: string): Resolved {
  return { code, message: lintCode(code).message, status: null, origin: 'lint' };
}

/**
 * `Missing{Parameter}` / `Invalid{Parameter}` from the template alone (origin `template`, SPEC §3):
 * for a parameter without a row, and for every parameter of a dialect whose API documents no
 * error table (Container Service), so that its `name` never picks up Batch Compute's `MissingName`.
 */
export function template(which: keyof typeof TEMPLATES, codeParam: string, vars: Vars = {}, messageParam = codeParam): Resolved {
  const t = TEMPLATES[which];
  return {
    code: templateCode(which, codeParam, vars),
    message: fill(fill(t.message, { Parameter: messageParam }), vars),
    status: t.status,
    origin: 'template',
  };
}

/** A reported code traced back to its catalogue entry. */
export interface CatalogueMatch {
  /** The catalogue's spelling: an API row's code (`InvalidUserData.{key}`), a template (`Invalid{Parameter}`) or a lint code. */
  code: string;
  /** The API rows of that code, in table order (empty for templates and lint codes). */
  rows: readonly ApiRow[];
  /** The `{key}` a reported code filled in, if any. */
  vars: Vars;
}

/**
 * API row codes with a `{key}` placeholder, longest first so `InvalidUserData.{key}.value` wins
 * over `InvalidUserData.{key}`. Made on first use (only reports that describe their codes ask):
 * about a millisecond of every start otherwise.
 */
let keyedRowsMade: ReadonlyArray<{ code: string; pattern: RegExp }> | undefined;
const keyedRows = () =>
  (keyedRowsMade ??= [...rowsByCode.keys()]
    .filter((code) => code.includes('{key}'))
    .sort((a, b) => b.length - a.length)
    .map((code) => ({ code, pattern: keyPattern(code) })));

/** A regular expression matching the codes a `{key}` row produces, capturing the key. */
function keyPattern(code: string): RegExp {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // An empty key is possible: it is exactly what `InvalidUserData.{key}`'s length row reports.
  return new RegExp(`^${escaped.replace('\\{key\\}', '(.*)')}$`);
}

/**
 * The catalogue entry of a reported code (SARIF rule descriptions, help links): a lint code is its
 * own entry; otherwise the API row with exactly this code, else a `{key}` row whose filled message
 * equals `message` (the code alone is ambiguous when a key itself ends in `.value`), else the
 * `Missing{Parameter}` / `Invalid{Parameter}` template.
 */
export function catalogueEntry(code: string, origin: Origin, message?: string): CatalogueMatch {
  if (origin === 'lint') return { code, rows: [], vars: {} };
  const exact = rowsFor(code);
  if (exact.length) return { code, rows: exact, vars: {} };
  if (origin === 'api') {
    let fallback: CatalogueMatch | undefined;
    for (const { code: pattern, pattern: re } of keyedRows()) {
      const m = re.exec(code);
      if (!m) continue;
      const entry = { code: pattern, rows: rowsFor(pattern), vars: { key: m[1]! } };
      if (message === undefined || entry.rows.some((r) => fill(r.message, entry.vars) === message)) return entry;
      fallback ??= entry;
    }
    if (fallback) return fallback;
  }
  const template = code.startsWith('Missing') ? TEMPLATES.missing : TEMPLATES.invalid;
  return { code: template.code, rows: [], vars: {} };
}

/**
 * The README catalogue anchor of a catalogue code: `code-` and the code in lower case without
 * `.`, `{` and `}` (`InvalidUserData.{key}` → `code-invaliduserdatakey`).
 */
export function catalogueAnchor(code: string): string {
  return `code-${code.toLowerCase().replace(/[.{}]/g, '')}`;
}
