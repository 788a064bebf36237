import { child, defineRule, isObject, quote, type Reporter } from '../src/api/rule-api.js';

/** How an image id starts: an ECS image (`m-…`) or a Batch Compute image (`img-…`). */
const PREFIXES = ['m-', 'img-'] as const;

/**
 * An image id, the cluster's or a group's, starts with `m-` (an ECS image) or `img-` (a Batch
 * Compute image). The official `bcs` command line refuses any other id (EVIDENCE: batchcompute-cli
 * `trans_image`), but the reference page states no format, so another id is `InvalidImageId` as a
 * warning, with the template message and its status (SPEC §4, clarification 4). Type and length
 * are the schema's documented rows: only a non-empty string is looked at here.
 */
export default defineRule({
  id: 'image-id-prefix',
  dialect: 'batchcompute',
  docs: 'An image id starts with m- (ECS) or img- (Batch Compute); another is InvalidImageId as a warning (EVIDENCE: the official bcs command line refuses others).',
  codes: ['InvalidImageId'],
  check({ data, report }) {
    checkId(report, data.ImageId, undefined);
    const groups = data.Groups;
    if (!isObject(groups)) return;
    for (const name in groups) {
      const group = groups[name];
      if (isObject(group)) checkId(report, group.ImageId, name);
    }
  },
});

/** Reports an id (the cluster's, or group `group`'s) of neither prefix; the pointer is made only then. */
function checkId(report: Reporter, value: unknown, group: string | undefined): void {
  if (typeof value !== 'string' || value === '' || value.startsWith(PREFIXES[0]) || value.startsWith(PREFIXES[1])) return;
  report.invalid(group === undefined ? '/ImageId' : child(child('/Groups', group), 'ImageId'), 'format', {
    severity: 'warning',
    detail: `${quote(value)} starts with neither m- (an ECS image) nor img- (a Batch Compute image); the official bcs command line refuses such an id.`,
  });
}
