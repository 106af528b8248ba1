import { readFileSync } from 'node:fs';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/model/markdown.ts';
import { handbookSite, type SiteUnderTest } from './sites.ts';

let site: SiteUnderTest;
beforeAll(async () => (site = await handbookSite()));
afterAll(() => site?.close());

const source = 'src/content/docs/runbooks/blue-green-deployment.mdx';
/** A command longer than a phone's or a desktop column's line, in a block of plain commands. */
const longCommand = 'docker inspect $(cat .blue-green/blue-ids .blue-green/green-ids)';

/** The text of the fence in `source` that holds `longCommand`, as written. */
function fenceText(): string {
  const fences: string[] = [];
  visit(parseMarkdown(readFileSync(source, 'utf8'), 'mdx'), 'code', (node: Code) => {
    if (node.value.includes(longCommand)) fences.push(node.value);
  });
  if (fences.length !== 1) throw new Error(`${source}: expected one fence with ${longCommand}`);
  return fences[0]!;
}

describe.each([
  ['a phone', 390, 844],
  ['a desktop', 1440, 900],
])('a long command wrapped on %s (%i px)', (_, width, height) => {
  test('is copied exactly as written: no wrap mark, no added line break', async () => {
    const context = await site.browser.newContext({
      viewport: { width, height },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/runbooks/blue-green-deployment/`);
      const block = page.locator('.command-block', { hasText: longCommand });
      const line = block.locator('.ec-line', { hasText: longCommand });
      // Wrapped on screen: the line takes more than one row of text.
      const rows = await line.evaluate((element) => {
        const code = element.querySelector('.code') ?? element;
        const lineHeight = parseFloat(getComputedStyle(code).lineHeight);
        return code.getBoundingClientRect().height / lineHeight;
      });
      expect(rows).toBeGreaterThan(1.5);
      await block.hover();
      await block.locator('.copy button').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(fenceText());
    } finally {
      await context.close();
    }
  });
});
