import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';
import { missingFields, missingSections } from '../../integrity/sections.ts';

/** `page-imported`: a page `npm run import` wrote that nobody has reviewed yet. */
export const pageImported: Rule = ({ pages }) =>
  pages.flatMap((page) => {
    const imported = page.data?.imported;
    if (!page.data || !imported) return [];
    const missing = [
      ...missingFields(page.data).map((field) => `\`${field}\``),
      ...missingSections(page.tree, page.kind).map((heading) => `"## ${heading}"`),
    ];
    const still = missing.length > 0 ? `; as a ${page.kind} it still needs ${missing.join(', ')}` : '';
    return [
      finding(
        'page-imported',
        { file: page.file, line: page.frontmatter.lineOf(['imported']) },
        `imported from ${imported.from}, not reviewed yet${still}`,
        imported.from,
      ),
    ];
  });
