import { builtPageAt, siteHas, type BuiltSite } from '../site/built.ts';
import { classifyHref } from './classify.ts';
import type { LinkResolver } from './resolve.ts';

/** Links resolved against the built site in `dist/`, as a reader's browser resolves them. */
export function builtResolver(site: BuiltSite): LinkResolver {
  return {
    where: 'in the built site',
    resolve(page, href) {
      const target = classifyHref(href, page.url);
      if (target.kind !== 'internal') return undefined;
      const { path, fragment } = target;
      if (!siteHas(site, path)) return { found: false, path, fragment };
      return { found: true, path, fragment, ids: builtPageAt(site, path)?.ids };
    },
  };
}
