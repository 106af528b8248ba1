import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { astroBuild } from '../helpers/astro-build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = mkdtempSync(path.join(tmpdir(), 'handbook-smoke-'));
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const build = astroBuild('tests/fixtures/tiny-site', out);
  if (build.status !== 0) throw new Error(build.output);
  [server, browser] = await Promise.all([serveStatic(out), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the dark-theme diagram shows only when Starlight is in dark mode', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/`);
  await expect.poll(() => page.locator('.mermaid-light').isVisible()).toBe(true);
  expect(await page.locator('.mermaid-dark').isVisible()).toBe(false);
  await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
  expect(await page.locator('.mermaid-dark').isVisible()).toBe(true);
  expect(await page.locator('.mermaid-light').isVisible()).toBe(false);
});
