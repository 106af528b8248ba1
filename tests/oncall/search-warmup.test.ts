import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filesUnder } from '../helpers/html.ts';
import { firstPageIn, search } from '../hosting/site-pages.ts';
import { handbookSite, type SiteUnderTest } from './sites.ts';

let site: SiteUnderTest;
beforeAll(async () => (site = await handbookSite()));
afterAll(() => site?.close());

const bundle = () => path.join(site.dir, 'pagefind');
const pageCount = () => filesUnder(site.dir, '.html').length;

describe("the build's search files", () => {
  test('keep excerpts ten pages to a file', () => {
    const excerptFiles = readdirSync(path.join(bundle(), 'fragment'));
    expect(excerptFiles.length).toBeGreaterThan(1);
    expect(excerptFiles.length).toBeLessThanOrEqual(Math.ceil(pageCount() / 10));
  });

  test('list every file a search needs, each of which exists', () => {
    const list = JSON.parse(readFileSync(path.join(bundle(), 'warm-up.json'), 'utf8')) as {
      languages: Record<string, { files: string[]; excerpts: boolean }>;
    };
    const english = list.languages['en']!;
    expect(english.excerpts).toBe(true);
    expect(english.files.filter((file) => !existsSync(path.join(bundle(), file)))).toEqual([]);
    for (const dir of ['index', 'fragment', 'filter'])
      expect(english.files.filter((file) => file.startsWith(`${dir}/`)).length).toBe(
        readdirSync(path.join(bundle(), dir)).length,
      );
  });
});

/** Opens a runbook and waits until nothing has been fetched for a while. */
async function openRunbook(context: BrowserContext): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${site.origin}/${firstPageIn(site.dir, 'runbooks')}`, { waitUntil: 'networkidle' });
  return { page, requests };
}

describe('a page once it has loaded', () => {
  test('has search ready without fetching any of Pagefind’s files; searching fetches them', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    try {
      const { page, requests } = await openRunbook(context);
      await page.waitForFunction(() => performance.getEntriesByName('handbook:search-ready').length > 0);
      expect(requests.filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
      expect((await search(page, 'ECONNREFUSED'))[0]).toMatch(/^\//);
      expect(requests).toContain('/pagefind/pagefind.js');
      expect(requests).toContain('/pagefind/warm-up.json');
    } finally {
      await context.close();
    }
  });

  test('registers the offline copy only once search is ready', async () => {
    const context = await site.browser.newContext();
    // Notes, at the moment the page asks for its service worker, whether search was ready.
    await context.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        const ready = performance.getEntriesByName('handbook:search-ready').length > 0;
        document.documentElement.dataset['registeredWhenSearchReady'] = String(ready);
        return register.apply(this, args);
      };
    });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      const html = page.locator('html[data-registered-when-search-ready]');
      await html.waitFor({ state: 'attached' });
      expect(await html.getAttribute('data-registered-when-search-ready')).toBe('true');
    } finally {
      await context.close();
    }
  });

  test('says search is ready even when the browser grants no idle time', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    // Back-to-back tasks for 6 s from the first script on: the browser has no idle period to give.
    await context.addInitScript(() => {
      const until = performance.now() + 6000;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const busyUntil = performance.now() + 2;
        while (performance.now() < busyUntil);
        if (performance.now() < until) channel.port2.postMessage(null);
      };
      channel.port2.postMessage(null);
    });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/`, { waitUntil: 'domcontentloaded' });
      const ready = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const check = () => {
              const mark = performance.getEntriesByName('handbook:search-ready')[0];
              if (mark) resolve(mark.startTime);
              else setTimeout(check, 50);
            };
            check();
          }),
      );
      expect(ready).toBeLessThan(5000);
    } finally {
      await context.close();
    }
  });
});
