import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';
import { classifyHref } from '../links/classify.ts';
import { siteHas } from '../site/built.ts';

/** `link-broken`: an internal link to a path the built site does not have. */
export const linkBroken: Rule = ({ pages, site }) =>
  pages.flatMap((page) =>
    page.links.flatMap((link) => {
      const target = classifyHref(link.href, page.url);
      if (target.kind !== 'internal' || siteHas(site, target.path)) return [];
      return [
        finding(
          'link-broken',
          { file: page.file, line: link.line },
          `no page ${target.path} in the built site`,
          link.href,
        ),
      ];
    }),
  );
