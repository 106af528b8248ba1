import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { builtSite } from '../helpers/built-site.ts';
import { launchStrictChromium } from './chromium.ts';
import { startNginx, type RunningNginx } from './nginx.ts';
import { crossOrigin, observe } from './observe.ts';
import {
  firstPageIn,
  heading,
  openSettled,
  search,
  searchWarmedUp,
  trackSearchWarmUp,
} from './site-pages.ts';

// The handbook as `npm run build` left it, served at /, and the same sources built with
// BASE_PATH=/handbook/, served under /handbook/ as on a shared internal host.
const scratch = mkdtempSync(path.join(tmpdir(), 'handbook-hosting-'));
const sites = [
  { name: 'at /', base: '/', dir: () => builtSite() },
  { name: 'under /handbook/', base: '/handbook/', dir: () => path.join(scratch, 'handbook') },
];
let browser: Browser | undefined;

beforeAll(async () => {
  const build = astroBuild(process.cwd(), sites[1]!.dir(), { BASE_PATH: '/handbook/' });
  if (build.status !== 0) throw new Error(`BASE_PATH=/handbook/ build failed:\n${build.output}`);
  browser = await launchStrictChromium();
  // A whole build of the handbook: minutes on a busy machine.
}, 900_000);
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const get = (url: string) => fetch(url, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });

