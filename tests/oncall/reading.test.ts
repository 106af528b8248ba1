import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { relativeFilesUnder } from '../../src/lib/files.ts';
import { handbookSite, type SiteUnderTest } from './sites.ts';

let site: SiteUnderTest;
beforeAll(async () => (site = await handbookSite()));
afterAll(() => site?.close());

/** Every runbook, troubleshooting and reference page of the build, as URL paths. */
const readingPages = () =>
  relativeFilesUnder(site.dir, 'index.html')
    .filter((file) => /^(runbooks|troubleshooting|reference)\/[^/]+\/index\.html$/.test(file))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);

/** Command blocks, tables and the page itself that are wider than the box they sit in. */
const sidewaysScrollers = (page: Page) =>
  page.evaluate(() => {
    const boxes = [
      ...document.querySelectorAll<HTMLElement>('.sl-markdown-content pre, .sl-markdown-content table'),
    ];
    const wide = boxes
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => `${box.tagName.toLowerCase()}: ${box.textContent!.trim().slice(0, 60)}`);
    if (document.documentElement.scrollWidth > window.innerWidth + 1) wide.push('the page itself');
    return wide;
  });

describe.each([
  ['a desktop', 1440, 900],
  ['a phone', 390, 844],
])('on %s (%i px wide)', (_, width, height) => {
  test('no command block or table of a runbook, troubleshooting or reference page scrolls sideways', async () => {
    const page = await site.browser.newPage({ viewport: { width, height } });
    const found: string[] = [];
    for (const path of readingPages()) {
      await page.goto(`${site.origin}${path}`);
      found.push(...(await sidewaysScrollers(page)).map((box) => `${path} ${box}`));
    }
    await page.close();
    expect(readingPages().length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});

describe('diagrams', () => {
  test('show their labels at 11 px or more at 1440 px, and open at full size on a click', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${site.origin}/reference/architecture/`);
    const figure = page.locator('.mermaid-figure:visible').first();
    const smallest = await figure.evaluate((element) => {
      const svg = [...element.querySelectorAll('svg')].find(
        (each) => each.getBoundingClientRect().width > 0,
      )!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const labels = [...svg.querySelectorAll<SVGElement | HTMLElement>('.nodeLabel, text')];
      return Math.min(...labels.map((label) => parseFloat(getComputedStyle(label).fontSize) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(11);
    await figure.click();
    await page.locator('dialog.diagram-zoom[open] svg').first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog.diagram-zoom').waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('a runbook on a phone', () => {
  test('shows when to use it and its first action on the first screen, its facts folded below', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.origin}/runbooks/scaling/`);
    const onFirstScreen = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.height > 0 && box.bottom <= window.innerHeight;
        });
    expect(await onFirstScreen('.runbook-when')).toBe(true);
    expect(await onFirstScreen('.runbook-first-action a')).toBe(true);
    expect(await page.locator('.runbook-first-action a').getAttribute('href')).toMatch(/^#\S+/);
    expect(await page.locator('.page-facts').isVisible()).toBe(false);
    await page.locator('.runbook-facts-fold > summary').click();
    expect(await page.locator('.page-facts').isVisible()).toBe(true);
    await page.close();
  });
});

describe('the 404 page', () => {
  test('offers search and the most used pages, each of which exists', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/404.html`);
    const links = await page
      .locator('.not-found-pages a')
      .evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const link of links) expect((await page.request.get(`${site.origin}${link}`)).status()).toBe(200);
    await page.getByRole('button', { name: 'Search the handbook' }).click();
    await page.locator('site-search dialog[open]').waitFor();
    await page.close();
  });
});

describe('finding the way', () => {
  test('pages of a section read in order link to the previous and next page of that section', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/deployment/prerequisites/`);
    const prev = await page.locator('.pagination-links a[rel="prev"]').getAttribute('href');
    const next = await page.locator('.pagination-links a[rel="next"]').getAttribute('href');
    expect(prev).toMatch(/^\/deployment\//);
    expect(next).toMatch(/^\/deployment\//);
    await page.goto(`${site.origin}/runbooks/scaling/`);
    expect(await page.locator('.pagination-links a').count()).toBe(0);
    await page.close();
  });

  test('the sidebar shows the current runbook under Runbooks', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${site.origin}/runbooks/scaling/`);
    const current = page.locator('#starlight__sidebar a[aria-current="page"]');
    expect(await current.textContent()).toContain('Scaling');
    expect(
      await current.evaluate((link) => link.closest('details')?.querySelector('summary')?.textContent),
    ).toContain('Runbooks');
    await page.close();
  });
});
