import type { Page } from 'playwright-core';
import type { SearchCase } from './search-queries.ts';

/** Pagefind ranking options, as `pagefind.options({ ranking })` takes them. */
export type Ranking = Record<string, unknown>;

/** The page ids (`runbooks/scaling`) Pagefind returns first for each query, through its JS API in the page. */
export async function topResults(
  page: Page,
  base: string,
  queries: readonly string[],
  ranking: Ranking | undefined,
  count = 10,
): Promise<string[][]> {
  return page.evaluate(
    async ({ base, queries, ranking, count }) => {
      // A literal import() here would be rewritten by Vitest before it reaches the browser.
      const load = new Function('url', 'return import(url)') as (url: string) => Promise<any>;
      const pagefind = await load(`${base}pagefind/pagefind.js`);
      if (ranking) await pagefind.options({ ranking });
      await pagefind.init();
      const pageId = (url: string) => url.slice(base.length).replace(/\/$/, '') || 'index';
      const all: string[][] = [];
      for (const query of queries) {
        const search = await pagefind.search(query);
        const data = await Promise.all(
          search.results
            .slice(0, count)
            .map((result: { data: () => Promise<{ url: string }> }) => result.data()),
        );
        all.push(data.map((entry: { url: string }) => pageId(entry.url)));
      }
      return all;
    },
    { base, queries, ranking, count },
  );
}

/** 1-based rank of the first expected page in `results`, or undefined when it is not there. */
export function rankOf(results: readonly string[], expected: SearchCase['expect']): number | undefined {
  const index = results.findIndex((id) => expected.includes(id));
  return index < 0 ? undefined : index + 1;
}

/** Hit rate (expected page in the top `k`) and mean reciprocal rank over a suite. */
export function searchQuality(ranks: readonly (number | undefined)[], k = 3) {
  const hits = ranks.filter((rank) => rank !== undefined && rank <= k).length;
  const reciprocal = ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0);
  return { hitRate: hits / ranks.length, mrr: reciprocal / ranks.length };
}
