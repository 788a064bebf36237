import { closest, defineRule, quote } from '../src/api/rule-api.js';
import { REGIONS, RETIRED_REGIONS } from './lib/regions.js';

/**
 * Container Service `region_id`: an id that is not a known Alibaba Cloud region is
 * `InvalidRegionId` as a warning (SPEC §5). A warning, not an error, because new regions open
 * more often than clusterlint is released; turn it off in the config for a region it does not
 * know yet. The detail suggests the nearest known id (`cn-hangzou` → `cn-hangzhou`) and says
 * when a region has been deactivated.
 */
export default defineRule({
  id: 'region-id',
  dialect: 'containerservice',
  docs: 'region_id is a known Alibaba Cloud region id, else a warning (SPEC §5; own decision: a warning, as regions open between releases; list and sources in rules/lib/regions.ts).',
  codes: ['InvalidRegionId'],
  check({ data, report }) {
    const value = data.region_id;
    if (typeof value !== 'string' || Object.prototype.hasOwnProperty.call(REGIONS, value)) return;
    let detail: string;
    if (Object.prototype.hasOwnProperty.call(RETIRED_REGIONS, value)) {
      detail = `${value} (${RETIRED_REGIONS[value]}) has been deactivated; choose a region that takes new clusters.`;
    } else {
      const near = closest(value, Object.keys(REGIONS));
      detail = near
        ? `${quote(value)} is not a known Alibaba Cloud region id. Did you mean "${near}"?`
        : `${quote(value)} is not a known Alibaba Cloud region id, such as cn-hangzhou or ap-southeast-1.`;
    }
    report.invalid('/region_id', 'format', { severity: 'warning', detail });
  },
});
