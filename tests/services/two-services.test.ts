import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../src/lib/browser.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { readHtml } from '../helpers/html.ts';

/**
 * A handbook of two services (tests/fixtures/two-services) and a second handbook (tests/fixtures/tiny-site),
 * each built for its own base path and served from one loopback host, as two teams' handbooks would be.
 */
const handbooks = [
  { base: '/payments-and-ledger/', fixture: 'tests/fixtures/two-services' },
  { base: '/fixture/', fixture: 'tests/fixtures/tiny-site' },
];
const [twoServices, tiny] = handbooks.map((handbook) => handbook.base) as [string, string];

let out: string;
let server: Server;
let origin: string;
let browser: Browser;
const dist = (base: string) => path.join(out, base);
const html = (base: string, address: string) =>
  readFileSync(path.join(dist(base), address, 'index.html'), 'utf8');
/** What a page shows in its main column: the search box's compact index, in every page's head, left out. */
const mainText = (base: string, address: string) =>
  toString(select('main', readHtml(path.join(dist(base), address, 'index.html')))!);
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

/** One static host for every handbook, each under its base path. */
async function serveAll(): Promise<void> {
  const sites = handbooks.map(({ base }) => ({ base, files: sirv(dist(base), { dev: false }) }));
  server = createServer((request, response) => {
    const notFound = () => {
      response.statusCode = 404;
      response.end('Not found');
    };
    const site = sites.find(({ base }) => request.url?.startsWith(base));
    if (!site) return notFound();
    request.url = `/${request.url!.slice(site.base.length)}`;
    site.files(request, response, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'handbook-services-'));
  for (const { base, fixture } of handbooks) {
    const build = astroBuild(fixture, dist(base), { BASE_PATH: base });
    if (build.status !== 0) throw new Error(build.output);
  }
  await serveAll();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(out, { recursive: true, force: true });
});

async function open(address: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${origin}${address}`);
  await page.waitForSelector('.page-inputs.is-ready');
  return page;
}

const command = (page: Page) => page.locator('.expressive-code pre').first().innerText();

describe('a handbook of two services', () => {
  test('groups the sidebar by service, each group leading to its overview', () => {
    const sidebar =
      /<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/.exec(html(twoServices, 'runbooks/read-ledger'))?.[0] ?? '';
    for (const [id, name] of [
      ['payments', 'Payments'],
      ['ledger', 'Ledger'],
    ]) {
      expect(sidebar).toMatch(new RegExp(`<summary[\\s\\S]*?${name}[\\s\\S]*?</summary>`));
      expect(sidebar).toContain(`href="${twoServices}services/${id}/"`);
      expect(sidebar).toContain(`href="${twoServices}services/${id}/#alerts"`);
    }
  });

  test('gives each service an overview with its own runbooks, troubleshooting, alerts and shared values', () => {
    const payments = mainText(twoServices, 'services/payments');
    expect(payments).toContain('Look up a payment');
    expect(payments).toContain('Payments declined');
    expect(payments).toContain('payments-failing');
    expect(payments).toContain('PAYMENT_ID');
    expect(payments).not.toContain('Read the ledger');
    expect(payments).not.toContain('ledger-behind');
    const ledger = mainText(twoServices, 'services/ledger');
    expect(ledger).toContain('Read the ledger');
    expect(ledger).toContain('ledger-behind');
    expect(ledger).not.toContain('Look up a payment');
    expect(ledger).not.toContain('payments-failing');
  });

  test('a value typed once fills every page of its service in the tab, and only of its service', async () => {
    const tab = await open(`${twoServices}runbooks/lookup-payment/`);
    const go = async (address: string) => {
      await tab.goto(`${origin}${twoServices}${address}`);
      await tab.waitForSelector('.page-inputs.is-ready');
    };
    await tab.fill('#page-input-TENANT_ID', 'initech');
    await eventually(() => command(tab)).toContain('tenant=initech');

    await go('troubleshooting/declined/');
    expect(await tab.inputValue('#page-input-TENANT_ID')).toBe('initech');
    expect(await command(tab)).toContain('tenant=initech');
    expect(await tab.locator('#page-input-TENANT_ID-help').innerText()).toContain(
      'Shared by every Payments page',
    );

    await go('runbooks/read-ledger/');
    expect(await tab.inputValue('#page-input-TENANT_ID')).toBe('');
    expect(await command(tab)).toContain('tenant=$TENANT_ID');
    await tab.fill('#page-input-TENANT_ID', 'umbrella');
    await eventually(() => command(tab)).toContain('tenant=umbrella');

    await go('troubleshooting/declined/');
    expect(await tab.inputValue('#page-input-TENANT_ID')).toBe('initech');
    await go('runbooks/read-ledger/');
    expect(await tab.inputValue('#page-input-TENANT_ID')).toBe('umbrella');
    await tab.close();
  });

  test("a link's value fills the service's input, shown by its page's description", async () => {
    const page = await open(`${twoServices}runbooks/lookup-payment/?PAYMENT_ID=pay-77`);
    await eventually(() => page.inputValue('#page-input-PAYMENT_ID')).toBe('pay-77');
    expect(await page.locator('#page-input-PAYMENT_ID-help').innerText()).toContain(
      'the receipt the customer sent',
    );
    const keys = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.startsWith('handbook:input:')),
    );
    expect(keys).toContain('handbook:input:payments:PAYMENT_ID');
    await page.close();
  });
});

describe('search across several handbooks (Pagefind mergeIndex, as /contributing/hosting/ shows)', () => {
  /** Runs the search the hosting page documents, in the page, and returns each result's address. */
  // A string, so the test runner leaves the page's dynamic import as it is.
  const mergedSearch = (page: Page, query: string): Promise<string[]> =>
    page.evaluate(`(async () => {
      const pagefind = await import('${tiny}pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '${tiny}' });
      await pagefind.mergeIndex('${twoServices}pagefind/', { baseUrl: '${twoServices}' });
      const search = await pagefind.search(${JSON.stringify(query)});
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
    })()`);

  test('finds pages of both handbooks in one search, at addresses that open', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}${tiny}`);
    const declined = await mergedSearch(page, 'card_declined');
    expect(declined).toContain(`${twoServices}troubleshooting/declined/`);
    const refused = await mergedSearch(page, 'ECONNREFUSED');
    expect(refused).toContain(`${tiny}troubleshooting/connection-refused/`);
    const both = await mergedSearch(page, 'tenant');
    expect(both.some((url) => url.startsWith(tiny))).toBe(true);
    expect(both.some((url) => url.startsWith(twoServices))).toBe(true);
    for (const url of [...declined, ...refused])
      expect((await page.request.get(`${origin}${url}`)).status(), url).toBe(200);
    await page.close();
  });
});
