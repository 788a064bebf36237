/**
 * The real-world corpus: request bodies that Alibaba's own SDKs, command line and Terraform provider
 * build or send, and the examples of the API reference pages (each file's source is in SOURCES.md).
 * Every body is linted by the bundled CLI, as a user runs it, and must get exactly the errors and the
 * warnings that SPEC.md (revised for issue 12) gives it: no error on a body the real API accepts
 * (SPEC §0), and each real problem with its documented code at its exact pointer and line:column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/api/diagnostic.js';
import { ROOT, runBin } from '../helpers.js';

const CORPUS_DIR = 'test/realworld';

/** What SPEC says a body gets: each finding as `code@line:column pointer`. */
interface Expected {
  errors: string[];
  warnings: string[];
}

/** Nothing at all: what a body that real tooling sends successfully gets when it holds no secret. */
const CLEAN: Expected = { errors: [], warnings: [] };
/** A swarm body always writes its root password (SPEC §3 PlaintextSecret), and is otherwise clean. */
const swarm = (passwordAt: string): Expected => ({ errors: [], warnings: [`PlaintextSecret@${passwordAt} /password`] });

/**
 * The expected findings of every corpus file, by path under test/realworld. The comment on each says
 * which SPEC row decides the case where today's English page alone would decide otherwise.
 */
const EXPECTED: Record<string, Expected> = {
  // §4 group InstanceType: the cluster names none, the group does; §4a DependencyIsvService.
  'batchcompute/python-sdk-create-cluster.json': CLEAN,
  // The same, with the SDK's default VPC CidrBlock 192.168.0.0/16 and an ephemeral system disk.
  'batchcompute/python-sdk-configs.json': CLEAN,
  // A real problem: a name with a space (§4 Name characters); per-group instance types are fine.
  'batchcompute/python-sdk-unit-name-with-space.json': { errors: ['InvalidName@2:11 /Name'], warnings: [] },
  // §4 Notification.Topic.Endpoint: the scheme-less MNS endpoint the API accepted is a warning.
  'batchcompute/java-sdk-cluster-test.json': {
    errors: [],
    warnings: ['InvalidNotification.Topic.Endpoint@30:19 /Notification/Topic/Endpoint'],
  },
  // §4 DesiredVMCount 0 is a warning (the API created the empty group, 201).
  'batchcompute/java-sdk-cluster-test2-zero-vms.json': {
    errors: [],
    warnings: [
      'InvalidDesiredVMCount@8:25 /Groups/group1/DesiredVMCount',
      'InvalidNotification.Topic.Endpoint@30:19 /Notification/Topic/Endpoint',
    ],
  },
  'batchcompute/java-openapi-sdk-cluster-create-test.yaml': {
    errors: [],
    warnings: [
      'InvalidDesiredVMCount@6:21 /Groups/group1/DesiredVMCount',
      'InvalidNotification.Topic.Endpoint@14:15 /Notification/Topic/Endpoint',
    ],
  },
  'batchcompute/node-sdk-create-cluster.json': CLEAN,
  'batchcompute/node-sdk-create-cluster-configs.json': CLEAN,
  // §4 Notification.Topic: the CLI's Topic of empty strings is no finding; §4a Topic UserData/UserTemplate.
  'batchcompute/cli-create-cluster.json': CLEAN,
  // §4a EnvVars; §4 DesiredVMCount 0 (the CLI allows 0 nodes).
  'batchcompute/cli-create-cluster-options.yaml': {
    errors: [],
    warnings: ['InvalidDesiredVMCount@8:21 /Groups/group/DesiredVMCount'],
  },
  // A real problem, reported as SPEC §3 says: the CLI's misspelt ReferchTimeOut is an unknown key.
  'batchcompute/cli-show-json-refresh-timeout.json': {
    errors: [],
    warnings: ['UnknownParameter@18:13 /Configs/Mounts/ReferchTimeOut'],
  },
  // §4 ResourceType: PrePaid.
  'batchcompute/cli-prepaid.json': CLEAN,
  // The English page's example: only the user-guide warnings and the /8 mask warning (§3, §4).
  'batchcompute/en-doc-example.json': {
    errors: [],
    warnings: [
      'BcsInstanceTypeInVpc@5:21 /InstanceType',
      'BcsInstanceTypeDiskType@23:25 /Configs/Disks/SystemDisk/Type',
      'BcsInstanceTypeDiskType@27:25 /Configs/Disks/DataDisk/Type',
      'InvalidCidrBlock@67:30 /Configs/Networks/VPC/CidrBlock',
      'SpotSettingIgnored@76:29 /Groups/group1/SpotStrategy',
    ],
  },
  // The Chinese page's example: §4a fields (Bootstrap, EnvVars, CacheBlockSize, CacheTotalSize,
  // OSS.SecurityToken) are known; its placeholders are real problems: a VpcId that is no VPC id
  // (§4 VPC.VpcId) and an OSS AccessKeySecret written in the file (§3 PlaintextSecret).
  'batchcompute/zh-doc-example.json': {
    errors: ['InvalidConfigs.Networks.VPC.VpcId@73:26 /Configs/Networks/VPC/VpcId'],
    warnings: ['PlaintextSecret@55:36 /Configs/Mounts/OSS/AccessKeySecret'],
  },
  // §4a ScheduleType, Bootstrap; a real problem: a secret in UserData (§3 PlaintextSecret by key name).
  'batchcompute/bc-py-wps-cluster.json': { errors: [], warnings: ['PlaintextSecret@8:16 /UserData/AES_KEY'] },

  // §5 io_optimized "true", as the Terraform provider sends on every create.
  'containerservice/terraform-swarm-basic.json': swarm('9:15'),
  // §5 size 0.
  'containerservice/terraform-swarm-zero-node.json': swarm('9:15'),
  'containerservice/terraform-swarm-noslb.yaml': swarm('8:11'),
  'containerservice/terraform-doc-example.json': swarm('9:15'),
  // §5 data_disk_category ephemeral_ssd.
  'containerservice/terraform-ephemeral-ssd.json': swarm('9:15'),
  'containerservice/gocloud-test-map.json': swarm('2:15'),
  // Real problems: data_disk_size 0 for cloud_ssd (§5 20–32768), an empty region_id (§5, a warning).
  'containerservice/gocloud-sent-body.json': {
    errors: ['InvalidDataDiskSize@12:21 /data_disk_size'],
    warnings: ['InvalidRegionId@2:16 /region_id', 'PlaintextSecret@10:15 /password'],
  },
  // Real problems of a body from the classic-network days (§5): every one is a request the API refuses.
  'containerservice/aliyungo-classic-test.json': {
    errors: [
      'MissingSubnetCidr@1:1 /subnet_cidr',
      'MissingVpcId@1:1 /vpc_id',
      'MissingVswitchId@1:1 /vswitch_id',
      'InvalidNetworkMode@4:19 /network_mode',
      'InvalidPassword@6:15 /password',
      'InvalidDataDiskSize@7:21 /data_disk_size',
      'InvalidIoOptimized@9:19 /io_optimized',
    ],
    warnings: ['PlaintextSecret@6:15 /password'],
  },
  // The English page's example leaves out three fields its own table requires (§5).
  'containerservice/en-doc-example.json': {
    errors: ['MissingSubnetCidr@1:1 /subnet_cidr', 'MissingVpcId@1:1 /vpc_id', 'MissingVswitchId@1:1 /vswitch_id'],
    warnings: ['PlaintextSecret@2:17 /password'],
  },
};

