import { defineRule, get } from '../src/api/rule-api.js';
import { checkVpcCidr } from './lib/cidr.js';

const POINTER = '/Configs/Networks/VPC/CidrBlock';

/**
 * `Configs.Networks.VPC.CidrBlock` must be a private IPv4 network (the API's InvalidCidrBlock row);
 * a mask outside 12–24 (16–24 in 192.168.0.0/16) is the same code as a warning, because the API
 * document says creation "may fail" then. A value that is not a string is the schema's to report.
 */
export default defineRule({
  id: 'cidr-block',
  dialect: 'batchcompute',
  docs: 'VPC CIDR blocks are private IPv4 networks with a 12–24 mask (Batch Compute CreateCluster, InvalidCidrBlock).',
  codes: ['InvalidCidrBlock'],
  check({ data, report }) {
    const value = get(data, POINTER);
    if (typeof value !== 'string') return;
    const problem = checkVpcCidr(value);
    if (!problem) return;
    const { severity, detail, network } = problem;
    // Host bits set: the network address is certain (SPEC §10), written in the value's own quotes.
    report.invalid(POINTER, 'format', { severity, detail, ...(network ? { fix: { from: value, to: network, quotes: 'keep' } } : {}) });
  },
});
