import type { Page } from 'playwright-core';

/** Opens the reader's search dialog on `url` with `/`, once its field is there. */
export async function openSearchDialog(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.keyboard.press('/');
  await page.waitForSelector('site-search dialog[open] .pagefind-ui__search-input');
}

/**
 * The page ids (`runbooks/scaling`) the open search dialog lists first for each query, typed into its
 * field as a reader would: what the reader sees, with the handbook's corrections and default filter.
 */
export async function dialogTopResults(
  page: Page,
  base: string,
  queries: readonly string[],
  count = 3,
): Promise<string[][]> {
  const field = page.locator('site-search .pagefind-ui__search-input');
  const all: string[][] = [];
  for (const query of queries) {
    await field.fill(query);
    all.push(await settledResults(page, base, query, count));
  }
  return all;
}

/** Waits until the dialog shows its answer to `query`, with the first `count` results loaded. */
export async function settledResults(
  page: Page,
  base: string,
  query: string,
  count: number,
): Promise<string[]> {
  const handle = await page.waitForFunction(
    ({ query, count }) => {
      const message = document.querySelector('site-search .pagefind-ui__message')?.textContent ?? '';
      if (!message.includes(query) || /^Searching/i.test(message)) return undefined;
      const results = [...document.querySelectorAll('site-search .pagefind-ui__results > li')];
      const links = results
        .slice(0, count)
        .map((result) => result.querySelector<HTMLAnchorElement>('.pagefind-ui__result-title > a'));
      if (links.some((link) => !link)) return undefined;
      return links.map((link) => new URL(link!.href).pathname);
    },
    { query, count },
    { polling: 50 },
  );
  const paths = (await handle.jsonValue()) as string[];
  return paths.map((path) => path.slice(base.length).replace(/\/$/, '') || 'index');
}
