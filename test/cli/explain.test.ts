import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';

/** `clusterlint --explain CODE` (SPEC §7, clarification 12): the whole text for one API row and one lint code, byte for byte. */
describe('--explain', () => {
  it('prints an API row exactly (MissingName), exit 0', () => {
    const r = runBin(['--explain', 'MissingName']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
  [
    "MissingName",
    "origin: api; HTTP status: 400; dialects: batchcompute",
    "",
    "Message:",
    "  Name is mandatory for this action.",
    "",
    "What triggers it:",
    "  The API answers MissingName (HTTP 400) when the parameter the message names is left out.",
    "",
    "Source:",
    "  The Batch Compute CreateCluster error table (shared seed batchcompute-createcluster.txt), verbatim.",
    "",
    "How to fix it:",
    "  Add a Name.",
    "",
    "Failing example:",
    "  cluster.json:",
    "    {",
    "      \"$schema\": \"./node_modules/clusterlint/schemas/batchcompute-cluster.schema.json\",",
    "      \"Description\": \"What the cluster is for\",",
    "      \"ImageId\": \"m-2309yqb5n\",",
    "      \"InstanceType\": \"ecs.sn1.medium\",",
    "      \"Groups\": {",
    "        \"group1\": {",
    "          \"DesiredVMCount\": 1,",
    "          \"ResourceType\": \"OnDemand\"",
    "        }",
    "      }",
    "    }",
    "",
    "Passing example:",
    "  cluster.json:",
    "    {",
    "      \"$schema\": \"./node_modules/clusterlint/schemas/batchcompute-cluster.schema.json\",",
    "      \"Name\": \"my-cluster\",",
    "      \"Description\": \"What the cluster is for\",",
    "      \"ImageId\": \"m-2309yqb5n\",",
    "      \"InstanceType\": \"ecs.sn1.medium\",",
    "      \"Groups\": {",
    "        \"group1\": {",
    "          \"DesiredVMCount\": 1,",
    "          \"ResourceType\": \"OnDemand\"",
    "        }",
    "      }",
    "    }",
    "",
    "Documentation: https://github.com/clusterlint/clusterlint#code-missingname",
    "",
  ].join('\n'),
    );
  });

  it('prints a lint code exactly (BcsInstanceTypeInVpc), exit 0', () => {
    const r = runBin(['--explain', 'BcsInstanceTypeInVpc']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
  [
    "BcsInstanceTypeInVpc",
    "origin: lint; HTTP status: none (lint-only); default severity: warning; dialects: batchcompute",
    "",
    "Message:",
    "  bcs.* instance types are not supported in VPC clusters.",
    "",
    "What triggers it:",
    "  A bcs.* instance type in a cluster with Configs.Networks.VPC (user guide). Checked by rule `bcs-instance-type`: bcs.* instance types are not for VPC clusters and take only ephemeral disks (Batch Compute user guide).",
    "",
    "Source:",
    "  See the rule above: its description names the source it follows.",
    "",
    "How to fix it:",
    "  Use an ecs.* instance type in a VPC cluster, or drop the VPC.",
    "",
    "Failing example:",
    "  cluster.json:",
    "    {",
    "      \"$schema\": \"./node_modules/clusterlint/schemas/batchcompute-cluster.schema.json\",",
    "      \"Name\": \"my-cluster\",",
    "      \"Description\": \"What the cluster is for\",",
    "      \"ImageId\": \"m-2309yqb5n\",",
    "      \"InstanceType\": \"bcs.a2.large\",",
    "      \"Groups\": {",
    "        \"group1\": {",
    "          \"DesiredVMCount\": 1,",
    "          \"ResourceType\": \"OnDemand\"",
    "        }",
    "      },",
    "      \"Configs\": {",
    "        \"Networks\": {",
    "          \"VPC\": {",
    "            \"VpcId\": \"vpc-2zeabc\",",
    "            \"CidrBlock\": \"192.168.0.0/16\"",
    "          }",
    "        }",
    "      }",
    "    }",
    "",
    "Passing example:",
    "  cluster.json:",
    "    {",
    "      \"$schema\": \"./node_modules/clusterlint/schemas/batchcompute-cluster.schema.json\",",
    "      \"Name\": \"my-cluster\",",
    "      \"Description\": \"What the cluster is for\",",
    "      \"ImageId\": \"m-2309yqb5n\",",
    "      \"InstanceType\": \"ecs.sn1.medium\",",
    "      \"Groups\": {",
    "        \"group1\": {",
    "          \"DesiredVMCount\": 1,",
    "          \"ResourceType\": \"OnDemand\"",
    "        }",
    "      },",
    "      \"Configs\": {",
    "        \"Networks\": {",
    "          \"VPC\": {",
    "            \"VpcId\": \"vpc-2zeabc\",",
    "            \"CidrBlock\": \"192.168.0.0/16\"",
    "          }",
    "        }",
    "      }",
    "    }",
    "",
    "Documentation: https://github.com/clusterlint/clusterlint#code-bcsinstancetypeinvpc",
    "",
  ].join('\n'),
    );
  });

  it('finds the catalogue entry of a reported code with its key filled in', () => {
    for (const [name, entry, anchor] of [
      ['InvalidUserData.team.value', 'InvalidUserData.{key}.value', 'code-invaliduserdatakeyvalue'],
      ['InvalidUserData.team', 'InvalidUserData.{key}', 'code-invaliduserdatakey'],
      ['InvalidEnvVars.PATH.value', 'InvalidEnvVars.{key}.value', 'code-invalidenvvarskeyvalue'],
      ['InvalidSubnetCidr', 'InvalidSubnetCidr', 'code-invalidsubnetcidr'],
    ]) {
      const r = runBin(['--explain', name!]);
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe(entry);
      expect(r.stdout).toContain(`\nDocumentation: https://github.com/clusterlint/clusterlint#${anchor}\n`);
    }
  });

  it('an unknown code is a one-line usage error with a did-you-mean, exit 2', () => {
    const cases: Array<[string, string]> = [
      ['InvalidNmae', 'clusterlint: --explain: "InvalidNmae" is not a code clusterlint reports; did you mean "InvalidName"?\n'],
      ['SpotPriceLimitMising', 'clusterlint: --explain: "SpotPriceLimitMising" is not a code clusterlint reports; did you mean "SpotPriceLimitMissing"?\n'],
      ['InvalidUserData.{ky}', 'clusterlint: --explain: "InvalidUserData.{ky}" is not a code clusterlint reports; did you mean "InvalidUserData.{key}"?\n'],
      ['Bcs*', 'clusterlint: --explain takes one code, not a pattern: "Bcs*"\n'],
      ['Nothing', 'clusterlint: --explain: "Nothing" is not a code clusterlint reports\n'],
    ];
    for (const [name, stderr] of cases) {
      const r = runBin(['--explain', name]);
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', stderr]);
    }
  });

  it('takes a code, not paths, and needs its argument', () => {
    expect(runBin(['--explain', 'MissingName', 'specs/'])).toEqual({ status: 2, stdout: '', stderr: 'clusterlint: --explain takes a code, not paths to lint (see --help)\n' });
    const r = runBin(['--explain']);
    expect([r.status, r.stdout, r.stderr.split('\n').length]).toEqual([2, '', 2]);
  });

  it('is listed in --help', () => {
    expect(runBin(['--help']).stdout).toContain('  --explain CODE          print a code\'s documentation');
  });
});
