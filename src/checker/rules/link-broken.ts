import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';

/** `link-broken`: an internal link to a path that is neither a page nor a file. */
export const linkBroken: Rule = ({ pages, resolver }) =>
  pages.flatMap((page) =>
    page.links.flatMap((link) => {
      const target = resolver.resolve(page, link.href);
      if (!target || target.found) return [];
      return [
        finding(
          'link-broken',
          { file: page.file, line: link.line },
          target.path.startsWith('../')
            ? `no file ${target.path}: the link leaves the folder and nothing is there`
            : `no page ${target.path} ${resolver.where}`,
          link.href,
        ),
      ];
    }),
  );
