import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';
import { classifyHref } from '../links/classify.ts';
import { builtPageAt } from '../site/built.ts';

/** `link-anchor`: a `#fragment` that names no id on the target page (or on this page). */
export const linkAnchor: Rule = ({ pages, site }) =>
  pages.flatMap((page) =>
    page.links.flatMap((link) => {
      const target = classifyHref(link.href, page.url);
      if (target.kind !== 'internal' || !target.fragment) return [];
      const built = builtPageAt(site, target.path);
      if (!built || built.ids.has(target.fragment)) return [];
      const where = target.path === page.url ? 'this page' : target.path;
      return [
        finding(
          'link-anchor',
          { file: page.file, line: link.line },
          `no heading #${target.fragment} on ${where}`,
          link.href,
        ),
      ];
    }),
  );
