import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { wireBytes } from './gzip.ts';

export interface Resource {
  /** Path on the site, such as `/_astro/page.Co3VXKsx.js`. */
  path: string;
  /** Playwright's resource type: document, stylesheet, script, fetch, font, image… */
  type: string;
  /** Bytes on the wire with gzip (raw for already-compressed files). */
  wire: number;
}

/** The file of `dist` a site path is served from, if any. */
function fileFor(dist: string, sitePath: string): string | undefined {
  const decoded = decodeURIComponent(sitePath);
  const file = path.join(dist, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const asDirectory = path.join(file, 'index.html');
  return existsSync(asDirectory) ? asDirectory : undefined;
}

/**
 * Each path once: the search warm-up fetches its files into the HTTP cache, and Pagefind asks for them
 * again, from that cache.
 */
export const oncePerPath = (resources: readonly Resource[]) => [
  ...new Map(resources.map((resource) => [resource.path, resource])).values(),
];

/** Records every request a page makes from now on, sized from the files in `dist`. */
export function recordRequests(page: Page, dist: string) {
  const requests: Request[] = [];
  let lastAt = performance.now();
  const onRequest = (request: Request) => {
    requests.push(request);
    lastAt = performance.now();
  };
  page.on('request', onRequest);
  return {
    /** Resolves once no request has started for `quietMs`. */
    async settle(quietMs = 500) {
      while (performance.now() - lastAt < quietMs) await page.waitForTimeout(100);
    },
    stop(): Resource[] {
      page.off('request', onRequest);
      return requests.map((request) => {
        const sitePath = new URL(request.url()).pathname;
        const file = fileFor(dist, sitePath);
        return {
          path: sitePath,
          type: request.resourceType(),
          wire: file ? wireBytes(readFileSync(file)) : 0,
        };
      });
    },
  };
}

/**
 * A page in a fresh context: empty cache, no storage, and no service worker, so that an offline
 * copy being cached in the background neither adds requests nor competes with the page. Close it
 * with `page.context().close()`.
 */
export async function openFresh(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  return context.newPage();
}

/**
 * Waits until a page that began the handbook's search warm-up (src/scripts/client/search-warmup.ts,
 * which first fetches `warm-up.json`) has finished it, as a reader who lets the page settle would.
 * Returns at once on a page without one, such as plain Starlight's.
 */
export async function searchWarmedUp(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('handbook:search-ready').length > 0 ||
      !performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/warm-up.json')),
  );
}

/** Loads `url` in a fresh context, search warm-up included, and returns what it fetched and its inline scripts and styles. */
export async function loadPage(browser: Browser, url: string, dist: string) {
  const page = await openFresh(browser);
  const recorder = recordRequests(page, dist);
  await page.goto(url, { waitUntil: 'load' });
  await recorder.settle();
  await searchWarmedUp(page);
  await recorder.settle();
  const { inlineScripts, inlineStyles } = await page.evaluate(() => ({
    inlineScripts: [...document.scripts]
      .filter((script) => !script.src)
      .map((script) => script.textContent ?? ''),
    inlineStyles: [...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
  }));
  const resources = recorder.stop();
  await page.context().close();
  return { resources, inlineScripts, inlineStyles };
}
