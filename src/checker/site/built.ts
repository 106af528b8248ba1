import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { relativeFilesUnder } from '../../lib/files.ts';
import { withBase, withoutBase } from '../../lib/page-url.ts';

/** A page of the built site: the ids a `#fragment` can name and the site pages it links to. */
export interface BuiltPage {
  ids: Set<string>;
  /** Site paths without the base path, such as `/runbooks/scaling/`. */
  linksTo: Set<string>;
}

/** The built site in `dist/`, addressed by site paths without the base path. */
export interface BuiltSite {
  /** Pages by path: `/` and `/runbooks/scaling/`; other HTML files by file path (`/404.html`). */
  pages: Map<string, BuiltPage>;
  /** Every file, such as `/favicon.svg`. */
  files: Set<string>;
}

/** Reads every file name in `distDir` and parses every HTML page in it. */
export function readBuiltSite(distDir: string, base: string): BuiltSite {
  const files = relativeFilesUnder(distDir).map((file) => `/${file}`);
  const pages = new Map<string, BuiltPage>();
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const sitePath = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
    pages.set(sitePath, readBuiltPage(readFileSync(path.join(distDir, file), 'utf8'), sitePath, base));
  }
  return { pages, files: new Set(files) };
}

function readBuiltPage(html: string, sitePath: string, base: string): BuiltPage {
  const ids = new Set<string>();
  const linksTo = new Set<string>();
  const pageAddress = new URL(withBase(sitePath, base), origin);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id'] !== undefined) ids.add(attributes['id']);
        if (name !== 'a') return;
        if (attributes['name'] !== undefined) ids.add(attributes['name']);
        const href = attributes['href'];
        if (href === undefined) return;
        const target = sitePathOf(href, pageAddress);
        if (target !== undefined) linksTo.add(withoutBase(target, base));
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { ids, linksTo };
}

const origin = 'http://site.invalid';

/**
 * The path on this site an `href` leads to, or undefined for another site. Most hrefs are plain
 * absolute paths, taken as they are: resolving thousands of sidebar links with `URL` is slow.
 */
function sitePathOf(href: string, pageAddress: URL): string | undefined {
  if (/^\/(?!\/)[^?#%\\]*(?:[?#]|$)/.test(href) && !href.includes('/.')) return href.replace(/[?#].*$/, '');
  const target = URL.parse(href, pageAddress);
  return target?.origin === origin ? decodePath(target.pathname) : undefined;
}

/** `%20` → space, as file names have it; a malformed escape is kept as written. */
export function decodePath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** The built page a site path opens, if any: `/x/`, `/x` (served as `/x/`) or an HTML file. */
export function builtPageAt(site: BuiltSite, sitePath: string): BuiltPage | undefined {
  return site.pages.get(sitePath) ?? (sitePath.endsWith('/') ? undefined : site.pages.get(sitePath + '/'));
}

/** Whether a site path opens something: a page or any other file such as `/favicon.svg`. */
export function siteHas(site: BuiltSite, sitePath: string): boolean {
  return builtPageAt(site, sitePath) !== undefined || site.files.has(sitePath);
}
