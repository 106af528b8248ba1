import type { Page } from 'playwright-core';

/**
 * Waits until the search dialog shows every result for `query`: Pagefind searches again at each
 * typed letter and fills each result in after it lists it, so the first result to appear may be
 * for a prefix, or still a placeholder. On a busy machine that lag is what made tests flaky.
 */
export async function waitForSettledResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (term) => {
      const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
      const results = document.querySelectorAll('.pagefind-ui__result');
      const loading = document.querySelectorAll('.pagefind-ui__results .pagefind-ui__loading');
      return message.includes(`results for ${term}`) || message.includes(`result for ${term}`)
        ? results.length > 0 && loading.length === 0
        : false;
    },
    query,
    { timeout: 60_000 },
  );
}
