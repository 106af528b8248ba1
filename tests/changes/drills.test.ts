import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../src/lib/browser.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { tinySiteRepository, type GitFixture } from './git-fixture.ts';

// The tiny site with one runbook exercised once (a drill on 2020-01-10, every 90 days: due on
// 2020-04-09), one never exercised, and the runbook catalog, built under a base path. The browser's
// clock is set by each test: the badges never depend on the day the tests run.
let repo: GitFixture;
let out: string;
let server: StaticServer;
let browser: Browser;
const base = '/handbook/';
const site = 'https://docs.example.internal';

beforeAll(async () => {
  repo = tinySiteRepository('drills');
  repo.write('.gitignore', '.astro/\n');
  const restart = 'src/content/docs/runbooks/restart.mdx';
  repo.write(
    restart,
    repo.read(restart).replace(
      'related: [index]\n',
      `related: [index]
exercised:
  - date: 2020-01-10
    kind: drill
    outcome: Worked as written in 4 minutes.
    link: /runbooks/restore/
exerciseEvery: 90d
`,
    ),
  );
  repo.write(
    'src/content/docs/runbooks/index.mdx',
    `---
title: Runbooks
description: Every runbook of the fixture.
kind: guide
owner: platform
lastReviewed: 2026-11-01
---

import RunbookCatalog from '../../../../../../../src/components/RunbookCatalog.astro';

<RunbookCatalog />
`,
  );
  repo.commit('Fixture pages with a drill', '2026-03-02T09:00:00Z');
  out = mkdtempSync(path.join(tmpdir(), 'handbook-drills-'));
  const result = astroBuild(repo.root, out, { BASE_PATH: base, SITE_URL: site });
  if (result.status !== 0) throw new Error(result.output);
  [server, browser] = await Promise.all([serveStatic(out, base), launchChromium()]);
}, 400_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  repo?.remove();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** A page opened with the browser's clock at `now`, or with JavaScript off when `now` is undefined. */
async function open(pathname: string, now: string | undefined): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block', javaScriptEnabled: now !== undefined });
  const page = await context.newPage();
  if (now) await page.clock.setFixedTime(new Date(now));
  await page.goto(`${server.origin}${base}${pathname}`);
  return page;
}
/** Runs `body` on the page `opening` opens, then closes its context. */
async function closing(opening: Promise<Page>, body: (page: Page) => Promise<void>): Promise<void> {
  const page = await opening;
  try {
    await body(page);
  } finally {
    await page.context().close();
  }
}
const exercised = (page: Page) => page.locator('.runbook-exercised dd');
const overdue = (page: Page) => page.locator('.runbook-exercised [data-exercise-due]');

describe('a runbook header', () => {
  test('shows the last exercise, its record under the base path, and no badge while on time', () =>
    closing(open('runbooks/restart/', '2020-02-01T12:00:00Z'), async (page) => {
      expect(await exercised(page).textContent()).toBe(
        '2020-01-10, drill: Worked as written in 4 minutes. record (every 90d)exercise overdue since 2020-04-09',
      );
      expect(await exercised(page).locator('a').getAttribute('href')).toBe('/handbook/runbooks/restore/');
      await page.waitForFunction(() => document.readyState === 'complete');
      expect(await overdue(page).isHidden()).toBe(true);
    }));

  test('the browser judges the due day by its own clock: on time through it, overdue after', async () => {
    await closing(open('runbooks/restart/', '2020-04-09T23:59:00Z'), async (page) => {
      await page.waitForFunction(() => document.readyState === 'complete');
      expect(await overdue(page).isHidden()).toBe(true);
    });
    await closing(open('runbooks/restart/', '2020-04-10T00:00:00Z'), async (page) => {
      await expect.poll(() => overdue(page).isVisible(), { timeout: 20_000 }).toBe(true);
    });
  });

  test('without JavaScript, shows what the build judged (built long after 2020-04-09)', () =>
    closing(open('runbooks/restart/', undefined), async (page) => {
      expect(await overdue(page).isVisible()).toBe(true);
    }));

  test('a runbook never exercised says so, with a badge, whatever the date', () =>
    closing(open('runbooks/restore/', '2020-02-01T12:00:00Z'), async (page) => {
      expect(await exercised(page).textContent()).toBe('never exercised');
      expect(await page.locator('.runbook-exercised [data-exercise-state=never]').isVisible()).toBe(true);
    }));
});

describe('the runbook catalog', () => {
  const titles = (page: Page) =>
    page
      .locator('table.runbook-catalog tbody tr td:first-child')
      .evaluateAll((tds) => tds.map((td) => td.textContent));

  test('without JavaScript: title order, a Last exercised column, no control', () =>
    closing(open('runbooks/', undefined), async (page) => {
      expect(await titles(page)).toEqual(['Restart', 'Restore a backup']);
      const last = await page
        .locator('table.runbook-catalog tbody tr td:last-child')
        .evaluateAll((tds) => tds.map((td) => td.textContent));
      expect(last).toEqual(['2020-01-10overdue', 'never']);
      expect(await page.locator('[data-catalog-order]').isHidden()).toBe(true);
    }));

  test('with JavaScript: sorts least recently exercised first, never exercised on top, and back', () =>
    closing(open('runbooks/', '2020-02-01T12:00:00Z'), async (page) => {
      const select = page.locator('[data-catalog-order] select');
      await expect.poll(() => select.isVisible(), { timeout: 20_000 }).toBe(true);
      await select.selectOption('exercised');
      expect(await titles(page)).toEqual(['Restore a backup', 'Restart']);
      await select.selectOption('title');
      expect(await titles(page)).toEqual(['Restart', 'Restore a backup']);
    }));
});

test('under a base path, pages link the changes list and the feed links the site’s own addresses', () =>
  closing(open('runbooks/restart/', '2026-04-01T00:00:00Z'), async (page) => {
    expect(await page.locator('.page-changes-when a').getAttribute('href')).toBe('/handbook/changes/');
    const links = await page.evaluate(async (feedPath) => {
      const xml = new DOMParser().parseFromString(await (await fetch(feedPath)).text(), 'application/xml');
      if (xml.getElementsByTagName('parsererror').length > 0) return ['not XML'];
      return [...xml.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')].map(
        (link) => link.getAttribute('href') ?? '',
      );
    }, `${base}changes.xml`);
    expect(links.slice(0, 2)).toEqual([`${site}/handbook/changes.xml`, `${site}/handbook/changes/`]);
    expect(links.length).toBeGreaterThan(2);
    for (const link of links.slice(2)) {
      expect(link.startsWith(`${site}/handbook/`)).toBe(true);
      expect((await page.request.get(`${server.origin}${new URL(link).pathname}`)).status()).toBe(200);
    }
  }));
