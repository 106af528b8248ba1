import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';
import { reviewEveryDefaults } from '../../schemas/kinds.ts';

const day = 24 * 60 * 60 * 1000;

/** `page-stale`: `lastReviewed` plus `reviewEvery` (or the kind's default) lies in the past. */
export const pageStale: Rule = ({ pages, options }) =>
  pages.flatMap((page) => {
    const reviewed = page.data?.lastReviewed;
    if (!page.data || !reviewed) return [];
    const days = page.data.reviewEvery ?? reviewEveryDefaults[page.data.kind];
    const due = new Date(reviewed.getTime() + days * day);
    if (due >= options.now) return [];
    const date = due.toISOString().slice(0, 10);
    const at = { file: page.file, line: page.frontmatter.lineOf(['lastReviewed']) };
    return [
      finding(
        'page-stale',
        at,
        `review was due on ${date} (every ${days} days)`,
        reviewed.toISOString().slice(0, 10),
      ),
    ];
  });
