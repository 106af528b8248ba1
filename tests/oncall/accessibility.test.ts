import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filesUnder } from '../helpers/html.ts';
import { waitForSettledResults } from './settled-results.ts';
import { handbookSite, type SiteUnderTest } from './sites.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const pageNames = ['home', 'runbook', 'troubleshooting', 'card', 'checklist'] as const;
let site: SiteUnderTest;
let pages: Record<(typeof pageNames)[number], string>;

/** The URL of the first built page of a kind, so the test follows the content as it changes. */
function firstPageOfKind(files: string[], kind: string): string {
  const file = files.find((candidate) => readFileSync(candidate, 'utf8').includes(`data-kind="${kind}"`));
  if (!file) throw new Error(`no page of kind ${kind} in ${site.dir}`);
  return `/${path.relative(site.dir, path.dirname(file))}/`;
}

beforeAll(async () => {
  site = await handbookSite();
  const files = filesUnder(site.dir, '.html').sort();
  pages = {
    home: '/',
    runbook: firstPageOfKind(files, 'runbook'),
    troubleshooting: firstPageOfKind(files, 'troubleshooting'),
    card: firstPageOfKind(files, 'card'),
    checklist: firstPageOfKind(files, 'checklist'),
  };
});
afterAll(() => site?.close());

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function openPage(url: string, theme: 'light' | 'dark'): Promise<Page> {
  const context = await site.browser.newContext();
  await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  const page = await context.newPage();
  await page.goto(`${site.origin}${url}`);
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
  // Expressive Code makes a code block that scrolls focusable once the browser is idle.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
    ),
  );
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document)).violations as Violation[];
  });
  await page.context().close();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

describe.each(['light', 'dark'] as const)('axe-core in %s mode', (theme) => {
  test.each(pageNames)('finds no serious or critical violation on the %s page', async (name) => {
    const found = await seriousViolations(await openPage(pages[name], theme));
    expect(found, found.join('\n')).toEqual([]);
  });

  test('finds none in the search dialog with results', async () => {
    const page = await openPage('/', theme);
    await page.waitForFunction(() => document.querySelector('#starlight__search input') !== null);
    await page.keyboard.press('/');
    await page.keyboard.type('ECONNREFUSED');
    await waitForSettledResults(page, 'ECONNREFUSED');
    const found = await seriousViolations(page);
    expect(found, found.join('\n')).toEqual([]);
  });
});
