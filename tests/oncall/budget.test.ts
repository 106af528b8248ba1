import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import { attributeValues, filesUnder, readHtml } from '../helpers/html.ts';
import { handbookSite, type SiteUnderTest } from './sites.ts';

/** The components whose `<script>` tags bundle src/scripts/client/. */
const ourEntries = ['PageTitle.astro_', 'PageInputs.astro_', 'ChecklistTools.astro_'];
const budgetBytes = 8 * 1024;

let site: SiteUnderTest;
beforeAll(async () => {
  site = await handbookSite();
});
afterAll(() => site?.close());

const assetsDir = () => path.join(site.dir, '_astro');
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A chunk and every chunk it imports statically: what the browser loads for it. */
function withImports(chunk: string, seen = new Set<string>()): Set<string> {
  if (seen.has(chunk)) return seen;
  seen.add(chunk);
  const code = readFileSync(path.join(assetsDir(), chunk), 'utf8');
  for (const [, imported] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
    withImports(imported!, seen);
  return seen;
}

function pageScripts(file: string) {
  const tree = readHtml(file);
  return {
    external: attributeValues(tree, 'script[src]', 'src').map((src) => path.basename(src)),
    inline: selectAll('script:not([src])', tree).map((script) => toString(script)),
  };
}

/** The first page whose HTML has `marker`, as a URL path. */
function firstPageWith(marker: string): string {
  const file = filesUnder(site.dir, 'index.html')
    .sort()
    .find((candidate) => readFileSync(candidate, 'utf8').includes(marker));
  if (!file) throw new Error(`no page with ${marker}`);
  return `/${path.relative(site.dir, path.dirname(file))}/`;
}

describe('the on-call JavaScript', () => {
  test(`adds at most ${budgetBytes} bytes (gzip) to any page`, () => {
    const sizes = filesUnder(site.dir, '.html').map((file) => {
      const ours = new Set<string>();
      for (const chunk of pageScripts(file).external)
        if (ourEntries.some((entry) => chunk.startsWith(entry))) withImports(chunk, ours);
      return {
        page: path.relative(site.dir, file),
        bytes: [...ours].reduce((sum, chunk) => sum + gzipSize(path.join(assetsDir(), chunk)), 0),
      };
    });
    const heaviest = sizes.reduce((max, entry) => (entry.bytes > max.bytes ? entry : max));
    expect(heaviest.bytes, `heaviest: ${heaviest.page}`).toBeGreaterThan(0);
    expect(heaviest.bytes, `heaviest: ${heaviest.page}`).toBeLessThanOrEqual(budgetBytes);
  });

  test('is never inlined into the page', () => {
    const markers = ['handbook:input', 'handbook:checklist', 'copy-confirm', 'review-overdue'];
    const inlined = filesUnder(site.dir, '.html').filter((file) =>
      pageScripts(file).inline.some((code) => markers.some((marker) => code.includes(marker))),
    );
    expect(inlined).toEqual([]);
  });
});

/** Issue 14's budget for what a page loads without interaction, every script counted. */
const pageScriptBudget = 38.5 * 1024;

describe('every kind of page, loaded and left alone', () => {
  test.each([
    '/',
    '/runbooks/high-error-rate/',
    '/troubleshooting/database-connection-errors/',
    '/reference/services/',
    '/cards/on-call/',
  ])(`%s loads at most ${pageScriptBudget / 1024} KB of JavaScript (gzip), search included`, async (url) => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.endsWith('.js')) scripts.push(pathname);
      });
      await page.goto(`${site.origin}${url}`);
      // Search has said it is ready, and the offline copy has not been asked for (its worker is blocked).
      await page.waitForFunction(() => performance.getEntriesByName('handbook:search-ready').length > 0);
      const inline = await page.evaluate(() =>
        [...document.scripts].filter((script) => !script.src).map((script) => script.textContent ?? ''),
      );
      const bytes =
        [...new Set(scripts)].reduce((sum, script) => sum + gzipSize(path.join(site.dir, script)), 0) +
        inline.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
      expect(scripts.length).toBeGreaterThan(0);
      expect(bytes, [...new Set(scripts)].join(', ')).toBeLessThanOrEqual(pageScriptBudget);
    } finally {
      await context.close();
    }
  });
});

describe('a page in use', () => {
  test('loads nothing from another origin, search included', async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const url of ['/', firstPageWith('data-page-inputs'), firstPageWith('data-checklist')]) {
      await page.goto(`${site.origin}${url}`);
      await page.waitForFunction(() => document.querySelector('#starlight__search input') !== null);
    }
    await page.keyboard.press('/');
    await page.keyboard.type('ECONNREFUSED');
    await page.locator('.pagefind-ui__result').first().waitFor();
    const foreign = requests.filter(
      (url) => !url.startsWith(`${site.origin}/`) && !/^(data|blob):/.test(url),
    );
    expect(requests.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
  });
});
