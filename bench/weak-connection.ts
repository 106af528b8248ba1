// Weak-connection figures: how soon a runbook is readable and search answers on a slow 3G link, on a
// first visit (typing once the page is idle, and typing as soon as it paints) and after one (with the
// offline copy). Serves dist/ (run `npm run build` first) with the
// real nginx configuration and drives Chromium, throttled through the DevTools protocol.
//   npm run bench:network [-- --runs 3] [--dir dist] [--json]
// Prints the median of the runs as a table, or with --json as one JSON object.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchStrictChromium } from '../tests/hosting/chromium.ts';
import { startNginx } from '../tests/hosting/nginx.ts';
import { firstPageIn, heading } from '../tests/hosting/site-pages.ts';
import { median } from './lib/median.ts';

/** Chrome DevTools' "Slow 3G" preset (as Puppeteer defines it): 400 kbit/s each way, 2 s per request. */
const slow3g = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };

/** What the issue asks for: readable, and first results, within 3 s. */
const targetMs = 3000;

interface Figures {
  /** First contentful paint of the runbook, from navigation start, in ms. */
  runbookFcp: number;
  /** When the page had search warmed up (src/scripts/client/search-warmup.ts), from navigation start. */
  searchReady: number | undefined;
  /** From typing a query to the first result on screen (the compact index's or Pagefind's), in ms. */
  firstResults: number;
  /** From typing a query to Pagefind's first full-text result on screen, in ms. */
  fullTextResults: number;
}

/** When a reader starts typing: once the page is quiet, or the moment it is readable. */
type Typing = 'when idle' | 'at first paint';

async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', slow3g);
}

/**
 * Throttles the service workers too: a page's throttling does not cover the requests its worker makes
 * (the worker is its own DevTools target), and Playwright opens sessions only to pages, so this talks
 * to the worker through the browser's session with `Target.sendMessageToTarget`.
 */
async function throttleServiceWorkers(browser: Browser): Promise<void> {
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  let id = 0;
  for (const target of targetInfos.filter((info) => info.type === 'service_worker')) {
    const { sessionId } = await session.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    for (const [method, params] of [
      ['Network.enable', {}],
      ['Network.emulateNetworkConditions', slow3g],
    ] as const)
      await session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: (id += 1), method, params }),
      });
  }
}

async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (paint) resolve(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

const readyMarked = () => performance.getEntriesByName('handbook:search-ready').length > 0;

/** The time of the page's `handbook:search-ready` mark, if search has been warmed up. */
const searchReady = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('handbook:search-ready')[0]?.startTime);

declare global {
  interface Window {
    benchTimes?: { firstKey?: number; first?: number; fullText?: number };
  }
}

/**
 * Starts the in-page clock: the first key typed, the first result link on screen (the compact index's
 * quick answer or Pagefind's), and Pagefind's first. Taken in the page as the DOM changes, so the time
 * the test driver takes to type the rest of the query is not counted.
 */
function armTimers(page: Page) {
  return page.evaluate(() => {
    const times: NonNullable<Window['benchTimes']> = {};
    window.benchTimes = times;
    document.addEventListener('keydown', () => (times.firstKey ??= performance.now()), { capture: true });
    const shown = (selector: string) =>
      [...document.querySelectorAll(selector)].some((link) => link.getClientRects().length > 0);
    const check = () => {
      if (times.firstKey === undefined) return;
      if (
        times.first === undefined &&
        shown('site-search .search-quick__link, site-search .pagefind-ui__result-link')
      )
        times.first = performance.now();
      if (times.fullText === undefined && shown('site-search .pagefind-ui__result-link'))
        times.fullText = performance.now();
    };
    new MutationObserver(check).observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden'],
    });
  });
}

/**
 * Opens search, types `term` into whichever field the dialog has (its plain field until Pagefind's UI
 * has loaded), and times, from the first key, the first result link on screen and Pagefind's first.
 */
async function timeSearch(
  page: Page,
  term: string,
): Promise<{ firstResults: number; fullTextResults: number }> {
  // The button opens search once the page's search script has defined its element; not before.
  await page.waitForFunction(() => customElements.get('site-search') !== undefined, undefined, {
    timeout: 120_000,
  });
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('site-search dialog[open] input').first().waitFor();
  await armTimers(page);
  await page.keyboard.type(term);
  await page.waitForFunction(() => window.benchTimes?.fullText !== undefined, undefined, {
    timeout: 120_000,
  });
  const times = (await page.evaluate(() => window.benchTimes))!;
  return {
    firstResults: Math.round(times.first! - times.firstKey!),
    fullTextResults: Math.round(times.fullText! - times.firstKey!),
  };
}

