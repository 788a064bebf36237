#!/usr/bin/env node
// The benchmark (`npm run bench`, not part of `npm test`): generates realistic corpora in a
// temporary directory, then measures in one run, interleaved rounds, per-round ratios and their
// medians: clusterlint as users run it (the bundled dist/cli.js, `--format json` to a file; with
// and without --cache), the parsers' floor (read + parse, validate nothing), ajv-cli on the same
// JSON files and schema, Spectral when installed, cold start against `node -e 0`, and peak RSS.
// It checks itself (one configuration measured twice must agree within 10%) and fails when two
// configurations' reports differ. Prints a table of ratios; `--readme` also writes it into
// README.md's `## Performance` section.
//
//   node scripts/bench.mjs [--rounds N] [--files N] [--keep] [--readme] [--corpus-only] [--spectral PATH]
//
// Spectral is looked for in .bench/spectral (ignored by git):
//   npm install --prefix .bench/spectral @stoplight/spectral-cli
//
// `--corpus-only` writes the corpus, prints where, and stops (for profiling by hand).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import YAML from 'yaml';
import { prng } from './prng.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    files: { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
    'corpus-only': { type: 'boolean', default: false },
    spectral: { type: 'string' },
  },
});
const ROUNDS = Number(args.rounds);
const FILES = Number(args.files);
const CS_FILES = Math.round(FILES / 5);
const COLD_ROUNDS = Math.max(20, ROUNDS * 3);
// The command as users run it: the package's bin.
const CLI = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.clusterlint);
const BC_SCHEMA = join(root, 'schemas/batchcompute-cluster.schema.json');
const CS_SCHEMA = join(root, 'schemas/containerservice-cluster.schema.json');

// ---------------------------------------------------------------------------------------------
// The corpus. A seeded generator, so every run measures the same files.

const rand = prng(20240607);
// The order of the configurations within a round (its own sequence, so the corpus stays the same).
const orderRand = prng(1729);
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const chance = (p) => rand() < p;
const alnum = (n) => Array.from({ length: n }, () => pick('abcdefghijklmnopqrstuvwxyz0123456789')).join('');

const TEAMS = ['render', 'genomics', 'risk', 'ml-train', 'etl', 'video', 'seismic', 'cfd', 'nightly', 'adtech', 'search-index', 'chem'];
const STAGES = ['prod', 'staging', 'dev', 'qa', 'perf', 'eu', 'us', 'cn'];
const WORDS = ['batch', 'farm', 'pipeline', 'workers', 'pool', 'jobs', 'sim', 'cluster', 'backfill', 'transcode'];
const FAMILIES = ['ecs.sn1ne.large', 'ecs.sn1ne.xlarge', 'ecs.sn2ne.2xlarge', 'ecs.g6.large', 'ecs.g6.4xlarge', 'ecs.c6.2xlarge', 'ecs.r6.xlarge', 'ecs.gn6i-c4g1.xlarge', 'ecs.hfc6.8xlarge', 'ecs.sn1.medium'];
const BCS_TYPES = ['bcs.a2.large', 'bcs.b4.xlarge', 'bcs.a2.3xlarge'];
const DESCRIPTIONS = [
  'Nightly rendering of the product catalogue images.',
  'Variant calling for the sequencing pipeline; scaled by the scheduler.',
  'Monte Carlo risk simulations for the trading desk, end of day.',
  'Feature extraction before model training. Owner: data platform team.',
  'Transcoding of uploaded videos into the streaming ladder.',
  '',
  'Backfill of the click log warehouse (one-off, delete after March).',
];
const EVENTS = ['OnClusterDeleted', 'OnInstanceCreated', 'OnInstanceActive'];
const REGIONS = ['cn-hangzhou', 'cn-beijing', 'cn-shanghai', 'cn-shenzhen', 'cn-qingdao', 'ap-southeast-1'];

function clusterName(i) {
  const sep = pick(['-', '_', '-']);
  return [pick(TEAMS), pick(WORDS), pick(STAGES)].join(sep) + (chance(0.5) ? `${sep}${String(i % 100).padStart(2, '0')}` : '');
}

function cidr() {
  const r = rand();
  if (r < 0.5) return `10.${int(0, 255)}.0.0/16`;
  if (r < 0.8) return `172.${int(16, 31)}.${int(0, 15) * 16}.0/20`;
  return `192.168.${int(0, 255)}.0/24`;
}

