import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';

/** `link-anchor`: a `#fragment` that names no id on the target page (or on this page). */
export const linkAnchor: Rule = ({ pages, resolver }) =>
  pages.flatMap((page) =>
    page.links.flatMap((link) => {
      const target = resolver.resolve(page, link.href);
      if (!target?.found || !target.fragment || !target.ids || target.ids.has(target.fragment)) return [];
      const self = target.path === page.url || target.path === `/${page.model.relative}`;
      const where = self ? 'this page' : target.path;
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
