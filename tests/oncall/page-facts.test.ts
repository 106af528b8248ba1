import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite, type SiteUnderTest } from './sites.ts';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await fixtureSite();
});
afterAll(() => site?.close());

async function open(path: string, now?: Date) {
  const context = await site.browser.newContext();
  if (now) await context.clock.install({ time: now });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  return page;
}

describe('page facts', () => {
  test('show kind, owner, last review and next review due', async () => {
    const page = await open('/troubleshooting/connection-refused/');
    const facts = await page.locator('.page-facts').innerText();
    expect(facts.split('\n').map((line) => line.trim())).toEqual([
      'TROUBLESHOOTING',
      'Owner: Platform team',
      'Last reviewed: 2026-11-01',
      'Next review due: 2027-01-30',
    ]);
  });

  test('show a banner on a page whose review date has passed', async () => {
    const page = await open('/runbooks/restore/');
    expect(await page.locator('.review-overdue').isVisible()).toBe(true);
    expect(await page.locator('.review-overdue').textContent()).toContain('due for review on 2020-04-14');
  });

  test('show the banner once the due date passes, without a rebuild', async () => {
    const before = await open('/checklists/release/');
    expect(await before.locator('.review-overdue').isVisible()).toBe(false);
    const after = await open('/checklists/release/', new Date('2099-06-01T00:00:00Z'));
    expect(await after.locator('.review-overdue').isVisible()).toBe(true);
  });
});

describe('the runbook header', () => {
  test('says when to use it, how long it takes, its alerts, owner and rollback', async () => {
    const page = await open('/runbooks/restart/');
    const header = page.locator('.runbook-header');
    const facts = await header
      .locator('> div')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('dt')?.textContent,
          row.querySelector('dd')?.textContent?.trim(),
        ]),
      );
    expect(facts).toEqual([
      ['Use when', 'The fixture is down.'],
      ['Takes', 'about 5 minutes'],
      ['Alerts', 'fixture-down (SEV1)'],
      ['Owner', 'Platform team (#fixture)'],
      ['Undo with', 'nothing to undo: a restart changes nothing to undo'],
      ['Last exercised', 'never exercised'],
    ]);
    expect(await header.getByRole('link', { name: 'fixture-down' }).getAttribute('href')).toBe(
      '/reference/alerts/#alert-fixture-down',
    );
  });

  test('links the rollback page and section', async () => {
    const page = await open('/runbooks/restore/');
    const link = page.locator('.runbook-header').getByRole('link', { name: 'Restart' });
    expect(await link.getAttribute('href')).toBe('/runbooks/restart/#steps');
  });
});