/** One Batch Compute spec as data (valid; errors are added by `breakSpec`). */
function batchSpec(i) {
  const vpc = chance(0.7);
  const type = !vpc && chance(0.2) ? pick(BCS_TYPES) : pick(FAMILIES);
  const diskType = type.startsWith('bcs.') ? 'ephemeral' : pick(['cloud_efficiency', 'cloud_ssd', 'cloud']);
  const spec = {};
  if (chance(0.1)) spec.$schema = '../schemas/batchcompute-cluster.schema.json';
  spec.Name = clusterName(i);
  spec.Description = pick(DESCRIPTIONS);
  spec.ImageId = chance(0.8) ? `m-${alnum(int(9, 20))}` : `img-${pick(['ubuntu', 'centos', 'windows'])}`;
  spec.InstanceType = type;
  if (chance(0.3)) spec.IdempotentToken = `deploy_${alnum(16)}`;
  spec.UserData = {};
  for (let k = int(1, 4); k > 0; k--) spec.UserData[pick(['env', 'owner', 'cost_center', 'queue', 'team', 'priority'])] = pick(['prod', 'data-platform', 'cc-4711', 'high', 'batch-q1', 'render']);
  if (chance(0.6)) {
    const events = EVENTS.filter(() => chance(0.7));
    spec.Notification = {
      Topic: { Name: `${pick(TEAMS)}-events`, Endpoint: `http://${int(1000000, 9999999)}.mns.${pick(REGIONS)}.aliyuncs.com/`, Events: events.length ? events : ['OnClusterDeleted'] },
    };
  }
  const disks = { SystemDisk: { Type: diskType, Size: pick([40, 60, 100, 200, 500]) } };
  if (chance(0.6)) disks.DataDisk = { Type: diskType, Size: diskType === 'ephemeral' ? int(5, 1024) : int(5, 2000), MountPoint: pick(['/data', '/mnt/scratch', '/home/admin/work', 'E:']) };
  const mounts = {
    Entries: Array.from({ length: int(0, 3) }, (_, k) => ({
      Destination: pick(['/home/admin/mount-dest', '/mnt/input', '/mnt/output', '/opt/models']) + (k ? `-${k}` : ''),
      Source: chance(0.8) ? `oss://${pick(TEAMS)}-bucket/${pick(['input', 'output', 'models', 'refs'])}/` : `nas://${alnum(10)}.cn-hangzhou.nas.aliyuncs.com/`,
      WriteSupport: chance(0.5),
    })),
    Locale: pick(['UTF-8', 'GBK', 'UTF-8']),
    Lock: chance(0.2),
    CacheSupport: chance(0.5),
  };
  if (chance(0.3)) mounts.NAS = { AccessGroup: [`ag-${alnum(6)}`], FileSystem: [alnum(10)] };
  if (chance(0.4)) mounts.OSS = { AccessKeyId: '', AccessKeySecret: '', AccessSecurityToken: '' };
  const networks = vpc
    ? { VPC: { CidrBlock: cidr(), ...(chance(0.5) ? { VpcId: `vpc-${alnum(17)}` } : {}) } }
    : { Classic: { AllowIpAddress: chance(0.5) ? [`${int(1, 223)}.${int(0, 255)}.${int(0, 255)}.0/24`] : [], AllowIpAddressEgress: [], AllowSecurityGroup: chance(0.5) ? [`sg-${alnum(12)}`] : [], AllowSecurityGroupEgress: [] } };
  spec.Configs = { Disks: disks, Mounts: mounts, Networks: networks };
  spec.Groups = {};
  for (let g = int(1, 3); g > 0; g--) {
    const spot = chance(0.3);
    const group = { DesiredVMCount: pick([1, 2, 3, 4, 8, 16, 32, 100]), InstanceType: chance(0.7) ? '' : type, ResourceType: spot ? 'Spot' : 'OnDemand' };
    if (spot) {
      group.SpotStrategy = pick(['SpotWithPriceLimit', 'SpotAsPriceGo']);
      group.SpotPriceLimit = group.SpotStrategy === 'SpotWithPriceLimit' ? pick([0.12, 0.5, 1.25, 0.075]) : 0;
    } else if (chance(0.4)) {
      // As in the API reference's own example: empty spot settings on an on-demand group.
      group.SpotStrategy = '';
      group.SpotPriceLimit = 0;
    }
    spec.Groups[pick(['group1', 'workers', 'render', 'cpu', 'gpu', 'highmem', 'spot-pool', 'default']) + (g > 1 ? `-${g}` : '')] = group;
  }
  return spec;
}

