/**
 * Hit rate through the reader's own search dialog: each query typed into Starlight's search box in
 * Chromium, the first three results read from the screen. Both query sets: the on-call suite
 * (tests/oncall/search-queries.ts) and the plain and misspelled set (search-queries-plain.ts); and the
 * plain set once more with Pagefind's files blocked, so only the compact incident index carried in the
 * page answers, as on a slow first visit before full-text search has loaded.
 *
 *   node bench/search-dialog.ts [--dir <built site>] [--json]
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/lib/browser.ts';
import { builtSite } from '../tests/helpers/built-site.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { rankOf, searchQuality } from '../tests/oncall/pagefind-search.ts';
import type { SearchCase } from '../tests/oncall/search-queries.ts';
import { searchCases } from '../tests/oncall/search-queries.ts';
import { plainSearchCases } from '../tests/oncall/search-queries-plain.ts';
import { dialogTopResults, openSearchDialog } from '../tests/oncall/search-ui.ts';

export interface DialogFigures {
  name: string;
  queries: number;
  hitRate: number;
  mrr: number;
  misses: { query: string; top: string[] }[];
}

/** Hit rate (expected page in the dialog's top 3) of each query set, over a built site. */
export async function measureDialogSearch(site: string): Promise<DialogFigures[]> {
  const [server, browser] = await Promise.all([serveStatic(site), launchChromium()]);
  try {
    const page = await browser.newPage();
    await openSearchDialog(page, `${server.origin}/`);
    const sets: [string, readonly SearchCase[]][] = [
      ['plain and misspelled', plainSearchCases],
      ['on-call suite', searchCases],
    ];
    const figures: DialogFigures[] = [];
    for (const [name, cases] of sets) {
      const top = await dialogTopResults(
        page,
        '/',
        cases.map((entry) => entry.query),
      );
      const ranks = cases.map((entry, index) => rankOf(top[index]!, entry.expect));
      const misses = cases
        .map((entry, index) => ({ query: entry.query, top: top[index]!, rank: ranks[index] }))
        .filter((entry) => entry.rank === undefined)
        .map(({ query, top }) => ({ query, top }));
      figures.push({ name, queries: cases.length, ...searchQuality(ranks), misses });
    }
    figures.push(await quickAnswers(browser, server.origin, plainSearchCases));
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The page ids the compact index's quick answers list for each query, Pagefind's files blocked. */
async function quickAnswers(
  browser: Browser,
  origin: string,
  cases: readonly SearchCase[],
): Promise<DialogFigures> {
  const context = await browser.newContext();
  try {
    await context.route('**/pagefind/**', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    await page.keyboard.press('/');
    const field = page.locator('site-search dialog[open] .search-early-input');
    const top: string[][] = [];
    for (const { query } of cases) {
      // The quick answers are drawn on each input event, before it returns.
      await field.fill(query);
      const hrefs = await page
        .locator('site-search .search-quick:not([hidden]) .search-quick__link')
        .evaluateAll((links) =>
          links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname),
        );
      top.push(hrefs.map((href) => href.replace(/^\/|\/$/g, '') || 'index'));
    }
    const ranks = cases.map((entry, index) => rankOf(top[index]!, entry.expect));
    const misses = cases
      .map((entry, index) => ({ query: entry.query, top: top[index]!, rank: ranks[index] }))
      .filter((entry) => entry.rank === undefined)
      .map(({ query, top }) => ({ query, top }));
    return { name: 'compact index alone', queries: cases.length, ...searchQuality(ranks), misses };
  } finally {
    await context.close();
  }
}

export function printDialogFigures(figures: readonly DialogFigures[]): void {
  console.log("Search through the reader's dialog (expected page in the top 3)\n");
  for (const set of figures) {
    console.log(
      `${set.name.padEnd(22)} ${String(set.queries).padStart(3)} queries  hit rate ${(set.hitRate * 100).toFixed(1)} %  MRR ${set.mrr.toFixed(3)}`,
    );
    for (const miss of set.misses)
      console.log(`  miss: ${miss.query}  →  ${miss.top.join(', ') || 'nothing'}`);
  }
}

if (import.meta.main) {
  const dirFlag = process.argv.indexOf('--dir');
  const site = dirFlag > 0 ? path.resolve(process.argv[dirFlag + 1] ?? '') : builtSite();
  const figures = await measureDialogSearch(site);
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
  else printDialogFigures(figures);
}