/** Opens the runbook and searches for its title, typing when `typing` says. */
async function measure(page: Page, url: string, typing: Typing): Promise<Figures> {
  const idle = typing === 'when idle';
  await page.goto(url, { waitUntil: idle ? 'networkidle' : 'commit', timeout: 120_000 });
  // Quiet is not enough: Pagefind can pause between fetches while it decompresses what it has.
  if (idle) await page.waitForFunction(readyMarked, undefined, { timeout: 120_000 });
  const runbookFcp = await firstContentfulPaint(page);
  const title = await heading(page);
  const { firstResults, fullTextResults } = await timeSearch(page, title);
  return {
    runbookFcp,
    searchReady: idle ? await searchReady(page) : undefined,
    firstResults,
    fullTextResults,
  };
}

async function coldVisit(browser: Browser, url: string, typing: Typing): Promise<Figures> {
  // A first visit: nothing cached, and no worker yet to answer from an offline copy.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await throttle(context, page);
  try {
    return await measure(page, url, typing);
  } finally {
    await context.close();
  }
}

async function warmVisit(browser: Browser, first: string, url: string): Promise<Figures> {
  // A reader who opened the handbook once before, on a good connection, and is now on a weak one.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(first, { waitUntil: 'networkidle' });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await throttle(context, page);
  await throttleServiceWorkers(browser);
  try {
    return await measure(page, url, 'when idle');
  } finally {
    await context.close();
  }
}

function medianFigures(runs: Figures[]): Figures {
  const ready = runs.flatMap((run) => (run.searchReady === undefined ? [] : [run.searchReady]));
  return {
    runbookFcp: Math.round(median(runs.map((run) => run.runbookFcp))),
    searchReady: ready.length > 0 ? Math.round(median(ready)) : undefined,
    firstResults: Math.round(median(runs.map((run) => run.firstResults))),
    fullTextResults: Math.round(median(runs.map((run) => run.fullTextResults))),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      dir: { type: 'string', default: 'dist' },
      json: { type: 'boolean', default: false },
    },
  });
  const site = path.resolve(values.dir);
  const runs = Number(values.runs);
  const runbook = firstPageIn(site, 'runbooks');
  const nginx = await startNginx(site, '/');
  const browser = await launchStrictChromium();
  try {
    const cold: Figures[] = [];
    const hurried: Figures[] = [];
    const warm: Figures[] = [];
    for (let run = 0; run < runs; run += 1) {
      cold.push(await coldVisit(browser, `${nginx.origin}/${runbook}`, 'when idle'));
      hurried.push(await coldVisit(browser, `${nginx.origin}/${runbook}`, 'at first paint'));
      warm.push(await warmVisit(browser, `${nginx.origin}/`, `${nginx.origin}/${runbook}`));
    }
    const results = {
      firstVisit: medianFigures(cold),
      firstVisitTypingAtFirstPaint: medianFigures(hurried),
      afterAVisit: medianFigures(warm),
    };
    if (values.json) {
      console.log(JSON.stringify({ profile: 'slow-3g', ...slow3g, runbook, runs, targetMs, results }));
      return;
    }
    console.log(`Slow 3G (2 s per request, 400 kbit/s), nginx serving ${values.dir}/, /${runbook}`);
    console.log(
      `Median of ${runs} runs; the target is ${targetMs} ms for FCP and for first results after typing (the compact incident index's, or Pagefind's).`,
    );
    console.table({
      'first visit, typing once idle': row(results.firstVisit),
      'first visit, typing at first paint': row(results.firstVisitTypingAtFirstPaint),
      'after a visit (offline copy)': row(results.afterAVisit),
    });
  } finally {
    await browser.close();
    await nginx.stop();
  }
}

const row = (figures: Figures) => ({
  'runbook FCP (ms)': figures.runbookFcp,
  'search ready (ms)': figures.searchReady ?? '—',
  'first results (ms)': figures.firstResults,
  'full-text results (ms)': figures.fullTextResults,
  'first results within target': figures.firstResults <= targetMs ? 'yes' : 'NO',
});

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