/** Text edits after rendering: numbers written as floats (`0.0`, as the API's example does), duplicate keys, syntax errors. */
const TEXT_EDITS = {
  // The API reference writes `"SpotPriceLimit": 0.0`; copies of it are common and valid.
  floatZero: (text) => text.replace(/(SpotPriceLimit"?: )0(,?)$/m, '$10.0$2'),
  floatCount: (text) => text.replace(/(DesiredVMCount"?: )(\d+)(,?)$/m, '$1$2.0$3'),
  duplicate: (text) => text.replace(/^([ \t]*"?Description"?: .*\n)/m, '$1$1'),
  syntaxJson: (text) => text.replace(/,(\s*"ImageId")/, '$1'),
  syntaxYaml: (text) => text.replace(/^(Name: )(.*)$/m, '$1"$2'),
};

/** Breaks a spec the way people do: one or two mistakes from a realistic list. Returns text edits to apply. */
function breakSpec(spec) {
  const edits = [];
  const groups = Object.values(spec.Groups);
  const mistakes = [
    () => (spec.Name = `${int(1, 9)}${spec.Name}`),
    () => (spec.Name = `${spec.Name}-${'x'.repeat(70)}`),
    () => (groups[0].DesiredVMCount = pick([0, 70000])),
    () => (groups[0].DesiredVMCount = String(groups[0].DesiredVMCount)),
    () => edits.push('floatCount'),
    () => (groups[0].ResourceType = 'Ondemand'),
    () => {
      if (spec.Configs.Networks.VPC) spec.Configs.Networks.VPC.CidrBlock = pick(['10.1.2.3/16', '8.8.0.0/16', '10.0.0.0/33', '172.16.0.0/12x']);
      else spec.Configs.Networks.VPC = { CidrBlock: '192.168.1.0/24' };
    },
    () => delete spec.ImageId,
    () => edits.push('duplicate'),
    () => (spec.Notification = { Topic: { Name: 'jobs', Endpoint: 'mns://queue', Events: ['OnJobFinished'] } }),
    () => delete (spec.Configs.Disks.DataDisk ?? (spec.Configs.Disks.DataDisk = { Type: spec.Configs.Disks.SystemDisk.Type, Size: 100 })).MountPoint,
    () => (spec.Configs.Disks.SystemDisk.Size = 20),
    () => (spec.Configs.Mounts.Entries = [{ Source: '/local/path', Destination: 'relative', WriteSupport: 'yes' }]),
    () => edits.push('syntax'),
    () => {
      spec.Descripton = spec.Description;
      delete spec.Description;
      spec.InstanceType = 'ecs.G6.large';
    },
  ];
  pick(mistakes)();
  if (chance(0.3)) pick(mistakes)();
  return edits;
}

const jsonText = (spec, indent) => `${JSON.stringify(spec, null, indent)}\n`;
const yamlText = (spec, modeline) => `${modeline ? '# yaml-language-server: $schema=../schemas/batchcompute-cluster.schema.json\n' : ''}${YAML.stringify(spec, { lineWidth: 0 })}`;

/** Writes the Batch Compute corpus in JSON and YAML (same specs) and returns their folders. */
function writeBatchCorpus(dir) {
  const jsonDir = join(dir, 'bc-json');
  const yamlDir = join(dir, 'bc-yaml');
  mkdirSync(jsonDir);
  mkdirSync(yamlDir);
  const tokens = [];
  const parseable = [];
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const spec = batchSpec(i);
    const edits = [];
    if (chance(0.15)) edits.push('floatZero');
    if (i % 10 === 9) {
      // One in ten has errors; one in fifty of those reuses an earlier token with a different body.
      if (tokens.length && chance(0.2)) spec.IdempotentToken = pick(tokens);
      else edits.push(...breakSpec(spec));
    } else if (spec.IdempotentToken) tokens.push(spec.IdempotentToken);
    const edit = (text, format) =>
      edits.reduce((t, e) => (e === 'syntax' ? TEXT_EDITS[format === 'json' ? 'syntaxJson' : 'syntaxYaml'](t) : TEXT_EDITS[e](t)), text);
    const name = `${String(i).padStart(5, '0')}-${spec.Name.slice(0, 24)}`;
    const json = edit(jsonText(spec, pick([2, 2, 4])), 'json');
    bytes += json.length;
    writeFileSync(join(jsonDir, `${name}.json`), json);
    if (!edits.includes('syntax')) parseable.push(join(jsonDir, `${name}.json`));
    writeFileSync(join(yamlDir, `${name}.yaml`), edit(yamlText(spec, chance(0.3)), 'yaml'));
  }
  return { jsonDir, yamlDir, parseable, averageBytes: Math.round(bytes / FILES) };
}

/** Writes the Container Service corpus (JSON), one in ten with errors. */
function writeContainerCorpus(dir) {
  const csDir = join(dir, 'cs-json');
  mkdirSync(csDir);
  for (let i = 0; i < CS_FILES; i++) {
    const category = pick(['cloud', 'cloud_efficiency', 'cloud_ssd', 'cloud_essd']);
    const spec = {
      password: `${pick(['Ab', 'Qz', 'Xy'])}${alnum(8)}${pick(['!', '#', '%'])}9`,
      region_id: pick(REGIONS),
      instance_type: pick(FAMILIES),
      name: `${pick(TEAMS)}-${pick(WORDS)}-${i}`,
      size: int(1, 20),
      network_mode: 'vpc',
      vpc_id: `vpc-${alnum(17)}`,
      vswitch_id: `vsw-${alnum(17)}`,
      subnet_cidr: `172.${int(16, 31)}.0.0/16`,
      data_disk_category: category,
      data_disk_size: category === 'cloud' ? int(5, 2000) : int(20, 4000),
      need_slb: chance(0.7),
      ecs_image_id: `centos_7_${int(2, 9)}_64_40G_alibase_${int(20190101, 20231231)}.vhd`,
      io_optimized: 'optimized',
      release_eip_flag: chance(0.3),
    };
    if (chance(0.3)) spec.rds_instances = [`rm-${alnum(16)}`];
    if (i % 10 === 9) {
      pick([
        () => (spec.size = 0),
        () => (spec.password = 'password'),
        () => (spec.subnet_cidr = '8.8.0.0/16'),
        () => (spec.network_mode = 'classic'),
        () => delete spec.vswitch_id,
        () => (spec.data_disk_size = 3),
        () => (spec.name = '-leading-dash'),
      ])();
    }
    writeFileSync(join(csDir, `${String(i).padStart(5, '0')}-${spec.name}.json`), `${JSON.stringify(spec, null, 2)}\n`);
  }
  return csDir;
}

// ---------------------------------------------------------------------------------------------
// Measuring.

const FLOOR = `// The floor: read and parse every file of a folder, validate nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const [format, dir, yamlUrl] = process.argv.slice(2);
const parse = format === 'yaml' ? (await import(yamlUrl)).parse : JSON.parse;
let parsed = 0;
for (const name of readdirSync(dir).sort()) {
  try {
    if (parse(readFileSync(join(dir, name), 'utf8')) !== undefined) parsed++;
  } catch {}
}
if (parsed === 0) process.exit(1);
`;

// The least a repeat run with a cache can do, whatever its cache holds: start Node, list the
// files, stat each (has it changed?), and write a report of one clean entry per file. It reads no
// cache and lints nothing, so it is a lower bound for `--cache` with nothing changed.
const STAT_FLOOR = `import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const [dir, out] = process.argv.slice(2);
const entries = [];
for (const name of readdirSync(dir).sort()) {
  const file = join(dir, name);
  if (statSync(file).isFile()) entries.push({ file, errorCount: 0, warningCount: 0, diagnostics: [], suppressedDiagnostics: [] });
}
writeFileSync(out, JSON.stringify(entries, null, 2) + '\\n');
`;

// Reports the process's peak RSS (worker threads included) when /usr/bin/time is not there.
const RSS_WRAPPER = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
`;

/** Runs a command once; returns wall time in ms. `ok` lists the accepted exit codes. */
function run(cmd, argv, ok = [0], env = undefined) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024, ...(env ? { env: { ...process.env, ...env } } : {}) });
  const ms = performance.now() - t0;
  if (!ok.includes(r.status)) throw new Error(`${[cmd, ...argv].join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return ms;
}

const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Measures configurations in interleaved rounds: each round runs the floor and every
 * configuration back to back (after `before(round)`, untimed), and each configuration's ratio to
 * the floor is taken within the round; the result is the median of those ratios (and of the
 * times). Drift in the machine's load hits a round's runs alike and cancels in its ratios.
 *
 * `same` names two configurations that do identical work: rounds go on (up to three times the
 * asked number) until their medians agree within 10%, and their spread is reported, so a table
 * says how far its own numbers can be trusted. Every configuration with an `out` writes a report;
 * within each round all those reports must be byte for byte the same, or the bench fails.
 */
function measure(title, configs, { rounds, same, before = () => {}, compare = true }) {
  const floorAt = configs.findIndex((c) => c.floor);
  const times = configs.map(() => []);
  const ratios = configs.map(() => []);
  const check = (r) => {
    if (!compare) return;
    const outs = configs.filter((c) => c.out);
    const first = readFileSync(outs[0].out);
    for (const c of outs.slice(1)) {
      if (!readFileSync(c.out).equals(first)) {
        throw new Error(`FINDINGS DIFFER (${title}, round ${r}): "${c.name}" wrote a report other than "${outs[0].name}"'s (${outs[0].out} vs ${c.out})`);
      }
    }
  };
  // Each run writes a new report, as in CI: an existing one would first be read to make sure it
  // is no spec (SPEC §7), which at 10,000 files costs a few hundred ms the floor does not pay.
  const fresh = () => {
    for (const c of configs) if (c.out) rmSync(c.out, { force: true });
  };
  // A first round, untimed: warms the file cache, primes caches, and checks each command once.
  before(-1);
  fresh();
  for (const c of configs) run(...c.run);
  check(-1);
  const spread = () => {
    if (!same) return undefined;
    const [a, b] = same.map((n) => median(times[configs.findIndex((c) => c.name === n)]));
    return Math.abs(a / b - 1);
  };
  // Each timed round runs the configurations in a new order (a seeded shuffle): on this machine a
  // command's place in the round moved its time by up to a fifth (the same one-file run measured
  // 1.25x `node -e 0` second in its round and 1.10x last), which a fixed order would keep in every
  // ratio. Configurations of one `chain` (the --cache runs: edited, then unchanged) stay together,
  // in their order.
  const units = [];
  configs.forEach((c, i) => {
    const last = units[units.length - 1];
    if (c.chain && last && configs[last[0]].chain === c.chain) last.push(i);
    else units.push([i]);
  });
  let r = 0;
  for (; r < rounds * 3; r++) {
    if (r >= rounds && !(spread() > 0.1)) break;
    before(r);
    fresh();
    for (let i = units.length - 1; i > 0; i--) {
      const j = Math.floor(orderRand() * (i + 1));
      [units[i], units[j]] = [units[j], units[i]];
    }
    const ms = new Array(configs.length);
    for (const unit of units) for (const i of unit) ms[i] = run(...configs[i].run);
    check(r);
    ms.forEach((t, i) => {
      times[i].push(t);
      ratios[i].push(t / ms[floorAt]);
    });
  }
  const result = Object.fromEntries(configs.map((c, i) => [c.name, { ms: median(times[i]), ratio: median(ratios[i]) }]));
  return { result, rounds: r, spread: spread() };
}

/** Peak RSS in MB of one run of a node program. */
function peakRss(argv, ok, dir) {
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...argv], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (!ok.includes(r.status)) throw new Error(`peak RSS run exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    if (kb) return { mb: Number(kb[1]) / 1024, how: '/usr/bin/time -v' };
  }
  const wrapper = join(dir, 'rss.mjs');
  const out = join(dir, 'rss.txt');
  writeFileSync(wrapper, RSS_WRAPPER);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(wrapper).href, ...argv], { stdio: 'ignore', env: { ...process.env, BENCH_RSS_FILE: out } });
  if (!ok.includes(r.status)) throw new Error(`peak RSS run exited ${r.status}`);
  return { mb: Number(readFileSync(out, 'utf8')) / 1024, how: 'process.resourceUsage().maxRSS' };
}

/**
 * Changes 100 files of a folder without changing their findings (a trailing newline added, or
 * taken away again): a different set each round, spread over the folder.
 */
function editFiles(dir, round, count = 100) {
  const names = readdirSync(dir).sort();
  const step = Math.max(1, Math.floor(names.length / count));
  for (let k = 0; k < Math.min(count, names.length); k++) {
    const file = join(dir, names[(k * step + round + 1) % names.length]);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.endsWith('\n\n') ? text.slice(0, -1) : `${text}\n`);
  }
}

/** Spectral as installed by `--spectral-install` (or found at `--spectral`): its CLI, or why not. */
function findSpectral() {
  const bin = args.spectral ?? join(root, '.bench/spectral/node_modules/@stoplight/spectral-cli/dist/index.js');
  if (!existsSync(bin)) return { why: `@stoplight/spectral-cli is not installed at ${bin.slice(root.length + 1)} (\`npm install --prefix .bench/spectral @stoplight/spectral-cli\`)` };
  let version = '(version unknown)';
  try {
    version = JSON.parse(readFileSync(join(dirname(bin), '../package.json'), 'utf8')).version;
  } catch {}
  return { bin, version };
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------

if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}
/** What the README says above the table (`--readme` rewrites the section from its heading to the end). */
const README_INTRO = [
  '`npm run bench` generates a corpus in a temporary directory and measures the command as users run',
  'it (the package\'s bin, `--format json` to a new file) against a floor: a plain Node script that only',
  'reads and parses the same files (`JSON.parse`, the `yaml` package) and validates nothing. ajv-cli',
  'validates the same JSON files against the same schema (it stops at the first file that is not JSON,',
  'so it is given only the files that parse). How the numbers are made, so that they can be trusted:',
  '',
  '- Each round runs the floor and every configuration back to back; a ratio is taken within a round,',
  '  and the table gives the median of those ratios (a busy machine slows a whole round alike). The',
  '  first round is untimed (it warms the file cache and writes the caches). The order within a round',
  '  is shuffled every round (seeded): a command\'s place in the round moved its time by up to a fifth',
  '  here (one clean file: 1.25x `node -e 0` second in its round, 1.10x last).',
  '- A self-check: `--jobs 1` (and the cold start) is measured twice as two configurations; rounds go',
  '  on, up to three times the asked number, until the two agree within 10%, and their spread is printed.',
  '- Every clusterlint configuration\'s report is compared byte for byte with the others in every',
  '  round (with and without `--cache`, one or more threads); the bench fails if one differs.',
  '- `--cache` is measured after 100 files are edited (a different hundred each round), then again with',
  '  nothing changed. Spectral, the peer linter a user would otherwise pick, runs on 1,000 of the JSON',
  '  files with a ruleset that applies the same schema and nothing else, when it is installed in',
  '  `.bench/spectral` (`npm install --prefix .bench/spectral @stoplight/spectral-cli`: it runs',
  '  offline, but is not a dependency of the project, so that the lock file stays as it is).',
  '',
  'What clusterlint does to come close to the floor:',
  '',
  '- The command (`dist/cli.cjs`) is a small loader that runs the program from a V8 code cache',
  '  (`src/startup/cli-loader.ts`), so a cold start does not compile it again: under',
  '  `$XDG_CACHE_HOME/clusterlint` (`CLUSTERLINT_CODE_CACHE` names another folder, `0` turns it off).',
  '  Nothing is hashed at start: the build writes the program\'s SHA-256 into the loader, and the',
  '  cache file is named by it, Node\'s version, the architecture and the program file\'s size and',
  '  modification time (an edited `dist/program.cjs` meets a cache of its own, never a stale one,',
  '  which V8 would take: it checks only the source\'s length). The file holds V8\'s data twice, and',
  '  the two copies must be identical, byte for byte, before V8 sees them (a damaged file fails that;',
  '  the comparison costs about a millisecond, where SHA-256 with `node:crypto` cost ~20 ms at every',
  '  start and CRC-32 with `node:zlib` 4–6 ms, most of it loading the module); one V8 rejects is',
  '  replaced. It is written after a short run only (100 ms of CPU at most): a cache written by a',
  '  run over 10,000 files held the code of every path they took (853 KB, against 715 KB after one file), and',
  '  every later start read and deserialized it (one clean file: 1.23x `node -e 0`, against 1.16x); one',
  '  written by 2,000 Container Service files lacked the Batch Compute validator, which every Batch',
  '  Compute start then compiled (1.22x). A long run compiles what it needs in milliseconds of its',
  '  own. Writing a new cache prunes',
  '  those of other builds but the newest two. The program is',
  '  minified (whitespace, syntax; names kept) and pure ASCII, read as latin1 (UTF-8 decoding took',
  '  three times as long; a string of 400 KB costs 2 ms to make, most of it fresh memory). It',
  '  bundles the dialect schemas without the prose only editors read (descriptions, their markdown,',
  '  editor messages: 51 KB of 398 KB; its code cache ~570 KB against 688 KB; one clean file started',
  '  in 1.135x `node -e 0` against 1.146x, 61 shuffled rounds), into one buffer with the cache (fresh memory is what a cold start pays',
  '  for most), and written as the one function the loader compiles (no second copy at start). The',
  '  loader takes Node\'s modules by `require` (in `dist/cli.js`, an ES module, an import of `node:fs`',
  '  loaded its promises API and every stream module); the bin, CommonJS, has its own `require`, so',
  '  `node:module` is not loaded for `createRequire`, and it parses no URL (its folder from',
  '  `__filename`; the program\'s URL written as `file://` and the path when the path holds nothing a',
  '  URL escapes). The pre-commit hook runs',
  '  `dist/cli.cjs`: an ES module entry costs Node\'s ES module loader (0.08× `node -e 0` here).',
  '  Node 20 has no `module.enableCompileCache()` (22.1+) and gives no cached data to ES modules',
  '  without a flag, hence the program\'s CommonJS copy (`dist/program.cjs`); a startup snapshot needs',
  '  `node --snapshot-blob`, that is a second process.',
  '- `--cache` (see [Cache](#cache)): unchanged files are neither read nor parsed; a file the cache',
  '  does not hold is read once, by linting, which hashes the bytes it lints. The key is the',
  '  program\'s identity as the loader knows it, kept as written: a repeat run with nothing changed',
  '  loads no hashing at all. The least such a run can do here is 0.7x the floor (the row below the',
  '  two `--cache` rows): Node must stat every file (5-10 us a call on this machine, and Node 20 makes',
  '  four Date objects of every stat) and write a report of 10,000 entries, so the targets of 0.5x and',
  '  0.7x are below what the machine allows; what is left above that bound is reading and checking',
  '  the cache file (3 MB) and rebuilding the outcomes. The file is a line per file, each entry',
  '  parsed only when its file is looked up: one parse of the whole file (its format 1) made ~10 MB',
  '  of arrays that lived until every outcome was rebuilt, and the collector copied them twice',
  '  (163 ms of GC in a repeat run, 85 ms now; the run 0.95x); an unchanged entry is written back as',
  '  it was read. The file is ASCII (JSON escapes past ASCII) and read a byte a character: one `…`',
  '  in a detail made V8 hold the whole 3 MB text two bytes a character (read in ~30 ms, not ~16).',
  '- A report written over the last one (`--output-file`, every repeat run): it must not be a file',
  '  being linted nor a spec, and the 10,000 linted files are compared with it by name first (a stat',
  '  each only for links, named files, or a target with several hard links); an old JSON report,',
  '  an array, is judged by a scan of its keys, unparsed. Reports and the cache file are encoded',
  '  into one buffer made once (a fresh buffer per 64K-character batch was fresh memory each time).',
  '- JSON data comes from `JSON.parse`; positions, repeated keys and `3.0`-style integers come from a',
  '  scan of the text that runs only for files that need it (a finding, a syntax error, a repeat, a',
  '  `3.0` under a key some schema types as an integer). Repeated keys are told by counting the',
  '  key colons of the text against the keys of the data.',
  '- The schemas are compiled ahead of time into standalone validators (`src/generated/`), without',
  '  the editors\' `errorMessage` (ajv-errors tripled validation time).',
  '- Files are read, linted and released one at a time (a walked file: open, one read into a reused',
  '  buffer, close). The checks across files keep a summary per document; a JSON file they report on',
  '  is read again (rare: a reused token), a YAML document with an IdempotentToken keeps its body hash',
  '  and places while it is parsed (parsing YAML again costs more). Reports are written file by file,',
  '  never held as one text; a clean file\'s `--format json` entry comes from a template.',
  '- Nothing is made for a clean body beyond its data: the rules and the dialect test walk without',
  '  allocating and make pointers and messages only for what they report (142 MB allocated over the',
  '  10,000 files, from 179, by sampling heap profile); a body is counted before it is weighed for',
  '  views (src/check/views.ts), which only a body of over 4,096 values needs.',
  '- Not kept: a separate yes/no validator for clean bodies (issue 17, item 2). Measured in one',
  '  process over the 10,000 files, ajv\'s validator compiled to stop at the first error took 69 ms',
  '  and the one compiled for all errors (the one used) 82 ms, read and `JSON.parse` 223 ms; and',
  '  generated by the build, the first-error function is as large as the other (65.8 KB against',
  '  65.0 KB), so V8 would spend as long optimizing it. About 1% of a run, for a second code path.',
  '- Findings, candidates and diagnostics are built key by key, never as `{ ...entry, key: value }`:',
  '  Node 20\'s V8 (11.3) writes every key after an object spread on a slow path (4.9 us for three',
  '  keys against 0.05 us written out; V8 issue 11536), which each finding paid at several steps. The',
  '  997 files with findings of the corpus took 20% less time, the whole JSON run 0.95x, YAML 0.95x.',
  '- Not kept: running both dialects\' validators before the code cache is written, so that a cache',
  '  written by a Container Service run also holds the Batch Compute validator (2.7 ms of V8\'s parse',
  '  time at each later Batch Compute start): the cache grew by 20 KB for everyone, and one clean',
  '  Batch Compute file started in 1.153x `node -e 0` against 1.143x (41 shuffled rounds).',
  '- Heap sizing is left to V8 (no V8 flags are changed after start-up, which Node documents as',
  '  unsafe).',
  '- Not kept, measured: the first YAML walk keeping the locations of the root and its members (so',
  '  that a document with an IdempotentToken needs no second walk): 5,156 ms against 5,013 ms for',
  '  lintAll over the YAML corpus in one process; minified names in the program (its code cache was',
  '  as large, 721 KB against 729 KB, and the start no faster); the schemas as `JSON.parse` of their',
  '  text rather than object literals (no faster start). The canonical text of a body (the token',
  '  check\'s hash) is written by recursion, four times as fast as the iterative writer that serves',
  '  bodies nested deeper than 64 levels.',
  '- Nothing is built at start that a clean run does not use: the catalogue\'s `{key}` patterns, the',
  '  `--explain` table, the Unicode property classes of secret masking and terminal widths, a',
  '  TextDecoder (valid UTF-8 is told by `isUtf8`), the loose secret-name expression (an ASCII key is',
  '  judged without it); `node:os` loads only when there are files enough for threads. The',
  '  validators read the dialect schemas the program imports, not copies of their own (ajv\'s',
  '  standalone code embedded them: 13 KB of the program, built at every start).',
  '- The YAML parser, the glob matcher, `node:crypto` and `node:worker_threads` load on first use.',
  '  Standard output is opened on its first write: a clean run, which writes nothing, never loads',
  '  Node\'s stream modules (nor `node:zlib`, `node:tty`, `node:net`; a test lists what a clean run',
  '  loads). The schema walks that only some bodies need (the facts for validation in views, the',
  '  integer keys for float-written numbers) run only for those bodies.',
  '- `--jobs N` (default: one thread per core) lints on worker threads when there are enough files to',
  '  pay for starting them (about 20,000 JSON files, or 100 YAML files, per extra thread); the',
  '  findings are the same as on one thread.',
].join('\n');

/** Measures everything on the corpus and prints (and with --readme, keeps) the table. */
function measureAll({ dir, jsonDir, yamlDir, csDir, parseable, averageBytes }) {
  const floorScript = join(dir, 'floor.mjs');
  writeFileSync(floorScript, FLOOR);
  const statFloorScript = join(dir, 'stat-floor.mjs');
  writeFileSync(statFloorScript, STAT_FLOOR);
  const yamlUrl = pathToFileURL(require.resolve('yaml')).href;
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout;
  const hasCache = help.includes('--cache');
  let outs = 0;
  /** A clusterlint configuration: its own report file, compared with the others'. */
  const lint = (name, target, ...extra) => {
    const out = join(dir, `out-${++outs}.json`);
    return { name, out, run: [process.execPath, [CLI, '--format', 'json', '--output-file', out, ...extra, target], [0, 1]] };
  };
  const floor = (format, target) => ({ name: 'floor', floor: true, run: [process.execPath, [floorScript, format, target, yamlUrl]] });
  // ajv-cli stops at the first file that is not JSON, so it is given the files that parse (each
  // named, no glob to expand): the syntax errors are left out of its run, which flatters it.
  const ajvCli = {
    name: 'ajv-cli',
    run: [
      process.execPath,
      [join(root, 'node_modules/ajv-cli/dist/index.js'), 'validate', '-s', BC_SCHEMA, ...parseable.flatMap((f) => ['-d', f]), '-c', 'ajv-errors', '--all-errors', '--strict=false', '--errors=line'],
      [0, 1],
    ],
  };
  const cores = availableParallelism();
  const cacheFile = join(dir, 'lint.cache');

  const rows = [];
  const add = (what, ms, ratio) => rows.push([what, `${Math.round(ms)} ms`, ratio]);
  const x = (r) => `${r.toFixed(2)}×`;
  const target = (r, max, of) => `${x(r)} ${of} (target ≤ ${max}×: ${r <= max ? 'met' : 'NOT met'})`;
  const checks = [];
  const selfCheck = (what, m, a, b) => {
    const line = `${what}: ${a} measured twice, medians ${m.spread <= 0.1 ? 'agree' : 'DO NOT agree'} within ${(m.spread * 100).toFixed(1)}% after ${m.rounds} rounds (needed: 10%)`;
    checks.push(line);
    console.log(`  self-check: ${line}`);
  };

  // JSON: the floor, ajv-cli, clusterlint on one thread (twice: the self-check), on default jobs,
  // and with --cache: after 100 edits, then the repeat run with nothing changed. The edits are
  // made before each round; every configuration of a round sees the same files.
  console.log(`measuring the JSON corpus (at least ${ROUNDS} rounds)…`);
  const jsonConfigs = [
    floor('json', jsonDir),
    lint('jobs 1', jsonDir, '--jobs', '1'),
    lint(`jobs ${cores}`, jsonDir),
    ajvCli,
    ...(hasCache
      ? [
          { ...lint('cache, 100 edited', jsonDir, '--jobs', '1', '--cache', '--cache-location', cacheFile), chain: 'cache' },
          { ...lint('cache, unchanged', jsonDir, '--jobs', '1', '--cache', '--cache-location', cacheFile), chain: 'cache' },
          { name: 'stat floor', run: [process.execPath, [statFloorScript, jsonDir, join(dir, 'stat-floor.json')]] },
        ]
      : []),
    lint('jobs 1 again', jsonDir, '--jobs', '1'),
  ];
  const json = measure('JSON', jsonConfigs, { rounds: ROUNDS, same: ['jobs 1', 'jobs 1 again'], before: (r) => hasCache && editFiles(jsonDir, r) });
  selfCheck('JSON', json, '`--jobs 1`', 'again');
  const j = json.result;
  add('JSON floor (read + JSON.parse)', j.floor.ms, '1.00× (floor)');
  add('clusterlint JSON, --jobs 1', j['jobs 1'].ms, target(j['jobs 1'].ratio, 2.0, 'floor'));
  add('clusterlint JSON, --jobs 1 (again: self-check)', j['jobs 1 again'].ms, `${x(j['jobs 1 again'].ratio)} floor`);
  add(`clusterlint JSON, default jobs (${cores})`, j[`jobs ${cores}`].ms, `${x(j[`jobs ${cores}`].ratio)} floor`);
  add(`ajv-cli validate, same schema, the ${parseable.length} files that parse`, j['ajv-cli'].ms, `${x(j['ajv-cli'].ratio)} floor; ajv-cli ÷ clusterlint --jobs 1: ${(j['ajv-cli'].ratio / j['jobs 1'].ratio).toFixed(2)} (target ≥ 1.2)`);
  if (hasCache) {
    add('clusterlint JSON, --cache, nothing changed', j['cache, unchanged'].ms, target(j['cache, unchanged'].ratio, 0.5, 'floor'));
    add('clusterlint JSON, --cache, 100 files edited', j['cache, 100 edited'].ms, target(j['cache, 100 edited'].ratio, 0.7, 'floor'));
    add('the least a repeat run can do: start Node, stat every file, write a clean report (no cache read, nothing linted)', j['stat floor'].ms, `${x(j['stat floor'].ratio)} floor (the lower bound of the two rows above)`);
  }

  console.log(`measuring the YAML corpus (at least ${ROUNDS} rounds)…`);
  const yaml = measure('YAML', [floor('yaml', yamlDir), lint('jobs 1', yamlDir, '--jobs', '1'), lint(`jobs ${cores}`, yamlDir), lint('jobs 1 again', yamlDir, '--jobs', '1')], {
    rounds: ROUNDS,
    same: ['jobs 1', 'jobs 1 again'],
  });
  selfCheck('YAML', yaml, '`--jobs 1`', 'again');
  const y = yaml.result;
  add('YAML floor (read + yaml parse)', y.floor.ms, '1.00× (floor)');
  add('clusterlint YAML, --jobs 1', y['jobs 1'].ms, target(y['jobs 1'].ratio, 1.15, 'floor'));
  add(`clusterlint YAML, default jobs (${cores})`, y[`jobs ${cores}`].ms, `${x(y[`jobs ${cores}`].ratio)} floor`);

  if (csDir) {
    console.log(`measuring the Container Service corpus (at least ${ROUNDS} rounds)…`);
    const cs = measure('Container Service', [floor('json', csDir), lint('jobs 1', csDir, '--jobs', '1')], { rounds: ROUNDS });
    add(`Container Service floor (${CS_FILES} files)`, cs.result.floor.ms, '1.00× (floor)');
    add('clusterlint Container Service, --jobs 1', cs.result['jobs 1'].ms, `${x(cs.result['jobs 1'].ratio)} floor`);
  }

  console.log(`measuring cold start (at least ${COLD_ROUNDS} rounds)…`);
  const clean = join(dir, 'clean.json');
  writeFileSync(clean, `${JSON.stringify(batchSpec(0), null, 2)}\n`);
  const esm = join(root, 'dist/cli.js');
  const cold = measure('cold start', [
    { name: 'floor', floor: true, run: [process.execPath, ['-e', '0']] },
    { name: 'cold', run: [process.execPath, [CLI, clean]] },
    { name: 'no code cache', run: [process.execPath, [CLI, clean], [0], { CLUSTERLINT_CODE_CACHE: '0' }] },
    ...(esm !== CLI ? [{ name: 'esm', run: [process.execPath, [esm, clean]] }] : []),
    ...(existsSync(join(root, 'dist/main.js')) ? [{ name: 'main', run: [process.execPath, [join(root, 'dist/main.js'), clean]] }] : []),
    { name: 'cold again', run: [process.execPath, [CLI, clean]] },
  ], { rounds: COLD_ROUNDS, same: ['cold', 'cold again'], compare: false });
  selfCheck('cold start', cold, 'one clean file', 'again');
  add('node -e 0', cold.result.floor.ms, '1.00×');
  add(`clusterlint on one clean JSON file (${CLI.slice(root.length + 1)}, the bin)`, cold.result.cold.ms, target(cold.result.cold.ratio, 1.15, 'node -e 0'));
  add('the same without the V8 code cache (CLUSTERLINT_CODE_CACHE=0)', cold.result['no code cache'].ms, `${x(cold.result['no code cache'].ratio)} node -e 0`);
  if (cold.result.main) add('the program as an ES module, no loader, no code cache (dist/main.js: the command before the loader)', cold.result.main.ms, `${x(cold.result.main.ratio)} node -e 0`);
  if (cold.result.esm) add('the same through dist/cli.js (the ES module entry)', cold.result.esm.ms, `${x(cold.result.esm.ratio)} node -e 0`);

  const spectral = findSpectral();
  let spectralNote;
  if (spectral.bin) {
    // The peer a user would otherwise pick: Spectral with a ruleset that only applies the same
    // schema, on the first 1,000 JSON files (it is far slower; a few rounds suffice).
    const few = join(dir, 'bc-json-1000');
    mkdirSync(few);
    const names = readdirSync(jsonDir).sort().slice(0, 1000);
    for (const name of names) writeFileSync(join(few, name), readFileSync(join(jsonDir, name)));
    const ruleset = join(dir, 'spectral-ruleset.json');
    writeFileSync(ruleset, JSON.stringify({ rules: { 'batchcompute-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema: JSON.parse(readFileSync(BC_SCHEMA, 'utf8')), allErrors: true } } } } }));
    console.log(`measuring Spectral on ${names.length} JSON files (3 rounds)…`);
    const sp = measure('Spectral', [
      floor('json', few),
      lint('jobs 1', few, '--jobs', '1'),
      { name: 'spectral', run: [process.execPath, [spectral.bin, 'lint', '--ruleset', ruleset, '--format', 'json', '--quiet', `${few}/*.json`], [0, 1]] },
    ], { rounds: 3 });
    add(`JSON floor, ${names.length} files`, sp.result.floor.ms, '1.00× (floor)');
    add(`clusterlint, the same ${names.length} JSON files, --jobs 1`, sp.result['jobs 1'].ms, `${x(sp.result['jobs 1'].ratio)} floor`);
    add(`Spectral ${spectral.version}, the same ${names.length} files, a ruleset of the same schema only`, sp.result.spectral.ms, `${x(sp.result.spectral.ratio)} floor`);
  } else {
    spectralNote = `Spectral: not measured: ${spectral.why}.`;
    console.log(spectralNote);
  }

  console.log('measuring peak RSS…');
  const rssOf = (c) => peakRss(c.run[1], c.run[2], dir);
  const rss = [
    ['JSON corpus, --jobs 1', rssOf(jsonConfigs[1])],
    [`JSON corpus, default jobs (${cores})`, rssOf(jsonConfigs[2])],
    ...(hasCache ? [['JSON corpus, --cache, nothing changed', rssOf(jsonConfigs.find((c) => c.name === 'cache, unchanged'))]] : []),
    ...(hasCache ? [['JSON corpus, --cache, no cache file yet', (rmSync(cacheFile, { force: true }), rssOf(jsonConfigs.find((c) => c.name === 'cache, unchanged')))]] : []),
    ['YAML corpus, --jobs 1', peakRss([CLI, '--format', 'json', '--output-file', join(dir, 'rss-out.json'), '--jobs', '1', yamlDir], [0, 1], dir)],
    [`YAML corpus, default jobs (${cores})`, peakRss([CLI, '--format', 'json', '--output-file', join(dir, 'rss-out.json'), yamlDir], [0, 1], dir)],
    ['one clean JSON file', peakRss([CLI, clean], [0], dir)],
  ];

  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cores} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}, ${process.platform} ${release()}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end`;
  const table = [
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. ${FILES} Batch Compute specs of about ${(averageBytes / 1024).toFixed(1)} KB (one in ten with errors), the same specs in YAML${csDir ? `, ${CS_FILES} Container Service specs` : ''}. Each round runs the floor and every configuration back to back; a ratio is the median over the rounds of the ratio within a round (JSON: ${json.rounds} rounds, YAML: ${yaml.rounds}, cold start: ${cold.rounds}); times are medians, wall time of the whole process. Every clusterlint configuration's \`--format json\` report was compared byte for byte with the others in every round: identical.`,
    '',
    ...checks.map((c) => `- Self-check, ${c}.`),
    ...(spectralNote ? [`- ${spectralNote}`] : []),
    '',
    '| measurement | median | ratio |',
    '|---|---:|---|',
    ...rows.map(([what, ms, ratio]) => `| ${what} | ${ms} | ${ratio} |`),
    ...rss.map(([what, r]) => `| peak RSS, ${what} | ${r.mb.toFixed(0)} MB | target < 150 MB: ${r.mb < 150 ? 'met' : 'NOT met'} (${r.how}) |`),
  ].join('\n');
  console.log(`\n${table}\n`);

  if (args.readme) {
    const readme = join(root, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const section = `## Performance\n\n${README_INTRO}\n\n${table}\n`;
    const at = text.indexOf('\n## Performance\n');
    // The section runs to the next second-level heading (or the end).
    const next = at >= 0 ? text.indexOf('\n## ', at + 1) : -1;
    const rest = next >= 0 ? text.slice(next) : '\n';
    writeFileSync(readme, at >= 0 ? `${text.slice(0, at + 1)}${section}${rest.slice(1) ? `\n${rest.slice(1)}` : ''}` : `${text.trimEnd()}\n\n${section}`);
    console.log('README.md: the Performance section is updated.');
  }
}

const dir = mkdtempSync(join(tmpdir(), 'clusterlint-bench-'));
// The command's V8 code cache lives with the corpus (each configuration's first, untimed run writes it).
process.env.CLUSTERLINT_CODE_CACHE = join(dir, 'v8-cache');
try {
  const t0 = performance.now();
  const { jsonDir, yamlDir, parseable, averageBytes } = writeBatchCorpus(dir);
  const csDir = existsSync(CS_SCHEMA) ? writeContainerCorpus(dir) : undefined;
  console.log(`corpus: ${FILES} Batch Compute specs (JSON, ${averageBytes} bytes on average, and the same in YAML)${csDir ? `, ${CS_FILES} Container Service specs` : ''} in ${dir} (${Math.round(performance.now() - t0)} ms)`);
  if (!csDir) console.log(`note: ${CS_SCHEMA.slice(root.length + 1)} is absent; the Container Service corpus is skipped.`);
  if (args['corpus-only']) args.keep = true;
  else measureAll({ dir, jsonDir, yamlDir, csDir, parseable, averageBytes });
} finally {
  if (args.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
