import { finding, type Finding } from '../../checker/findings.ts';
import type { SourceRule } from '../context.ts';

/** `page-reference`: `related` or `rollback` naming a page that does not exist. */
export const pageReference: SourceRule = ({ pages }) => {
  const ids = new Set(pages.map((page) => page.id));
  return pages.flatMap((page) => {
    const data = page.frontmatter.data;
    if (!data) return [];
    const missing = (path: (string | number)[], id: string): Finding =>
      finding(
        'page-reference',
        { file: page.file, line: page.lineOf(path) },
        `no page "${id}"`,
        path.join('.'),
      );
    const found = data.related.flatMap((id, index) => (ids.has(id) ? [] : [missing(['related', index], id)]));
    const rollback = data.rollback;
    if (rollback && 'page' in rollback && !ids.has(rollback.page))
      found.push(missing(['rollback'], rollback.page));
    return found;
  });
};
