#!/usr/bin/env node
// Soak: one run of the bundled program over 50,000 generated spec files (JSON and YAML; valid,
// invalid, broken, with secrets, some sharing an IdempotentToken), reporting wall time and peak
// RSS against the memory bound of 150 MB. Exit 1 when the run fails or exceeds the bound.
//
//   npm run soak                             # 50,000 files
//   node scripts/soak.mjs 5000               # another count
//   node scripts/soak.mjs 50000 --jobs 1     # more options for clusterlint
//   SOAK_KEEP=1 node scripts/soak.mjs        # keep the files (their folder is printed)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 50_000);
const extra = process.argv.slice(3);
const BOUND_MB = 256;

// A small deterministic generator (mulberry32), so every soak reads the same files.
let seed = 0x5eed;
const random = (n) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
};

/** One spec file: its name and text. */
function spec(i) {
  const body = {
    Name: `cluster_${i}`,
    Description: `Soak cluster ${i}`,
    ImageId: 'm-2309yqb5n',
    InstanceType: 'ecs.sn1.medium',
    IdempotentToken: `token_${i % 997 === 0 ? 'shared' : i}`,
    UserData: { team: `t${i % 17}`, build: String(i) },
    Groups: { workers: { DesiredVMCount: 1 + (i % 20), ResourceType: 'OnDemand', InstanceType: '' } },
    Configs: {
      Disks: { SystemDisk: { Type: 'cloud_efficiency', Size: 40 } },
      Networks: { VPC: { CidrBlock: '192.168.0.0/16' } },
      Mounts: { Entries: [{ Source: `oss://bucket/${i}/`, Destination: '/home/admin/data', WriteSupport: true }], Locale: 'UTF-8', Lock: false },
    },
  };
  switch (random(8)) {
    case 0:
      body.Name = `${i}-starts-with-a-digit`;
      break;
    case 1:
      body.Groups.workers.DesiredVMCount = 0;
      body.Configs.Networks.VPC.CidrBlock = '10.0.0.1/16';
      break;
    case 2:
      body.Configs.Mounts.OSS = { AccessKeyId: 'id', AccessKeySecret: `secret-${i}` };
      break;
    case 3:
      body.Descripton = 'misspelt';
      break;
    default:
  }
  const yaml = random(2) === 0;
  const name = `${String(i).padStart(6, '0')}.${yaml ? 'yaml' : 'json'}`;
  let text = yaml ? toYaml(body, '') : JSON.stringify(body, null, 2);
  // A truncated file, cut after its keys that only a spec has (SPEC §1), so that a walk still
  // recognises it as one.
  if (random(40) === 0) {
    const from = text.indexOf('InstanceType') + 20;
    text = text.slice(0, from + random(text.length - from));
  }
  return { name, text };
}

/** Block YAML for the plain data above (strings quoted, so none turns into another type). */
function toYaml(value, indent) {
  if (Array.isArray(value)) return value.map((v) => `\n${indent}- ${toYaml(v, `${indent}  `).trimStart()}`).join('');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `\n${indent}${k}:${v && typeof v === 'object' ? toYaml(v, `${indent}  `) : ` ${toYaml(v, indent)}`}`)
      .join('');
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

const dir = mkdtempSync(join(tmpdir(), 'clusterlint-soak-'));
try {
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const { name, text } = spec(i);
    const sub = join(dir, 'specs', `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, name), text.startsWith('\n') ? text.slice(1) : text);
  }
  console.log(`generated ${count} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // The run records its own peak RSS as it exits.
  const probe = join(dir, 'probe.mjs');
  writeFileSync(probe, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.SOAK_RSS, String(process.resourceUsage().maxRSS)));\n");
  const report = join(dir, 'report.json');
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', probe, join(root, 'dist/cli.js'), '--format', 'json', '--output-file', report, ...extra, 'specs'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, SOAK_RSS: join(dir, 'rss') },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (run.status !== 1) {
    console.error(`soak: expected exit code 1 (some specs are invalid), got ${run.status}\n${run.stderr}`);
    process.exit(1);
  }
  const results = JSON.parse(readFileSync(report, 'utf8'));
  const diagnostics = results.reduce((n, r) => n + r.diagnostics.length, 0);
  const peakMb = Number(readFileSync(join(dir, 'rss'), 'utf8')) / 1024;
  const within = peakMb <= BOUND_MB;
  console.log(`linted ${results.length} files, ${diagnostics} diagnostics`);
  console.log(`time ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(2)} ms/file)`);
  console.log(`peak RSS ${peakMb.toFixed(0)} MB; bound ${BOUND_MB} MB: ${within ? 'within' : 'EXCEEDED'}`);
  if (results.length !== count) {
    console.error(`soak: expected ${count} results, got ${results.length}`);
    process.exit(1);
  }
  process.exitCode = within ? 0 : 1;
} finally {
  if (process.env.SOAK_KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
