import { defineRule, child, isObject } from '../src/api/rule-api.js';

/** The pointer of a field of group `name`. */
const fieldOf = (name: string, field: string) => child(child('/Groups', name), field);

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
    for (const name in groups) {
      const group = groups[name];
      if (!isObject(group)) continue;
      const strategy = group.SpotStrategy;
      const limit = group.SpotPriceLimit;
      // Pointers and details are made only for what is reported (`fieldOf`).
      if (group.ResourceType !== 'Spot') {
        const ignored = typeof strategy === 'string' && strategy !== '';
        const unused = typeof limit === 'number' && limit !== 0;
        if (ignored || unused) {
          const why = `ResourceType is ${typeof group.ResourceType === 'string' ? `"${group.ResourceType}"` : 'not set'}, so the API ignores this spot setting.`;
          if (ignored) report.lint('SpotSettingIgnored', fieldOf(name, 'SpotStrategy'), { detail: why });
          if (unused) report.lint('SpotSettingIgnored', fieldOf(name, 'SpotPriceLimit'), { detail: why });
        }
      }
      // SPEC §3 sets no ResourceType condition here: a price-limited strategy without its limit is
      // reported even on a group whose spot settings are ignored.
      if (strategy === 'SpotWithPriceLimit' && (limit === undefined || limit === 0)) {
        report.lint('SpotPriceLimitMissing', fieldOf(name, 'SpotStrategy'), { detail: `Set SpotPriceLimit in group "${name}" to the highest hourly price to pay.` });
      }
    }
  },
});
