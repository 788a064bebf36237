import { defineRule, numberAsWritten } from '../src/api/rule-api.js';

/** The most nodes the provider's tooling creates in one swarm cluster (SPEC §5 `size`). */
const MAX_NODES = 50;

/**
 * Container Service `size` above 50: the API page sets no maximum, but the provider's tooling caps
 * a swarm cluster at 50 nodes, so it is `InvalidSize` as a warning (SPEC §5), with the template's
 * status and message. Source: EVIDENCE, the Terraform provider's `resource_alicloud_cs_swarm.go`
 * (`node_number`: `validateIntegerInRange(0, 50)`). Whether `size` is an integer of at least 0 is
 * the schema's check (and `integer-literal`'s for `60.0`).
 */
export default defineRule({
  id: 'cluster-size',
  dialect: 'containerservice',
  docs: 'A swarm cluster has at most 50 nodes; more is a warning (SPEC §5; EVIDENCE: the Terraform provider validates node_number in 0–50).',
  codes: ['InvalidSize'],
  check({ data, report, source }) {
    const size = data.size;
    if (typeof size !== 'number' || !Number.isInteger(size) || size <= MAX_NODES) return;
    report.invalid('/size', 'bounds', {
      severity: 'warning',
      detail: `size is ${numberAsWritten(size, source('/size'))}; the provider's tooling creates at most ${MAX_NODES} nodes in one swarm cluster.`,
    });
  },
});
