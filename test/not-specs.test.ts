/**
 * The "not a spec" corpus (issue 12 item 3, SPEC §1 and clarification 2): realistic JSON and YAML
 * files that live next to specs in real repositories, in test/not-specs/. A folder walk lints none
 * of them; named with --ignore-unknown (the pre-commit hook) none is linted; named without it each
 * gets UnknownDialect and nothing else — never PlaintextSecret — and none of the secret-looking
 * values they hold appears in any output format.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/api/diagnostic.js';
import { FORMATS } from '../src/formatters/index.js';
import { brief, ROOT, runBin } from './helpers.js';

const CORPUS = join(ROOT, 'test/not-specs');

/** Every file of the corpus, relative to it, sorted as clusterlint sorts paths. */
function corpusFiles(dir = CORPUS): string[] {
  return readdirSync(dir)
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? corpusFiles(join(dir, name)) : [relative(CORPUS, join(dir, name))]))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * What each file gets when named: UnknownDialect at the start of each document's body (the `{`,
 * or the first key of a YAML block mapping). The two files that do not parse (a tsconfig.json with
 * comments, a Helm template) get their syntax error instead: SPEC §1 reports syntax errors of a
 * named file whatever its dialect.
 */
const NAMED: Record<string, string[]> = {
  '.github/workflows/ci.yml': ['error:UnknownDialect@1:1 /'],
  'ack/create-cluster.json': ['error:UnknownDialect@1:1 /'],
  'ack/swarm-like.yaml': ['error:UnknownDialect@3:1 /'],
  'api/openapi.yaml': ['error:UnknownDialect@1:1 /'],
  'config/app.json': ['error:UnknownDialect@1:1 /'],
  'config/credentials.json': ['error:UnknownDialect@1:1 /'],
  'config/database.yaml': ['error:UnknownDialect@2:1 /'],
  'config/settings.yml': ['error:UnknownDialect@1:1 /'],
  'docker-compose.yml': ['error:UnknownDialect@1:1 /'],
  'helm/templates/deployment.yaml': ['error:InvalidYamlFormat@6:7 /'],
  'helm/values.yaml': ['error:UnknownDialect@2:1 /'],
  'infra/terraform.tfvars.json': ['error:UnknownDialect@1:1 /'],
  'k8s/storefront.yaml': ['error:UnknownDialect@1:1 /', 'error:UnknownDialect@9:1 /', 'error:UnknownDialect@41:1 /'],
  'package.json': ['error:UnknownDialect@1:1 /'],
  'ros/cs-cluster-properties.yaml': ['error:UnknownDialect@2:1 /'],
  'tsconfig.json': ['error:InvalidJsonFormat@2:3 /'],
};

/** The secret-looking values written in the corpus: none may appear in any output. */
const SECRETS = [
  'Ord3rs-DB-pa55',
  'St0refront-db!',
  'redis-t0ken-9f8e7d',
  'Oss5ecretValue0123456789abcd',
  'Keyst0re-Pass',
  'B1lling-MySQL-pw',
  'Helm-pg-Passw0rd',
  'K8s-Secret-Pa55',
  'Compose-Db-Secret1',
  'Ack-Login-Pa55',
  'Ack-Yaml-Pa55',
  'Ros-Node-Pa55',
  'Tfvars-Db-Pa55',
  'Minified-Pa55',
];

describe('the not-a-spec corpus', () => {
  const files = corpusFiles();

  it('holds the files the table above describes', () => {
    expect(files).toEqual(Object.keys(NAMED));
  });

  it('walking its folder lints nothing: no report, the notice on stderr, exit 2 (SPEC §7)', () => {
    const r = runBin(['test/not-specs']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`clusterlint: no spec files found in test/not-specs/ (${files.length} JSON/YAML files skipped: not Batch Compute or Container Service specs)\n`);
    expect(r.status).toBe(2);
  });

  it('named with --ignore-unknown, nothing is linted and the run passes quietly', () => {
    const r = runBin(['--ignore-unknown', ...files], { cwd: CORPUS });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    const json = runBin(['--ignore-unknown', '--format', 'json', ...files], { cwd: CORPUS });
    expect([json.status, json.stdout, json.stderr]).toEqual([0, '[]\n', '']);
  });

  it('named without it, each gets UnknownDialect only (never PlaintextSecret), exit 1', () => {
    const r = runBin(['--format', 'json', ...files], { cwd: CORPUS });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as FileResult[];
    expect(Object.fromEntries(results.map((f) => [f.file, f.diagnostics.map(brief)]))).toEqual(NAMED);
  });

  for (const format of Object.keys(FORMATS)) {
    it(`${format}: no secret-looking value of the corpus appears in the output`, () => {
      const r = runBin(['--format', format, ...files], { cwd: CORPUS });
      expect(r.status).toBe(1);
      expect(r.stdout.length).toBeGreaterThan(0);
      for (const secret of SECRETS) expect(r.stdout.includes(secret), secret).toBe(false);
      expect(r.stderr).toBe('');
    });
  }
});