/** The value that stands in for the AES key committed in bc.py's template; no output may show it. */
const SECRET = 'REPLACED-xK9q-not-the-committed-key';

/** Every body file of the corpus, as paths under test/realworld. */
function corpusFiles(): string[] {
  return ['batchcompute', 'containerservice']
    .flatMap((dir) => readdirSync(join(ROOT, CORPUS_DIR, dir)).map((name) => `${dir}/${name}`))
    .filter((path) => /\.(json|ya?ml)$/.test(path))
    .sort();
}

/** One diagnostic in the form of EXPECTED. */
const short = (d: FileResult['diagnostics'][number]) => `${d.code}@${d.line}:${d.column} ${d.pointer || '/'}`;

describe('real-world corpus', () => {
  let results: Map<string, FileResult>;
  let run: ReturnType<typeof runBin>;

  beforeAll(() => {
    // Every file is named on the command line, so a body whose dialect is not recognised shows up
    // as UnknownDialect instead of being skipped.
    run = runBin(['--format', 'json', ...Object.keys(EXPECTED).map((p) => `${CORPUS_DIR}/${p}`)]);
    const parsed = JSON.parse(run.stdout) as FileResult[];
    results = new Map(parsed.map((r) => [r.file.slice(CORPUS_DIR.length + 1), r]));
  });

  it('lists every body of the folder, and names each one in SOURCES.md', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(corpusFiles());
    const sources = readFileSync(join(ROOT, CORPUS_DIR, 'SOURCES.md'), 'utf8');
    const named = [...sources.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]).sort();
    expect(named).toEqual(corpusFiles().map((p) => p.slice(p.indexOf('/') + 1)).sort());
  });

  it('exits 1, as some bodies have real problems, and says nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect([...results.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.errors.length ? expected.errors.map((e) => e.split('@')[0]).join(', ') : 'no error'}`, () => {
      const result = results.get(file);
      expect(result, `${file} was not linted`).toBeDefined();
      const diagnostics = result!.diagnostics;
      expect({
        errors: diagnostics.filter((d) => d.severity === 'error').map(short),
        warnings: diagnostics.filter((d) => d.severity === 'warning').map(short),
      }).toEqual(expected);
      expect([result!.errorCount, result!.warningCount]).toEqual([expected.errors.length, expected.warnings.length]);
    });
  }

  it('never shows the secret of bc.py\'s template, in json or in stylish with its source excerpts', () => {
    const file = `${CORPUS_DIR}/batchcompute/bc-py-wps-cluster.json`;
    expect(readFileSync(join(ROOT, file), 'utf8')).toContain(SECRET);
    expect(run.stdout).not.toContain(SECRET);
    const stylish = runBin([file]);
    expect(stylish.stdout).toContain('PlaintextSecret');
    expect(stylish.stdout + stylish.stderr).not.toContain(SECRET);
  });
});
