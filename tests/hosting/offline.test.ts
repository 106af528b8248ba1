import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { builtSite } from '../helpers/built-site.ts';
import { launchStrictChromium } from './chromium.ts';
import { startNginx, type RunningNginx } from './nginx.ts';
import { observe } from './observe.ts';
import { firstPageIn, heading, search } from './site-pages.ts';

let browser: Browser | undefined;
beforeAll(async () => (browser = await launchStrictChromium()));
afterAll(() => browser?.close());

/** Opens `url` and waits until the service worker has the whole build and controls the page. */
async function firstVisit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  // `ready` resolves once a worker is active, which happens only after every file was cached.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const versionOf = (site: string) =>
  /^const VERSION = "(\w+)";/m.exec(readFileSync(path.join(site, 'sw.js'), 'utf8'))![1]!;

describe('the handbook after a first visit, with its host gone', () => {
  let nginx: RunningNginx;
  beforeAll(async () => (nginx = await startNginx(builtSite(), '/')));
  afterAll(() => nginx?.stop());

  test('opens a runbook it never showed and finds it by search', async () => {
    const context = await browser!.newContext();
    const seen = await observe(context);
    try {
      const page = await firstVisit(context, `${nginx.origin}/`);
      await nginx.stop();
      await expect(fetch(`${nginx.origin}/`)).rejects.toThrow();

      const runbook = firstPageIn(builtSite(), 'runbooks');
      const response = await page.goto(`${nginx.origin}/${runbook}`);
      expect(response?.status()).toBe(200);
      expect(response?.fromServiceWorker()).toBe(true);
      const title = await heading(page);
      expect(title.length).toBeGreaterThan(0);
      expect(await search(page, title)).toContain(`/${runbook}`);
    } finally {
      await context.close();
    }
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});

describe('a new deploy', () => {
  // Two real builds of the tiny fixture that differ in one runbook, deployed one after the other.
  const fixture = path.resolve('tests/fixtures/tiny-site');
  const source = path.resolve(`tests/fixtures/.tmp-offline-${process.pid}`);
  const scratch = mkdtempSync(path.join(tmpdir(), 'handbook-offline-'));
  const [first, second, live] = [
    path.join(scratch, 'first'),
    path.join(scratch, 'second'),
    path.join(scratch, 'live'),
  ];
  const changed = 'This sentence arrived with the second deploy.';
  const build = (out: string) => {
    const result = astroBuild(source, out);
    if (result.status !== 0) throw new Error(`build of ${source} failed:\n${result.output}`);
  };
  beforeAll(() => {
    cpSync(fixture, source, { recursive: true, filter: (file) => !/[/\\](dist|\.astro)$/.test(file) });
    build(first);
    appendFileSync(path.join(source, 'src/content/docs/runbooks/restart.mdx'), `\n${changed}\n`);
    build(second);
  });
  afterAll(() => {
    rmSync(source, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  test('replaces the offline copy, fetching only what changed', async () => {
    // Deploys keep the build's file times, as rsync -a does. A plain copy stamps them with the copy's
    // second: nginx's ETag is that second and the size, and sw.js is the same size in both builds, so a
    // redeploy within the same second as the first deploy answered the update check "304 Not Modified".
    const deploy = (build: string) => cpSync(build, live, { recursive: true, preserveTimestamps: true });
    deploy(first);
    let nginx = await startNginx(live, '/');
    const context = await browser!.newContext();
    const seen = await observe(context);
    try {
      const page = await firstVisit(context, `${nginx.origin}/`);
      expect(await cacheNames(page)).toEqual([`handbook-${versionOf(first)}`]);

      rmSync(live, { recursive: true });
      deploy(second);
      await nginx.stop();
      nginx = await startNginx(live, '/', nginx.port);
      // A reader comes back: the page loads from the old copy, then the browser asks the host for sw.js,
      // by itself after navigations but at a moment of its choosing, so the test asks, until the new
      // worker has taken over (asking again while it installs changes nothing).
      await page.goto(`${nginx.origin}/`, { waitUntil: 'networkidle' });
      const checkForUpdate = () =>
        page.evaluate(() =>
          navigator.serviceWorker
            .getRegistration()
            .then((found) => found?.update())
            .then(
              () => 'asked',
              (error: unknown) => String(error),
            ),
        );
      await expect
        .poll(async () => [await checkForUpdate(), ...(await cacheNames(page))], {
          timeout: 60_000,
          interval: 1000,
        })
        .toEqual(['asked', `handbook-${versionOf(second)}`]);
      // All the host was asked for since the deploy: the page navigated to, the new worker, and what
      // changed (the page and the search index). Unchanged files came from the previous copy.
      const served = nginx.served();
      expect(served).toContain('200 /runbooks/restart/');
      expect(served).toContain('200 /sw.js');
      const expected = (line: string) =>
        /^(200|304) (\/|\/sw\.js|\/runbooks\/restart\/|\/pagefind\/\S+)$/.test(line);
      expect(served.filter((line) => !expected(line))).toEqual([]);

      await nginx.stop();
      await page.goto(`${nginx.origin}/runbooks/restart/`);
      expect(await page.getByText(changed).count()).toBe(1);
    } finally {
      await context.close();
      await nginx.stop();
    }
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});