describe.each(sites)('the handbook served by a real nginx $name', ({ base, dir }) => {
  let nginx: RunningNginx;
  let url: (relative: string) => string;
  beforeAll(async () => {
    nginx = await startNginx(dir(), base);
    url = (relative) => `${nginx.origin}${base}${relative}`;
  });
  afterAll(() => nginx?.stop());

  test('sends the strict security headers with pages, assets and the 404 page', async () => {
    const policy = readFileSync(path.join(dir(), '_csp/policy.txt'), 'utf8').trim();
    for (const target of [url(''), url(firstAsset(dir(), '.js')), url('sw.js'), url('no-such-page/')]) {
      const { headers } = await get(target);
      expect(headers.get('content-security-policy'), target).toBe(policy);
      expect(headers.get('x-content-type-options'), target).toBe('nosniff');
      expect(headers.get('referrer-policy'), target).toBe('no-referrer');
    }
    const directives = new Map(
      policy.split(';').map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name!, sources];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    const scriptSources = directives.get('script-src')!;
    expect(scriptSources.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(scriptSources.slice(2).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(true);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
  });

  test('keeps hashed assets a year and sends pages, the worker and the search entry point again in full', async () => {
    const asset = await get(url(firstAsset(dir(), '.js')));
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const relative of ['', 'sw.js', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
      const response = await get(url(relative));
      expect(response.headers.get('cache-control'), relative).toBe('no-cache');
      // nginx's validators are file time and size, which a redeploy may keep while the content changes.
      expect(response.headers.get('etag'), relative).toBeNull();
      const modified = response.headers.get('last-modified') ?? new Date().toUTCString();
      const again = await fetch(url(relative), {
        headers: { 'if-none-match': '"any"', 'if-modified-since': modified },
      });
      expect(again.status, relative).toBe(200);
      expect(Buffer.from(await again.arrayBuffer()).length, relative).toBeGreaterThan(0);
    }
  });

  test('serves the search index with the right types, compressing text but not what is gzip already', async () => {
    // [file, content type, content encoding or null for none, or undefined when the size decides]
    const expectations: [string, RegExp, string | null | undefined][] = [
      ['', /^text\/html; charset=utf-8$/, 'gzip'],
      ['pagefind/pagefind.js', /^application\/javascript/, 'gzip'],
      ['pagefind/pagefind-entry.json', /^application\/json/, undefined],
      ['pagefind/wasm.en.pagefind', /^application\/octet-stream$/, null],
      [firstAsset(dir(), '.css'), /^text\/css$/, 'gzip'],
    ];
    for (const [relative, type, encoding] of expectations) {
      const response = await get(url(relative));
      expect(response.status, relative).toBe(200);
      expect(response.headers.get('content-type'), relative).toMatch(type);
      if (encoding !== undefined) expect(response.headers.get('content-encoding'), relative).toBe(encoding);
    }
  });

  test("answers an unknown path with the site's 404 page", async () => {
    const response = await get(url('runbooks/no-such-runbook/'));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(path.join(dir(), '404.html'), 'utf8'));
  });

  test('redirects a page without its trailing slash relatively, and never serves the policy file', async () => {
    const page = firstPageIn(dir(), 'runbooks');
    const redirect = await get(url(page.slice(0, -1)));
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`${base}${page}`);
    expect((await get(url('_csp/nginx.conf'))).status).toBe(404);
  });

  test('in Chromium: home, a runbook, a card and a search, all requests same-origin and fine, no CSP violation', async () => {
    const context = await browser!.newContext();
    const seen = await observe(context);
    await trackSearchWarmUp(context);
    const page = await context.newPage();
    const servedBefore = nginx.served().length;
    const runbook = firstPageIn(dir(), 'runbooks');
    const card = firstPageIn(dir(), 'cards');
    try {
      // Each page readies search before the next opens, as when someone reads it: leaving earlier would
      // abort its requests and hide whether they would have succeeded.
      const open = (relative: string) => openSettled(page, url(relative));
      expect((await open(''))?.status()).toBe(200);
      expect((await open(runbook))?.status()).toBe(200);
      const title = await heading(page);
      expect((await open(card))?.status()).toBe(200);
      // From the card, find the runbook by its title and follow the result.
      const results = await search(page, title);
      expect(results.filter((href) => !href.startsWith(base))).toEqual([]);
      expect(results).toContain(`${base}${runbook}`);
      await page
        .locator(`#starlight__search a.pagefind-ui__result-link[href="${base}${runbook}"]`)
        .first()
        .click();
      await page.waitForURL(url(runbook));
      await searchWarmedUp(page);
      // On a busy machine the worker may stop waiting for the host after its second and serve the copy,
      // which the page then says; Chromium reports the abandoned request without naming the worker.
      if ((await page.locator('.offline-notice').count()) > 0) seen.workerGaveUp.push(url(runbook));
      // The offline copy is fetched once search is ready; its requests count too. `ready` resolves once
      // the worker has every file.
      await page.evaluate(() => navigator.serviceWorker.ready);
    } finally {
      await context.close();
    }
    const abandoned = new Set(seen.workerGaveUp.map((request) => `${request}: net::ERR_ABORTED`));
    expect(seen.failures.filter((failure) => !abandoned.has(failure))).toEqual([]);
    // A page the worker stopped waiting for (it served its copy) is "499 client closed" in the log.
    const gaveUp = new Set(seen.workerGaveUp.map((request) => `499 ${new URL(request).pathname}`));
    // The host's side too: it sees the worker's own requests, which the browser may not report.
    expect(
      nginx
        .served()
        .slice(servedBefore)
        .filter((line) => !/^200 /.test(line) && !gaveUp.has(line)),
    ).toEqual([]);
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(crossOrigin(seen.requests, nginx.origin)).toEqual([]);
    expect(seen.requests.filter((request) => request.includes('/pagefind/')).length).toBeGreaterThan(0);
  });
});

describe('the handbook under /handbook/', () => {
  let nginx: RunningNginx;
  beforeAll(async () => (nginx = await startNginx(sites[1]!.dir(), '/handbook/')));
  afterAll(() => nginx?.stop());

  test('redirects /handbook to /handbook/ and serves nothing outside the base', async () => {
    const bare = await get(`${nginx.origin}/handbook`);
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/handbook/');
    for (const outside of ['/', '/index.html', '/runbooks/'])
      expect((await get(`${nginx.origin}${outside}`)).status, outside).toBe(404);
  });
});

/** Path, relative to the base, of the first file under _astro/ with this extension. */
function firstAsset(site: string, extension: string): string {
  const [first] = readdirSync(path.join(site, '_astro'))
    .filter((name) => name.endsWith(extension))
    .sort();
  if (!first) throw new Error(`the build in ${site} has no _astro/*${extension}`);
  return `_astro/${first}`;
}
