import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { handbookSite, type SiteUnderTest } from '../oncall/sites.ts';

// One incident, worked through in order on the handbook as `npm run build` left it.
let site: SiteUnderTest;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await handbookSite();
  context = await site.browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
    serviceWorkers: 'block',
  });
  page = await context.newPage();
  page.on('dialog', (dialog) => dialog.accept());
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
const panel = () => page.locator('[data-incident-record]');
const stored = () =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('handbook:incident') ?? 'null') as {
        severity: string;
        events: { at: string; text: string }[];
      } | null,
  );
const events = async () => (await stored())?.events.map((event) => event.text) ?? [];

describe('the incident record', () => {
  test('is offered on a runbook and starts with the alert the reader came from', async () => {
    await page.goto(`${site.origin}/alerts/cv-db-connections-high/?DB_PID=48213`);
    await page.waitForURL((url) => url.pathname === '/runbooks/database-troubleshooting/');
    await panel().locator('[data-incident-start]').click();
    await eventually(events).toHaveLength(2);
    const [started, alert] = await events();
    expect(started).toContain('Record started on [Database troubleshooting](');
    expect(alert).toContain('Alert `cv-db-connections-high` fired (SEV2)');
    expect(await panel().locator('[data-incident-severity]').inputValue()).toBe('SEV2');
  });

  test('logs a copied command with its filled-in value, offline, sending nothing', async () => {
    // Search readies itself once the page is idle; after that the page itself needs no network.
    const searchReady = () =>
      page.evaluate(() => performance.getEntriesByName('handbook:search-ready').length);
    await eventually(searchReady).toBe(1);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await context.setOffline(true);
    try {
      const block = page.locator('.command-block', { hasText: 'pg_cancel_backend' }).first();
      await block.hover();
      await block.locator('.copy button').click();
      await eventually(async () => (await events()).at(-1)).toContain('pg_cancel_backend(48213)');
      await panel().locator('[data-incident-severity]').selectOption('SEV1');
      await panel().locator('input[name=note]').fill('Blocking session was a stuck report export');
      await panel().locator('[data-incident-note] button').click();
      await eventually(events).toHaveLength(5);
      expect((await events()).slice(3)).toEqual([
        'Severity set to SEV1',
        'Note: Blocking session was a stuck report export',
      ]);
      expect((await stored())?.severity).toBe('SEV1');
      expect(requests).toEqual([]);
    } finally {
      page.removeAllListeners('request');
      await context.setOffline(false);
    }
  });

  test('follows the reader to a card and logs its checklist ticks', async () => {
    await page.goto(`${site.origin}/cards/incident-commander/`);
    await eventually(() => panel().locator('[data-incident-count]').textContent()).toBe('5 events');
    const box = page.locator('li.task-list-item input[type=checkbox]').first();
    await eventually(() => box.isEnabled()).toBe(true);
    await box.check();
    await eventually(async () => (await events()).at(-1)).toMatch(
      /^Ticked ".+" on \[.+\]\(.+\/cards\/incident-commander\/\)$/,
    );
  });

  test('survives a reload', async () => {
    await page.reload();
    await eventually(() => panel().locator('[data-incident-timeline] li').count()).toBe(6);
  });

  test("copies as Markdown shaped like the post-mortem template's timeline", async () => {
    await panel().locator('[data-incident-copy]').click();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await eventually(clipboard).toContain('| Time (UTC) | Event |');
    const text = await clipboard();
    const rows = text.split('\n').filter((line) => /^\| (\d{4}-\d\d-\d\d )?\d\d:\d\d \| /.test(line));
    expect(text.startsWith('## Timeline\n')).toBe(true);
    expect(text).toContain('| Time (UTC) | Event |\n|---|---|\n');
    expect(rows).toHaveLength(6);
    expect(rows[2]).toContain('`docker compose exec -T db psql');
    expect(rows[2]).toContain('pg_cancel_backend(48213)');
  });

  test('is cleared on request, and then only offered on runbooks and cards', async () => {
    await panel().locator('[data-incident-clear]').click();
    await eventually(stored).toBeNull();
    await page.goto(`${site.origin}/contributing/`);
    expect(await panel().isHidden()).toBe(true);
    await page.goto(`${site.origin}/cards/on-call/`);
    await eventually(() => panel().locator('[data-incident-start]').isVisible()).toBe(true);
  });
});
