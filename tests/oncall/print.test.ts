import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filesUnder } from '../helpers/html.ts';
import { handbookSite, type SiteUnderTest } from './sites.ts';

let site: SiteUnderTest;
let page: Page;
let urls: string[];

const urlOf = (file: string) => {
  const dir = path.relative(site.dir, path.dirname(file));
  return dir ? `/${dir}/` : '/';
};

beforeAll(async () => {
  site = await handbookSite();
  // Printing in dark mode is the hard case: the sheet must come out light anyway.
  const context = await site.browser.newContext();
  await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  urls = filesUnder(site.dir, 'index.html')
    .filter((file) => readFileSync(file, 'utf8').includes('class="page-facts"'))
    .map(urlOf)
    .sort();
});
afterAll(() => site?.close());

/** Pages in a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe('printing a card', () => {
  const cards = () => urls.filter((url) => url.startsWith('/cards/') && url !== '/cards/');

  test('finds the cards', () => {
    expect(cards().length).toBeGreaterThan(0);
  });

  test.each(['A4', 'Letter'] as const)('gives exactly one %s page for each card', async (format) => {
    const counts: Record<string, number> = {};
    for (const url of cards()) {
      await page.goto(`${site.origin}${url}`);
      if (!(await page.locator('.page-facts[data-kind="card"]').count())) continue;
      counts[url] = pdfPages(await page.pdf({ format, printBackground: true }));
    }
    expect(Object.keys(counts).length).toBeGreaterThan(0);
    expect(counts).toEqual(Object.fromEntries(Object.keys(counts).map((url) => [url, 1])));
  });
});

/** What a printed page must not show, and the colours it must print in. */
const printedPage = () =>
  page.evaluate(() => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return getComputedStyle(element).display !== 'none' && box.width > 0 && box.height > 0;
    };
    const navigation = [
      'header.header',
      'nav.sidebar',
      '.right-sidebar-container',
      'mobile-starlight-toc',
      'site-search',
      '.pagination-links',
      '.sl-skip-link',
      '.expressive-code .copy',
      '.checklist-tools',
    ].filter((selector) => [...document.querySelectorAll(selector)].some(shown));
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const backgrounds = ['html', 'body', 'main'].map(
      (selector) => getComputedStyle(document.querySelector(selector)!).backgroundColor,
    );
    const text = document.querySelector('.sl-markdown-content p, h1')!;
    const token = document.querySelector('.expressive-code .ec-line span[style^="--"]');
    return {
      navigation,
      darkBackground: backgrounds.filter((color) => !color.endsWith(', 0)') && luminance(color) < 0.8),
      textLuminance: luminance(getComputedStyle(text).color),
      codeTokenLuminance: token ? luminance(getComputedStyle(token).color) : 0,
    };
  });

describe('printing any page', () => {
  test('shows no navigation and prints light text on white, even in dark mode', async () => {
    expect(urls.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const url of urls) {
      await page.goto(`${site.origin}${url}`);
      const printed = await printedPage();
      if (printed.navigation.length) problems.push(`${url}: shows ${printed.navigation.join(', ')}`);
      if (printed.darkBackground.length) problems.push(`${url}: dark background ${printed.darkBackground}`);
      if (printed.textLuminance > 0.4) problems.push(`${url}: light text`);
      if (printed.codeTokenLuminance > 0.6) problems.push(`${url}: code in dark-theme colours`);
    }
    expect(problems).toEqual([]);
  });
});
