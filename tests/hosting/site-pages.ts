import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * The first page of a section in a build (`runbooks/blue-green-deployment/`), chosen from the files so
 * the tests follow the handbook's content as writers change it.
 */
export function firstPageIn(site: string, section: string): string {
  const pages = readdirSync(path.join(site, section), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(site, section, entry.name, 'index.html')))
    .map((entry) => `${section}/${entry.name}/`)
    .sort();
  if (pages.length === 0) throw new Error(`the build in ${site} has no page under ${section}/`);
  return pages[0]!;
}

/** Every page of a build, as paths relative to its base (`''` for the home page, `runbooks/x/`). */
export function allPages(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => path.relative(site, entry.parentPath).split(path.sep).join('/'))
    .map((dir) => (dir === '' ? '' : `${dir}/`))
    .sort();
}

/** Searches with Starlight's search dialog and returns the `href` of every result. */
export async function search(page: Page, term: string): Promise<string[]> {
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('#starlight__search .pagefind-ui__search-input').fill(term);
  const links = page.locator('#starlight__search .pagefind-ui__result-link');
  await links.first().waitFor();
  return links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
}

/** The page's main heading, to search for the page by its own title. */
export async function heading(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

/**
 * Records, in every page of `context`, when the page has readied search (src/scripts/client/
 * search-warmup.ts fires `handbook:search-warm`, which also starts the offline copy). Call before
 * opening pages; then {@link searchWarmedUp} waits for it.
 */
export async function trackSearchWarmUp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.addEventListener('handbook:search-warm', () => {
      (window as unknown as { handbookSearchWarm: boolean }).handbookSearchWarm = true;
    });
  });
}

/**
 * Waits until the page has readied search: its own requests are done, so leaving the page aborts none
 * of them. A condition, not a quiet period: on a busy machine the warm-up may start seconds after load.
 */
export async function searchWarmedUp(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { handbookSearchWarm?: boolean }).handbookSearchWarm,
    undefined,
    { timeout: 0 },
  );
}

/** Opens `url` and waits until it has loaded and readied search. */
export async function openSettled(page: Page, url: string) {
  const response = await page.goto(url, { waitUntil: 'load' });
  await searchWarmedUp(page);
  return response;
}
