import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { oncePerPath, openFresh, recordRequests, searchWarmedUp } from '../lib/browser-load.ts';
import { median } from '../lib/median.ts';

export interface SearchTarget {
  /** Label in the table, such as `handbook` or `plain, 1000 pages`. */
  label: string;
  dist: string;
  queries: readonly string[];
}

export interface SearchRun {
  label: string;
  query: string;
  /** Search files fetched before the reader does anything (the handbook's search warm-up). */
  warmUpRequests: number;
  /** Their bytes on the wire with gzip. */
  warmUpWireBytes: number;
  /** Requests from opening the search dialog until the network is quiet after the first results. */
  requests: number;
  /** Their bytes on the wire with gzip. */
  wireBytes: number;
  /** Median over the repetitions, from the first key of the query to the first result link. */
  firstKeyToResultMs: number;
  /** Median, from the last key (Pagefind UI waits for typing to pause before it searches). */
  lastKeyToResultMs: number;
  results: number;
}

declare global {
  interface Window {
    benchSearch?: { firstKey?: number; lastKey?: number; result?: number };
  }
}

/** Starts the in-page clock: keys typed into the search input, and the first result link to appear. */
function armTimers(page: Page) {
  return page.evaluate(() => {
    const times: NonNullable<Window['benchSearch']> = {};
    window.benchSearch = times;
    document.addEventListener(
      'keydown',
      () => {
        times.firstKey ??= performance.now();
        times.lastKey = performance.now();
      },
      { capture: true },
    );
    new MutationObserver(() => {
      if (
        times.result === undefined &&
        document.querySelector('#starlight__search .pagefind-ui__result-link')
      )
        times.result = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** One first query on a freshly loaded home page with an empty cache. */
async function firstQuery(browser: Browser, origin: string, dist: string, query: string) {
  const page = await openFresh(browser);
  try {
    const loading = recordRequests(page, dist);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    // Starlight creates the search UI when the browser is idle after load.
    await page.waitForSelector('#starlight__search input', { state: 'attached' });
    await loading.settle();
    await searchWarmedUp(page);
    await loading.settle();
    const warmUp = oncePerPath(loading.stop().filter((resource) => resource.path.includes('/pagefind/')));
    const recorder = recordRequests(page, dist);
    await page.click('button[data-open-modal]');
    await page.waitForSelector('#starlight__search input:focus');
    await armTimers(page);
    await page.keyboard.type(query);
    await page.waitForFunction(() => window.benchSearch?.result !== undefined, undefined, {
      timeout: 20_000,
    });
    await recorder.settle();
    const times = (await page.evaluate(() => window.benchSearch))!;
    const results = await page.locator('#starlight__search .pagefind-ui__result').count();
    const resources = recorder.stop();
    return {
      warmUpRequests: warmUp.length,
      warmUpWireBytes: warmUp.reduce((total, resource) => total + resource.wire, 0),
      requests: resources.length,
      wireBytes: resources.reduce((total, resource) => total + resource.wire, 0),
      firstKeyMs: times.result! - times.firstKey!,
      lastKeyMs: times.result! - times.lastKey!,
      results,
    };
  } finally {
    await page.context().close();
  }
}

/** Each query `repeat` times on each target, every time on a fresh load. */
export async function benchSearchBrowser(
  browser: Browser,
  targets: readonly SearchTarget[],
  repeat: number,
): Promise<SearchRun[]> {
  const runs: SearchRun[] = [];
  for (const target of targets) {
    const server = await serveStatic(target.dist);
    try {
      for (const query of target.queries) {
        const samples = [];
        for (let i = 0; i < repeat; i++)
          samples.push(
            await firstQuery(browser, server.origin, target.dist, query).catch((error: Error) => {
              throw new Error(`${target.label}, "${query}": ${error.message}`);
            }),
          );
        runs.push({
          label: target.label,
          query,
          warmUpRequests: samples[0]!.warmUpRequests,
          warmUpWireBytes: samples[0]!.warmUpWireBytes,
          requests: samples[0]!.requests,
          wireBytes: samples[0]!.wireBytes,
          firstKeyToResultMs: Math.round(median(samples.map((sample) => sample.firstKeyMs))),
          lastKeyToResultMs: Math.round(median(samples.map((sample) => sample.lastKeyMs))),
          results: samples[0]!.results,
        });
      }
    } finally {
      await server.close();
    }
  }
  return runs;
}
