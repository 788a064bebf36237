import { defineRule, get, isObject, isPresent } from '../src/api/rule-api.js';

const VPC = '/Configs/Networks/VPC';
const REQUIRED = ['OppositeRouterId', 'OppositeAccessPointId', 'OppositeRegionId'] as const;
const TRIGGERS = [...REQUIRED, 'OppositeRouterType', 'OppositeInterfaceId', 'ExpressConnectSpec'];

/** An Express Connect link needs both ends named: any Opposite* field brings in the three ids (API rows MissingConfigs.Networks.VPC.*). */
export default defineRule({
  id: 'express-connect',
  dialect: 'batchcompute',
  docs: 'Any Express Connect field requires OppositeRouterId, OppositeAccessPointId and OppositeRegionId (Batch Compute CreateCluster error table).',
  codes: REQUIRED.map((f) => `MissingConfigs.Networks.VPC.${f}`),
  check({ data, report }) {
    const vpc = get(data, VPC);
    if (!isObject(vpc)) return;
    const trigger = TRIGGERS.find((k) => isPresent(vpc[k]));
    if (!trigger) return;
    for (const field of REQUIRED) {
      if (!isPresent(vpc[field])) report.missing(`${VPC}/${field}`, { detail: `${trigger} is set, so the Express Connect link also needs ${field}.` });
    }
  },
});
