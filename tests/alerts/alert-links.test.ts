import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadSystemData } from '../../src/data/load.ts';
import { handbookSite, type SiteUnderTest } from '../oncall/sites.ts';

// The handbook as `npm run build` left it: its real alerts, runbooks and input patterns.
const system = loadSystemData();
const alert = system.alerts.find((entry) => entry.id === 'cv-db-connections-high')!;
const runbookPath = `/${alert.runbook}/`;
const arrival = `#from-alert-${alert.id}`;

let site: SiteUnderTest;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  site = await handbookSite();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await site?.close();
});

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled, serviceWorkers: 'block' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  return page;
}

// The page's script runs after load; on a busy machine that can take seconds.
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

const landedOn = async (page: Page, path: string) => {
  await page.waitForURL((url) => url.pathname === path);
  await page.waitForLoadState('load');
  return new URL(page.url());
};

/** The text of the command that cancels the blocking query, as the reader sees it. */
const cancelCommand = (page: Page) =>
  page.locator('.command-block code', { hasText: 'pg_cancel_backend' }).first().textContent();

describe('an alert address', () => {
  test('forwards to the runbook, keeping the query, and shows the alert there', async () => {
    const page = await open(`/alerts/${alert.id}/?DB_PID=48213`);
    const url = await landedOn(page, runbookPath);
    expect(url.hash).toBe(arrival);
    const note = page.locator(arrival);
    await eventually(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(alert.severity);
    expect(await note.textContent()).toContain(alert.condition);
    // The other alerts' notes of a runbook stay hidden.
    expect(await page.locator('.alert-arrival:visible').count()).toBe(1);
  });

  test('still lands on the runbook, alert shown, without JavaScript', async () => {
    const page = await open(`/alerts/${alert.id}/`, false);
    const url = await landedOn(page, runbookPath);
    expect(url.hash).toBe(arrival);
    expect(await page.locator(arrival).isVisible()).toBe(true);
    expect(await cancelCommand(page)).toContain('pg_cancel_backend($DB_PID)');
  });

  test('has a plain link to the runbook for a browser that follows neither', async () => {
    const page = await open(`/alerts/${alert.id}/`, false);
    const html = await (await page.request.get(`${site.origin}/alerts/${alert.id}/`)).text();
    expect(html).toContain(`<a href="${runbookPath}${arrival}">`);
  });

  test('the runbook opened directly shows no alert', async () => {
    const page = await open(runbookPath);
    expect(await page.locator('.alert-arrival:visible').count()).toBe(0);
  });
});

describe('the alert list', () => {
  const alertHrefs = async (path: string) =>
    (await open(path))
      .locator('main table a[href^="/alerts/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const everyAlert = system.alerts.map((entry) => `/alerts/${entry.id}/`);

  test('/alerts/ links every alert of the data by its address', async () => {
    expect(await alertHrefs('/alerts/')).toEqual(everyAlert);
  });

  test('the alerts reference table links them too', async () => {
    expect(await alertHrefs('/reference/alerts/')).toEqual(everyAlert);
  });
});

describe('values from the link', () => {
  test('fill the input, marked as from the link, and every command', async () => {
    const page = await open(`/alerts/${alert.id}/?DB_PID=48213`);
    await landedOn(page, runbookPath);
    await eventually(() => page.inputValue('#page-input-DB_PID')).toBe('48213');
    expect(await page.locator('#page-input-DB_PID-status').textContent()).toContain('From the link');
    expect(await page.locator('.page-input.is-from-link').count()).toBe(1);
    expect(await cancelCommand(page)).toContain('pg_cancel_backend(48213)');
    // Taken once: the query is gone, so a reload keeps what the reader has since typed.
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await eventually(() => page.inputValue('#page-input-DB_PID')).toBe('48213');
    expect(await page.locator('#page-input-DB_PID-status').textContent()).toContain('From the link');
  });

  test('lose their mark once the reader types over them', async () => {
    const page = await open(`${runbookPath}?DB_PID=48213`);
    await eventually(() => page.inputValue('#page-input-DB_PID')).toBe('48213');
    await page.fill('#page-input-DB_PID', '51000');
    expect(await page.locator('.page-input.is-from-link').count()).toBe(0);
    expect(await cancelCommand(page)).toContain('pg_cancel_backend(51000)');
  });

  const refusals: [string, string, string][] = [
    ['a line break', '48213%0Arm%20-rf%20/', 'line break'],
    ['a control character', '48213%07', 'control character'],
    ['an invisible bidirectional character', '48213%E2%80%AE', 'U+202E'],
    ['a value not of the input pattern', '48213;%20DROP%20TABLE%20x', 'expected form'],
  ];
  test.each(refusals)('holding %s fill nothing and say why', async (_, value, why) => {
    const page = await open(`${runbookPath}?DB_PID=${value}`);
    const status = page.locator('#page-input-DB_PID-status');
    await eventually(() => status.textContent()).toContain('Not filled from the link');
    expect(await status.textContent()).toContain(why);
    expect(await page.inputValue('#page-input-DB_PID')).toBe('');
    expect(await page.getAttribute('#page-input-DB_PID', 'aria-invalid')).toBe('true');
    expect(await cancelCommand(page)).toContain('pg_cancel_backend($DB_PID)');
  });

  test("clear a value stored before: an earlier alert's value is not this one", async () => {
    const page = await open(`${runbookPath}?DB_PID=48213`);
    await eventually(() => page.inputValue('#page-input-DB_PID')).toBe('48213');
    await page.goto(`${site.origin}${runbookPath}?DB_PID=not-a-pid`);
    await eventually(() => page.locator('#page-input-DB_PID-status').textContent()).toContain(
      'Not filled from the link',
    );
    expect(await page.inputValue('#page-input-DB_PID')).toBe('');
    expect(await cancelCommand(page)).toContain('pg_cancel_backend($DB_PID)');
  });

  test('never fill an input that declares no pattern', async () => {
    const page = await open('/runbooks/high-error-rate/?TENANT_ID=acme-corp');
    const status = page.locator('#page-input-TENANT_ID-status');
    await eventually(() => status.textContent()).toContain('declares no pattern');
    expect(await page.inputValue('#page-input-TENANT_ID')).toBe('');
  });
});

describe('values typed in the form', () => {
  test('are refused when they do not match the pattern, with a message', async () => {
    const page = await open(runbookPath);
    await page.fill('#page-input-DB_PID', '48213 || reboot');
    const status = page.locator('#page-input-DB_PID-status');
    expect(await status.textContent()).toContain('Not used: it does not have the expected form');
    expect(await page.getAttribute('#page-input-DB_PID', 'aria-invalid')).toBe('true');
    expect(await cancelCommand(page)).toContain('pg_cancel_backend($DB_PID)');
    await page.fill('#page-input-DB_PID', '48213');
    expect(await status.textContent()).toBe('');
    expect(await cancelCommand(page)).toContain('pg_cancel_backend(48213)');
  });

  test('are refused when they hold a control character, pattern or not', async () => {
    const page = await open('/runbooks/high-error-rate/');
    await page.fill('#page-input-TENANT_ID', 'acme\tcorp');
    expect(await page.locator('#page-input-TENANT_ID-status').textContent()).toContain('control character');
    const stored = await page.evaluate(() => sessionStorage.getItem('handbook:input:TENANT_ID'));
    expect(stored).toBeNull();
  });
});
