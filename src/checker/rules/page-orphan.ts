import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';

/**
 * `page-orphan`: no other page of the built site links here. Built HTML counts links that
 * components, catalogs and the sidebar make, which the MDX source does not show.
 */
export const pageOrphan: Rule = ({ pages, site }) => {
  // Without a built site the sidebar and catalogs are unknown: a folder's pages are not judged.
  if (!site) return [];
  const linked = new Set<string>();
  for (const [sitePath, page] of site.pages) {
    for (const target of page.linksTo)
      if (target !== sitePath) linked.add(target.endsWith('/') ? target : `${target}/`);
  }
  return pages
    .filter((page) => page.url !== '/' && !linked.has(page.url))
    .map((page) =>
      finding('page-orphan', { file: page.file, line: 1 }, `no other page links to ${page.url}`, page.url),
    );
};
