import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { builtSite } from '../helpers/built-site.ts';
import { relativeFilesUnder } from '../../src/lib/files.ts';
import { urlOf } from '../../src/integrations/offline/manifest.ts';
import { filesUnder } from '../helpers/html.ts';
import { launchStrictChromium } from './chromium.ts';
import { startNginx, type RunningNginx } from './nginx.ts';
import { observe } from './observe.ts';
import { firstPageIn, heading, search, trackSearchWarmUp } from './site-pages.ts';

let browser: Browser | undefined;
beforeAll(async () => (browser = await launchStrictChromium()));
afterAll(() => browser?.close());

/** A fresh reader: a browser context that records what happens and when each page readied search. */
async function reader() {
  const context = await browser!.newContext();
  const seen = await observe(context);
  await trackSearchWarmUp(context);
  return { context, seen };
}

/** Opens `url` and waits until the service worker has the whole build and controls the page. */
async function firstVisit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // `ready` resolves once a worker is active, which happens only after every file was cached.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 0 });
  return page;
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const versionOf = (site: string) =>
  /^const VERSION = "(\w+)";/m.exec(readFileSync(path.join(site, 'sw.js'), 'utf8'))![1]!;
const offlineNotice = (page: Page) => page.locator('.offline-notice[role=status]');

