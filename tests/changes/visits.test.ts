import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../src/lib/browser.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { tinySiteRepository, type GitFixture } from './git-fixture.ts';
import { switchableServer } from './switchable-server.ts';

// The tiny site in a git repository of its own, built twice: as first committed, and after a
// commit that changes one section of the restart runbook (and an edit to the restore runbook left
// uncommitted). One origin serves the first build, then the second, as a redeploy would.
let repo: GitFixture;
let out: string;
/** The redeploy: the build after the second commit. */
let second: string;
let server: Awaited<ReturnType<typeof switchableServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const subject = 'Restart: check the health endpoint twice';

function build(name: string): string {
  const dir = path.join(out, name);
  const result = astroBuild(repo.root, dir);
  if (result.status !== 0) throw new Error(result.output);
  return dir;
}

beforeAll(async () => {
  repo = tinySiteRepository('changes');
  out = mkdtempSync(path.join(tmpdir(), 'handbook-changes-'));
  repo.write('.gitignore', '.astro/\n');
  repo.commit('Fixture pages', '2026-03-02T09:00:00Z');
  const first = build('first');
  const restart = 'src/content/docs/runbooks/restart.mdx';
  repo.write(
    restart,
    repo.read(restart).replace('The health check passes.', 'The health check passes twice.'),
  );
  repo.commit(subject, '2026-04-10T12:30:00Z');
  const restore = 'src/content/docs/runbooks/restore.mdx';
  repo.write(
    restore,
    repo.read(restore).replace('Access to the host.', 'Access to the host and the backups.'),
  );
  second = build('second');
  [server, browser] = await Promise.all([switchableServer(first), launchChromium()]);
  context = await browser.newContext({ serviceWorkers: 'block' });
  page = await context.newPage();
}, 600_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  repo?.remove();
  if (out) rmSync(out, { recursive: true, force: true });
});

const notice = () => page.locator('.page-changes-notice');
const seen = (pathname: string) =>
  page.evaluate((key) => localStorage.getItem(key), `handbook:seen:${pathname}`);
const visit = async (pathname: string) => {
  await page.goto(`${server.origin}${pathname}`);
  await expect.poll(() => seen(pathname), { timeout: 20_000 }).not.toBeNull();
};
const pages = ['/runbooks/restart/', '/runbooks/restore/', '/troubleshooting/connection-refused/'];

describe('what changed since your last visit', () => {
  test('a first visit records what the reader saw and shows no notice', async () => {
    await page.clock.setFixedTime(new Date('2026-03-05T10:00:00Z'));
    for (const pathname of pages) {
      await visit(pathname);
      await expect.poll(() => notice().isHidden()).toBe(true);
    }
    // The page open now is the last one visited.
    const stored = JSON.parse((await seen(pages.at(-1)!))!) as { hash: string; at: string };
    expect(stored.at).toBe('2026-03-05T10:00:00.000Z');
    expect(stored.hash).toBe(await page.locator('[data-page-changes]').getAttribute('data-hash'));
  });

  test('after a redeploy, a changed page says since when, the commit, and which section changed', async () => {
    server.serve(second);
    await page.clock.setFixedTime(new Date('2026-04-20T08:00:00Z'));
    await visit('/runbooks/restart/');
    await expect.poll(() => notice().isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await notice().textContent()).toBe(
      `Changed since your last visit on 2026-03-05: last changed on 2026-04-10, “${subject}”. Changed: Verify.`,
    );
    expect(
      await notice()
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['#verify']);
    expect(await page.locator('#verify').count()).toBe(1);
  });

  test('the notice shows once: the visit that showed it is the new "last visit"', async () => {
    await page.reload();
    await expect
      .poll(async () => JSON.parse((await seen('/runbooks/restart/'))!).at)
      .toBe('2026-04-20T08:00:00.000Z');
    expect(await notice().isHidden()).toBe(true);
  });

  test('an uncommitted change says so; an unchanged page says nothing', async () => {
    await visit('/runbooks/restore/');
    await expect.poll(() => notice().isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await notice().textContent()).toBe(
      'Changed since your last visit on 2026-03-05 (not committed yet). Changed: Prerequisites.',
    );
    expect(await page.locator('.page-changes-when').textContent()).toContain('not committed yet');
    await visit('/troubleshooting/connection-refused/');
    expect(await notice().isHidden()).toBe(true);
    expect(await page.locator('.page-changes-when').textContent()).toBe(
      'Last changed 2026-03-02. Recent changes',
    );
  });
});

describe('/changes/ and its feed', () => {
  test('lists the committed changes by page, newest first, without JavaScript', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    try {
      const list = await plain.newPage();
      await list.goto(`${server.origin}/changes/`);
      const rows = await list
        .locator('table.changes-list tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      expect(rows[0]).toEqual(['2026-04-10', 'Restart', subject]);
      expect(
        rows.slice(1).every(([date, , change]) => date === '2026-03-02' && change === 'Fixture pages'),
      ).toBe(true);
      // Every published page of the first commit, once; the uncommitted edit is not a change yet.
      expect(rows).toHaveLength(1 + 7);
      const hrefs = await list
        .locator('table.changes-list a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs)
        expect((await list.request.get(`${server.origin}${href}`)).status()).toBe(200);
      expect(
        await list.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href'),
      ).toBe('/changes.xml');
    } finally {
      await plain.close();
    }
  });

  test('the feed is Atom that parses, with absolute links to the pages', async () => {
    await page.goto(`${server.origin}/changes/`);
    const feed = await page.evaluate(async () => {
      const text = await (await fetch('/changes.xml')).text();
      const xml = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const child = (node: Element, name: string) => node.getElementsByTagNameNS(atom, name)[0];
      return {
        errors: xml.getElementsByTagName('parsererror').length,
        namespace: xml.documentElement.namespaceURI,
        root: xml.documentElement.localName,
        title: child(xml.documentElement, 'title')?.textContent,
        id: child(xml.documentElement, 'id')?.textContent,
        updated: child(xml.documentElement, 'updated')?.textContent,
        self: xml.querySelector('feed > link[rel=self]')?.getAttribute('href'),
        entries: [...xml.documentElement.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
          title: child(entry, 'title')?.textContent,
          id: child(entry, 'id')?.textContent,
          updated: child(entry, 'updated')?.textContent,
          link: child(entry, 'link')?.getAttribute('href'),
        })),
      };
    });
    expect(feed).toMatchObject({
      errors: 0,
      namespace: 'http://www.w3.org/2005/Atom',
      root: 'feed',
      title: 'Recent changes to the handbook',
      id: 'https://handbook.corp.internal/changes/',
      updated: '2026-04-10T12:30:00+00:00',
      self: 'https://handbook.corp.internal/changes.xml',
    });
    expect(feed.entries).toHaveLength(8);
    expect(feed.entries[0]).toMatchObject({
      title: `Restart: ${subject}`,
      updated: '2026-04-10T12:30:00+00:00',
      link: 'https://handbook.corp.internal/runbooks/restart/',
    });
    expect(new Set(feed.entries.map((entry) => entry.id)).size).toBe(8);
    for (const entry of feed.entries) {
      const url = new URL(entry.link!);
      expect(url.origin).toBe('https://handbook.corp.internal');
      expect((await page.request.get(`${server.origin}${url.pathname}`)).status()).toBe(200);
    }
  });
});
