import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rankOf, searchQuality } from './pagefind-search.ts';
import { searchCases } from './search-queries.ts';
import { plainSearchCases } from './search-queries-plain.ts';
import { dialogTopResults, openSearchDialog } from './search-ui.ts';
import { handbookSite, type SiteUnderTest } from './sites.ts';

// The machine may be busy: conditions are polled for up to this long, never waited out.
const patiently = { timeout: 20_000 };

let site: SiteUnderTest;
let page: Page;
beforeAll(async () => {
  site = await handbookSite();
  page = await site.browser.newPage();
});
afterAll(() => site?.close());

const field = () => page.locator('site-search .pagefind-ui__search-input');
const status = () => page.locator('site-search .search-status');
const titles = () => page.locator('site-search .pagefind-ui__result-title > a').allTextContents();

describe('the search dialog, typed into as a reader does', () => {
  test('finds the answering page in the top 3 for at least 90% of plain and misspelled queries', async () => {
    await openSearchDialog(page, `${site.origin}/`);
    const top = await dialogTopResults(
      page,
      '/',
      plainSearchCases.map((entry) => entry.query),
    );
    const ranks = plainSearchCases.map((entry, index) => rankOf(top[index]!, entry.expect));
    const misses = plainSearchCases
      .filter((_, index) => ranks[index] === undefined)
      .map((entry) => entry.query);
    expect(plainSearchCases.length).toBeGreaterThanOrEqual(40);
    expect(searchQuality(ranks).hitRate, `missed: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.9);
  });

  test('still answers every query of the on-call suite in the top 3', async () => {
    await openSearchDialog(page, `${site.origin}/`);
    const top = await dialogTopResults(
      page,
      '/',
      searchCases.map((entry) => entry.query),
    );
    const misses = searchCases.filter((entry, index) => rankOf(top[index]!, entry.expect) === undefined);
    expect(misses.map((entry) => entry.query)).toEqual([]);
  });

  test('corrects a typo and says so', async () => {
    await openSearchDialog(page, `${site.origin}/runbooks/`);
    await dialogTopResults(page, '/', ['certficate expired']);
    await expect
      .poll(() => status().textContent(), patiently)
      .toContain('Showing results for certificate expired');
    expect((await titles())[0]).toBe('Certificate renewal');
  });

  test('answers a word no page has with no results and pages to try, not a prefix match', async () => {
    await openSearchDialog(page, `${site.origin}/runbooks/`);
    await field().fill('redis');
    await expect
      .poll(() => status().textContent(), patiently)
      .toContain('No page in the handbook mentions “redis”');
    await expect
      .poll(() => page.locator('site-search .pagefind-ui__message').textContent(), patiently)
      .toMatch(/^No results/);
    expect(await titles()).toEqual([]);
    expect(await status().locator('a').allTextContents()).toContain('On-call card');
  });

  test('leaves the upkeep pages out until the reader includes them', async () => {
    await openSearchDialog(page, `${site.origin}/`);
    const hosting = 'Host the handbook';
    await dialogTopResults(page, '/', ['nginx static host'], 1);
    expect(await titles()).not.toContain(hosting);
    await status().getByRole('button', { name: 'Include them' }).click();
    await expect.poll(titles, patiently).toContain(hosting);
  });
});

describe('keystrokes typed before search is ready', () => {
  test('are kept: / and a query typed at once after load open the dialog with the query and its results', async () => {
    const fresh = await site.browser.newContext();
    const tab = await fresh.newPage();
    try {
      await tab.goto(`${site.origin}/troubleshooting/`, { waitUntil: 'domcontentloaded' });
      await tab.keyboard.press('/');
      await tab.keyboard.type('ECONNREFUSED');
      await tab.locator('site-search .pagefind-ui__result-title > a').first().waitFor();
      expect(await tab.locator('site-search .pagefind-ui__search-input').inputValue()).toBe('ECONNREFUSED');
      expect(await tab.locator('site-search .pagefind-ui__result-title > a').first().textContent()).toBe(
        'Database connection errors',
      );
    } finally {
      await fresh.close();
    }
  });
});