describe('the handbook after a first visit, with its host gone', () => {
  let nginx: RunningNginx;
  beforeAll(async () => (nginx = await startNginx(builtSite(), '/')));
  afterAll(() => nginx?.stop());

  test('opens a runbook it never showed, says it is the offline copy and how old, and finds it by search', async () => {
    const { context, seen } = await reader();
    const visited = Date.now();
    try {
      const page = await firstVisit(context, `${nginx.origin}/`);
      expect(await offlineNotice(page).count()).toBe(0);
      await nginx.stop();
      await expect(fetch(`${nginx.origin}/`)).rejects.toThrow();

      const runbook = firstPageIn(builtSite(), 'runbooks');
      const response = await page.goto(`${nginx.origin}/${runbook}`);
      expect(response?.status()).toBe(200);
      expect(response?.fromServiceWorker()).toBe(true);
      // The notice comes from the page's bundled script, which runs before `load`.
      expect(await offlineNotice(page).textContent()).toContain('Offline copy');
      const savedAt = Date.parse((await offlineNotice(page).locator('time').getAttribute('datetime')) ?? '');
      expect(savedAt).toBeGreaterThanOrEqual(visited - 1000);
      expect(savedAt).toBeLessThanOrEqual(Date.now());
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

describe('the worker on an origin it shares with other apps', () => {
  // Another app and a single sign-on proxy's callbacks, on the same nginx as the handbook at /.
  const scratch = mkdtempSync(path.join(tmpdir(), 'handbook-shared-'));
  const neighbours = path.join(scratch, 'neighbours.conf');
  let nginx: RunningNginx;
  beforeAll(async () => {
    writeFileSync(
      neighbours,
      [
        'location /other-app/ { default_type text/html; return 200 "<title>Other app</title>other app"; }',
        'location /oauth2/ { default_type text/plain; return 200 "callback $arg_code"; }',
      ].join('\n'),
    );
    nginx = await startNginx(builtSite(), '/', [neighbours]);
  });
  afterAll(async () => {
    await nginx?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('leaves every path that is not a handbook file to the network', async () => {
    const { context, seen } = await reader();
    try {
      const page = await firstVisit(context, `${nginx.origin}/`);
      const open = (relative: string) => page.goto(`${nginx.origin}${relative}`);
      const app = await open('/other-app/');
      expect(app?.fromServiceWorker()).toBe(false);
      expect(await app?.text()).toContain('other app');
      const callback = await open('/oauth2/callback?code=abc&state=xyz');
      expect(callback?.fromServiceWorker()).toBe(false);
      expect(await callback?.text()).toBe('callback abc');
      const unknown = await open('/no-such-page/');
      expect(unknown?.fromServiceWorker()).toBe(false);
      expect(unknown?.status()).toBe(404);
      // The handbook's own pages are the worker's, with or without their trailing slash.
      const runbook = firstPageIn(builtSite(), 'runbooks');
      expect((await open(`/${runbook}`))?.fromServiceWorker()).toBe(true);

      // With the host down the handbook still opens; the other app and the callbacks fail as they would
      // without the handbook (each in a page of its own: a failed navigation ends on Chromium's error
      // page, which would cut the next navigation of the same page short).
      await nginx.stop();
      expect((await open(`/${runbook.slice(0, -1)}`))?.fromServiceWorker()).toBe(true);
      for (const elsewhere of ['/other-app/', '/oauth2/callback?code=abc']) {
        const fresh = await context.newPage();
        await expect(fresh.goto(`${nginx.origin}${elsewhere}`), elsewhere).rejects.toThrow(
          /ERR_CONNECTION_REFUSED/,
        );
      }
    } finally {
      await context.close();
    }
    expect(seen.violations).toEqual([]);
  });
});

describe('a redeploy that keeps file times and sizes', () => {
  // Two real builds of the tiny fixture that differ in one word of one runbook, same length, with every
  // file time set to one date (as image builds and some sync tools do), deployed one after the other
  // the way the hosting guide says: a release directory each, `current` pointing at one, nginx reloaded.
  const fixture = path.resolve('tests/fixtures/tiny-site');
  const source = path.resolve(`tests/fixtures/.tmp-offline-${process.pid}`);
  const scratch = mkdtempSync(path.join(tmpdir(), 'handbook-offline-'));
  const releases = path.join(scratch, 'releases');
  const [first, second] = [path.join(releases, 'first'), path.join(releases, 'second')];
  const current = path.join(scratch, 'current');
  const restartMdx = path.join(source, 'src/content/docs/runbooks/restart.mdx');
  const restartHtml = 'runbooks/restart/index.html';
  const oneTime = new Date('2026-01-01T00:00:00Z');
  const build = (out: string, marker: string) => {
    writeFileSync(restartMdx, `${original}\nDeployed build: ${marker}.\n`);
    // What is checked is what a reader sees from a host that answers, however slowly the busy test
    // machine lets it: the worker waits for it rather than give up after its usual second.
    const result = astroBuild(source, out, { HANDBOOK_PAGE_TIMEOUT_MS: '600000' });
    if (result.status !== 0) throw new Error(`build of ${source} failed:\n${result.output}`);
    for (const file of filesUnder(out)) utimesSync(file, oneTime, oneTime);
  };
  const pointCurrentAt = (release: string) => {
    const link = `${current}.next`;
    symlinkSync(release, link);
    renameSync(link, current);
  };
  let original = '';
  beforeAll(() => {
    cpSync(fixture, source, { recursive: true, filter: (file) => !/[/\\](dist|\.astro)$/.test(file) });
    original = readFileSync(restartMdx, 'utf8');
    mkdirSync(releases);
    build(first, 'AAAAAA');
    build(second, 'BBBBBB');
    // Two real builds: minutes on a busy machine.
  }, 600_000);
  afterAll(() => {
    rmSync(source, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  test('the two builds differ only in content: same sizes, same times', () => {
    for (const file of [restartHtml, 'sw.js']) {
      const [a, b] = [statSync(path.join(first, file)), statSync(path.join(second, file))];
      expect([a.size, a.mtimeMs], file).toEqual([b.size, b.mtimeMs]);
      expect(readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file))), file).toBe(
        false,
      );
    }
  });

  test('a returning reader sees the new page at the next navigation, then gets the new offline copy', async () => {
    pointCurrentAt(first);
    const nginx = await startNginx(current, '/');
    const { context, seen } = await reader();
    try {
      const page = await firstVisit(context, `${nginx.origin}/`);
      await page.goto(`${nginx.origin}/runbooks/restart/`);
      expect(await page.getByText('Deployed build: AAAAAA.').count()).toBe(1);
      expect(await cacheNames(page)).toEqual([`handbook-${versionOf(first)}`]);

      pointCurrentAt(second);
      await nginx.reload();
      const servedBefore = nginx.served().length;
      const next = await page.goto(`${nginx.origin}/runbooks/restart/`);
      expect(next?.status()).toBe(200);
      expect(await page.getByText('Deployed build: BBBBBB.').count()).toBe(1);
      expect(await offlineNotice(page).count()).toBe(0);

      // The browser checks sw.js after navigations, at a moment of its choosing, so the test asks, until
      // the new worker has taken over (asking again while it installs changes nothing).
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
          // A bound, not a wait: on a busy machine the new worker may take minutes to install.
          timeout: 480_000,
          interval: 500,
        })
        .toEqual(['asked', `handbook-${versionOf(second)}`]);
      // All the host was asked for since the deploy, each answered in full: the new worker and the files
      // whose content changed (the runbook, pages that show its text, the search index). Unchanged files
      // came from the previous copy.
      const served = nginx.served().slice(servedBefore);
      expect(served).toContain('200 /runbooks/restart/');
      expect(served).toContain('200 /sw.js');
      const changed = changedUrls(first, second);
      expect(served.filter((line) => line !== '200 /sw.js' && !changed.has(line.slice(4)))).toEqual([]);
      expect(served.every((line) => line.startsWith('200 '))).toBe(true);

      await nginx.stop();
      await page.goto(`${nginx.origin}/runbooks/restart/`);
      expect(await page.getByText('Deployed build: BBBBBB.').count()).toBe(1);
      expect(await offlineNotice(page).count()).toBe(1);
    } finally {
      await context.close();
      await nginx.stop();
    }
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
  }, 600_000);
});

/** URLs of the files of build `after` that build `before` lacks or has with other content. */
function changedUrls(before: string, after: string): Set<string> {
  const changed = relativeFilesUnder(after).filter((file) => {
    const old = path.join(before, file);
    return !existsSync(old) || !readFileSync(old).equals(readFileSync(path.join(after, file)));
  });
  return new Set(changed.map((file) => urlOf(file, '/')));
}
