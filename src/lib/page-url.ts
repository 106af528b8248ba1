/**
 * The one place that turns a page id into an address. Every link a component, a plugin, the
 * checker or a test builds to a page goes through here, so the base path is applied once.
 */

/** `/handbook/` → `/handbook`; `/` → `` (the prefix that goes before a site path). */
export function basePrefix(base: string): string {
  return base.replace(/\/+$/, '');
}

/** Site path of a page without the base path: `index` → `/`, `runbooks/scaling` → `/runbooks/scaling/`. */
export function sitePathOf(id: string, fragment?: string): string {
  const trimmed = id.replace(/^\/+|\/+$/g, '');
  const path = trimmed === '' || trimmed === 'index' ? '/' : `/${trimmed}/`;
  return fragment ? `${path}#${fragment}` : path;
}

/** A root-relative path with the base path in front: `/runbooks/` under `/handbook/` → `/handbook/runbooks/`. */
export function withBase(sitePath: string, base: string): string {
  const prefix = basePrefix(base);
  if (!prefix || !sitePath.startsWith('/') || sitePath.startsWith('//')) return sitePath;
  return sitePath === prefix || sitePath.startsWith(`${prefix}/`) ? sitePath : prefix + sitePath;
}

/** The site path a root-relative path names once the base path is taken off. */
export function withoutBase(pathname: string, base: string): string {
  const prefix = basePrefix(base);
  return prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/** The href of a page as served: `pageHref('runbooks/scaling', '/handbook/', 'steps')` → `/handbook/runbooks/scaling/#steps`. */
export function pageHref(id: string, base: string, fragment?: string): string {
  return withBase(sitePathOf(id, fragment), base);
}
