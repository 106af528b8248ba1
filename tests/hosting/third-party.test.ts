import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';
import { launchStrictChromium } from './chromium.ts';
import { startNginx } from './nginx.ts';
import { crossOrigin, observe } from './observe.ts';
import { allPages, openSettled, trackSearchWarmUp } from './site-pages.ts';

let browser: Browser | undefined;
beforeAll(async () => (browser = await launchStrictChromium()));
afterAll(() => browser?.close());

describe('every page of the built handbook, served by nginx', () => {
  test('loads nothing from another origin and breaks no rule of the Content-Security-Policy', async () => {
    const nginx = await startNginx(builtSite(), '/');
    // Without the worker every page comes from nginx, so each page's own requests are what is seen.
    const context = await browser!.newContext({ serviceWorkers: 'block' });
    const seen = await observe(context);
    await trackSearchWarmUp(context);
    const page = await context.newPage();
    const pages = allPages(builtSite());
    try {
      // Each page readies search before the next opens, so none of its requests is cut short.
      for (const relative of pages) await openSettled(page, `${nginx.origin}/${relative}`);
    } finally {
      await context.close();
      await nginx.stop();
    }
    expect(pages.length).toBeGreaterThan(1);
    expect(crossOrigin(seen.requests, nginx.origin)).toEqual([]);
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    // Every page, each until it has readied search: minutes on a busy machine.
  }, 900_000);
});

describe('the checks themselves', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'handbook-control-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('see an inline script and an image from another origin that the policy does not allow', async () => {
    // The real policy over a page that breaks it: if this saw nothing, the tests above would prove nothing.
    cpSync(path.join(builtSite(), '_csp'), path.join(scratch, '_csp'), { recursive: true });
    writeFileSync(
      path.join(scratch, 'index.html'),
      '<!doctype html><title>Control</title><script>document.title = "ran"</script>' +
        '<img src="http://localhost:9/tracker.gif" alt="">',
    );
    const nginx = await startNginx(scratch, '/');
    const context = await browser!.newContext();
    const seen = await observe(context);
    const page = await context.newPage();
    try {
      await page.goto(`${nginx.origin}/`, { waitUntil: 'load' });
      expect(await page.title()).toBe('Control');
    } finally {
      await context.close();
      await nginx.stop();
    }
    expect(seen.violations.map((violation) => violation.split(' ')[0])).toEqual(
      expect.arrayContaining(['script-src-elem', 'img-src']),
    );
  });
});
