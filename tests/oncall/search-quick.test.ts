import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstPageIn } from '../hosting/site-pages.ts';
import { handbookSite, type SiteUnderTest } from './sites.ts';

// The machine may be busy: conditions are polled for up to this long, never waited out.
const patiently = { timeout: 20_000 };

let site: SiteUnderTest;
beforeAll(async () => (site = await handbookSite()));
afterAll(() => site?.close());

const quickTitles = (page: Page) => page.locator('site-search .search-quick__link').allTextContents();
const fullTitles = (page: Page) =>
  page.locator('site-search .pagefind-ui__result-title > a').allTextContents();

/** A fresh reader (no cache, no offline copy) on `path`, every request to it recorded. */
async function freshPage(path: string): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${site.origin}${path}`);
  return { context, page, requests };
}

/** Opens search with `/` and types `query` as a reader does. */
async function type(page: Page, query: string): Promise<void> {
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  await page.keyboard.press('/');
  await page.locator('site-search dialog[open] input').first().waitFor();
  await page.keyboard.type(query);
}

describe('the compact incident index', () => {
  test('answers a misspelled symptom while Pagefind cannot load at all', async () => {
    const { context, page } = await freshPage('/runbooks/');
    // Pagefind's files never arrive: only the index inside the page can answer.
    await context.route('**/pagefind/**', () => {});
    try {
      await type(page, 'too many conections');
      await expect.poll(() => quickTitles(page), patiently).toContain('Database connection errors');
      expect(await page.locator('site-search .pagefind-ui__result-link').count()).toBe(0);
      // The arrow key walks from the field into the quick answers, as it does into Pagefind's results.
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-quick__link');
    } finally {
      await context.close();
    }
  });

  test('answers an alert id and what readers say, before Pagefind has answered', async () => {
    const { context, page } = await freshPage('/runbooks/');
    await context.route('**/pagefind/**', () => {});
    try {
      await type(page, 'cv-error-rate-high');
      await expect.poll(async () => (await quickTitles(page))[0], patiently).toBe('High error rate');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('everything is down');
      await expect.poll(async () => (await quickTitles(page))[0], patiently).toBe('Major incident response');
    } finally {
      await context.close();
    }
  });

  test('makes a page view fetch none of Pagefind’s files until the reader opens search', async () => {
    const { context, page, requests } = await freshPage(`/${firstPageIn(site.dir, 'runbooks')}`);
    try {
      await page.waitForFunction(() => performance.getEntriesByName('handbook:search-ready').length > 0);
      expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
      expect(requests.filter((path) => /ui-core|search-full/.test(path))).toEqual([]);
      await type(page, 'ECONNREFUSED');
      await expect.poll(() => fullTitles(page), patiently).toContain('Database connection errors');
      expect(requests).toContain('/pagefind/pagefind.js');
    } finally {
      await context.close();
    }
  });

  test('gives way to Pagefind’s full-text results once they are on screen', async () => {
    const { context, page } = await freshPage('/runbooks/');
    try {
      await type(page, 'ECONNREFUSED');
      await page.locator('site-search .pagefind-ui__result-link').first().waitFor(patiently);
      await expect.poll(() => page.locator('site-search .search-quick').isHidden(), patiently).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('search opened from a page about a service', () => {
  test('is narrowed to that service, says so, and widens in one click', async () => {
    const { context, page } = await freshPage('/runbooks/odoo-module-upgrade/');
    try {
      await type(page, 'certificate renewal');
      const scope = page.locator('site-search .search-service');
      await expect.poll(() => scope.textContent(), patiently).toContain('Only pages about Odoo ERP');
      // The quick answers and Pagefind's alike leave out pages about other services.
      await page
        .locator('site-search .pagefind-ui__message')
        .filter({ hasText: /results? for/ })
        .waitFor(patiently);
      expect(await fullTitles(page)).not.toContain('Certificate renewal');
      expect(await quickTitles(page)).not.toContain('Certificate renewal');
      await scope.getByRole('button', { name: 'Search all services' }).click();
      await expect.poll(() => fullTitles(page), patiently).toContain('Certificate renewal');
      expect(await scope.isHidden()).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('is not narrowed from a page about no service', async () => {
    const { context, page } = await freshPage('/runbooks/');
    try {
      await type(page, 'certificate renewal');
      await expect.poll(() => fullTitles(page), patiently).toContain('Certificate renewal');
      expect(await page.locator('site-search .search-service').isHidden()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
