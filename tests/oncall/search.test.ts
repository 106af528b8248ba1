import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { searchRanking } from '../../src/config/starlight.ts';
import { rankOf, topResults } from './pagefind-search.ts';
import { settledResults } from './search-ui.ts';
import { searchCases } from './search-queries.ts';
import { handbookSite, type SiteUnderTest } from './sites.ts';

let site: SiteUnderTest;
let page: Page;
let results: string[][];

beforeAll(async () => {
  site = await handbookSite();
  page = await site.browser.newPage();
  await page.goto(`${site.origin}/`);
  results = await topResults(
    page,
    '/',
    searchCases.map((entry) => entry.query),
    searchRanking,
    3,
  );
});
afterAll(() => site?.close());

describe('the on-call query suite', () => {
  test('has at least 25 queries', () => {
    expect(searchCases.length).toBeGreaterThanOrEqual(25);
  });

  test.each(searchCases.map((entry, index) => [entry.query, entry, index] as const))(
    '%s',
    (_, entry, index) => {
      expect(rankOf(results[index]!, entry.expect), `top 3: ${results[index]!.join(', ')}`).toBeDefined();
    },
  );
});

async function openSearch(key: string) {
  await page.goto(`${site.origin}/runbooks/`);
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  await page.keyboard.press(key);
  await page.waitForSelector('site-search dialog[open]');
  // Pagefind's UI loads once search opens (the compact index answers meanwhile: search-quick.test.ts,
  // and what is typed is handed over: search-dialog.test.ts); these tests start once it is there.
  await page.waitForSelector('#starlight__search .pagefind-ui__search-input');
}

/** `input` for the search field, else the link target of the focused result. */
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.matches('input')
      ? 'input'
      : (element?.getAttribute('href') ?? element?.textContent ?? '');
  });

describe('the search dialog', () => {
  test('opens with / and with Ctrl+K, focused on the search field', async () => {
    await openSearch('/');
    expect(await focused()).toBe('input');
    await page.keyboard.press('Escape');
    await openSearch('Control+k');
    expect(await focused()).toBe('input');
  });

  test('shows each result with its kind and owner', async () => {
    await openSearch('/');
    await page.keyboard.type('ECONNREFUSED');
    // Typing runs a search per pause; the test reads the one for the whole word.
    await settledResults(page, '/', 'ECONNREFUSED', 1);
    const first = page.locator('.pagefind-ui__result').first();
    await first.waitFor();
    expect(await first.locator('.pagefind-ui__result-link').first().textContent()).toBe(
      'Database connection errors',
    );
    const tags = await first.locator('.pagefind-ui__result-tag:visible').allTextContents();
    expect(tags.map((tag) => tag.trim())).toEqual(['Kind: troubleshooting', 'Owner: Platform team']);
  });

  test('walks the results with the arrow keys and opens one with Enter', async () => {
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('/troubleshooting/database-connection-errors/');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(/^\/troubleshooting\/database-connection-errors\/#/);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('/troubleshooting/database-connection-errors/');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('input');
    await page.keyboard.press('ArrowDown');
    await Promise.all([
      page.waitForURL('**/troubleshooting/database-connection-errors/'),
      page.keyboard.press('Enter'),
    ]);
  });

  test('filters by kind and by service', async () => {
    await openSearch('/');
    await page.keyboard.type('database');
    await settledResults(page, '/', 'database', 1);
    const filters = page.locator('.pagefind-ui__filter-name');
    await expect
      .poll(async () => (await filters.allTextContents()).map((name) => name.trim().toLowerCase()), {
        timeout: 20_000,
      })
      .toEqual(expect.arrayContaining(['kind', 'service']));
    await page.locator('.pagefind-ui__result').first().waitFor();
    await page.locator('.pagefind-ui__filter-name', { hasText: /kind/i }).click();
    await page.locator('.pagefind-ui__filter-checkbox[value="runbook"]').check();
    const kinds = async () => {
      const tags = await page
        .locator('.pagefind-ui__result-tag[data-pagefind-ui-meta="kind"]')
        .allTextContents();
      return [...new Set(tags.map((tag) => tag.trim()))];
    };
    await expect.poll(kinds, { timeout: 60_000 }).toEqual(['Kind: runbook']);
  });

  test('does not open on / typed in a text field', async () => {
    await page.goto(`${site.origin}/rollback/application/`);
    await page.locator('.page-inputs input:not([disabled])').first().focus();
    await page.keyboard.type('v1/2');
    expect(await page.locator('site-search dialog[open]').count()).toBe(0);
    expect(await page.locator('.page-inputs input').first().inputValue()).toBe('v1/2');
  });
});
