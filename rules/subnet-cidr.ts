import { defineRule } from '../src/api/rule-api.js';
import { checkPrivateNetwork } from './lib/cidr.js';

/**
 * Container Service `subnet_cidr`: the containers' CIDR block must be an IPv4 network address
 * inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (SPEC §5; the swarm CreateCluster page asks
 * for a CIDR block of the VPC network mode). Unlike Batch Compute's VPC CidrBlock, no mask range is
 * documented for it, so there is no mask warning. A value that is not a string is the schema's.
 */
export default defineRule({
  id: 'subnet-cidr',
  dialect: 'containerservice',
  docs: 'subnet_cidr is a private IPv4 network address (SPEC §5; source: the seed asks for a VPC CIDR block; private ranges of RFC 1918, own decision: no mask warning, none is documented).',
  codes: ['InvalidSubnetCidr'],
  check({ data, report }) {
    const value = data.subnet_cidr;
    if (typeof value !== 'string') return;
    const problem = checkPrivateNetwork(value);
    if (!problem) return;
    const { detail, network } = problem;
    report.invalid('/subnet_cidr', 'format', { detail, ...(network ? { fix: { from: value, to: network, quotes: 'keep' } } : {}) });
  },
});
