import { defineRule, child, isObject } from '../src/api/rule-api.js';

/**
 * Spot settings only matter on Spot groups, and a price-limited strategy needs its limit
 * (Batch Compute CreateCluster group fields; SPEC §3 SpotSettingIgnored, SpotPriceLimitMissing).
 */
export default defineRule({
  id: 'spot-settings',
  dialect: 'batchcompute',
  docs: 'SpotStrategy / SpotPriceLimit are ignored unless ResourceType is Spot; SpotWithPriceLimit needs a SpotPriceLimit (SPEC §3 lint codes: the project\'s own advisories).',
  codes: ['SpotSettingIgnored', 'SpotPriceLimitMissing'],
  check({ data, report }) {
    const groups = data.Groups;
    if (!isObject(groups)) return;
    for (const [name, group] of Object.entries(groups)) {
      if (!isObject(group)) continue;
      const at = child('/Groups', name);
      const strategy = group.SpotStrategy;
      const limit = group.SpotPriceLimit;
      if (group.ResourceType !== 'Spot') {
        const why = `ResourceType is ${typeof group.ResourceType === 'string' ? `"${group.ResourceType}"` : 'not set'}, so the API ignores this spot setting.`;
        if (typeof strategy === 'string' && strategy !== '') report.lint('SpotSettingIgnored', child(at, 'SpotStrategy'), { detail: why });
        if (typeof limit === 'number' && limit !== 0) report.lint('SpotSettingIgnored', child(at, 'SpotPriceLimit'), { detail: why });
      }
      // SPEC §3 sets no ResourceType condition here: a price-limited strategy without its limit is
      // reported even on a group whose spot settings are ignored.
      if (strategy === 'SpotWithPriceLimit' && (limit === undefined || limit === 0)) {
        report.lint('SpotPriceLimitMissing', child(at, 'SpotStrategy'), { detail: `Set SpotPriceLimit in group "${name}" to the highest hourly price to pay.` });
      }
    }
  },
});
