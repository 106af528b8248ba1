import type { InlineCode } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureSite, type SiteUnderTest } from './sites.ts';

let site: SiteUnderTest;
let page: Page;

beforeAll(async () => {
  site = await fixtureSite();
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  await context.clock.install({ time: new Date('2026-11-23T10:15:00Z') });
  page = await context.newPage();
  await page.goto(`${site.origin}/checklists/release/`);
  // A real build of the fixture: minutes on a busy machine.
}, 600_000);
afterAll(() => site?.close());

const item = (name: string) => page.getByRole('checkbox', { name, exact: false });
const progress = () => page.locator('[data-checklist-progress]').textContent();

describe('a checklist page', () => {
  test('lets the reader tick items, each with its own accessible name', async () => {
    expect(await page.locator('[data-checklist]').isVisible()).toBe(true);
    expect(await progress()).toBe('0 of 5 done');
    await item('Tests pass').check();
    await item('Changes listed').check();
    expect(await progress()).toBe('2 of 5 done');
  });

  test('records the time of each tick', async () => {
    const times = await page
      .locator('time.tick-time')
      .evaluateAll((nodes) => nodes.map((node) => [node.textContent, node.getAttribute('datetime')]));
    expect(times).toHaveLength(2);
    expect(times[0]![0]).toBe('2026-11-23 10:15 UTC');
    expect(times[0]![1]).toMatch(/^2026-11-23T10:15:\d\d/);
  });

  test('keeps its state per page in localStorage across reloads', async () => {
    await page.reload();
    expect(await progress()).toBe('2 of 5 done');
    expect(await item('Tests pass').isChecked()).toBe(true);
    const keys = await page.evaluate(() =>
      // Other features keep their own keys (what the reader last saw of each page); only checklists here.
      Object.keys(localStorage).filter((key) => key.startsWith('handbook:checklist')),
    );
    expect(keys).toEqual(['handbook:checklist:/checklists/release/']);
  });

  test('copies the result as Markdown, nested items indented, ticks with their time', async () => {
    await page.click('[data-checklist-copy]');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toBe(
      [
        '## Release checklist',
        '',
        `${site.origin}/checklists/release/ · exported 2026-11-23 10:15 UTC`,
        '',
        '- [x] **Tests pass** on the release commit. (2026-11-23 10:15 UTC)',
        '- [ ] Release notes are written.',
        '  - [x] Changes listed. (2026-11-23 10:15 UTC)',
        '  - [ ] Known issues listed.',
        '- [ ] Announced in `#fixture`.',
        '',
      ].join('\n'),
    );
    expect(await page.locator('[data-checklist-status]').textContent()).toBe('Copied as Markdown.');
  });

  test('exports Markdown and HTML in item text and values as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)> *not bold* [not a link](x) | ~~kept~~ &amp; \\ done #1';
    const value = 'v1` <b>x</b> ``';
    // What a page with such an item renders, and what page-inputs.ts writes into a command for a value.
    await page.evaluate(
      ([text, typed]) => {
        const box = [...document.querySelectorAll('li.task-list-item input')].at(-1)!;
        const line = box.parentElement!;
        for (const node of [...line.childNodes]) if (node !== box) node.remove();
        const code = document.createElement('code');
        code.textContent = typed!;
        const script = document.createElement('a');
        script.setAttribute('href', 'javascript:alert(1)');
        script.textContent = 'run';
        line.append(` ${text} `, code, ' ', script);
      },
      [hostile, value],
    );
    await page.click('[data-checklist-copy]');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
    const last = nodesOf(tree, ['listItem']).at(-1)!;
    expect(nodesOf(last, ['html', 'link', 'emphasis', 'strong', 'delete'])).toEqual([]);
    expect(toString(last)).toBe(`${hostile} ${value} run`);
    expect(nodesOf(last, ['inlineCode']).map((node) => (node as InlineCode).value)).toEqual([value]);
  });

  test('resets after the reader confirms', async () => {
    page.once('dialog', (dialog) => dialog.accept());
    await page.click('[data-checklist-reset]');
    expect(await progress()).toBe('0 of 5 done');
    expect(await page.locator('time.tick-time').count()).toBe(0);
    await page.reload();
    expect(await progress()).toBe('0 of 5 done');
  });

  test('leaves task lists on other pages alone', async () => {
    await page.goto(`${site.origin}/`);
    expect(await page.locator('[data-checklist]').count()).toBe(0);
    expect(await page.locator('.task-list-item input').first().isDisabled()).toBe(true);
  });
});

/** Every node of these types in `tree`, in document order. */
function nodesOf(tree: Node, types: readonly string[]): Node[] {
  const found: Node[] = [];
  visit(tree, (node) => {
    if (types.includes(node.type)) found.push(node);
  });
  return found;
}
