import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { resolveOptions, type NetworkOptions } from '../../src/checker/config.ts';
import { checkUrls } from '../../src/checker/urls/check-urls.ts';
import { startUrlServer, type UrlServer } from './url-server.ts';

let server: UrlServer;
let cacheDir: string;
beforeAll(async () => {
  server = await startUrlServer({ slowMs: 120_000 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.resetStats();
  cacheDir = mkdtempSync(path.join(tmpdir(), 'handbook-check-cache-'));
  return () => rmSync(cacheDir, { recursive: true, force: true });
});

const network = (overrides: Partial<NetworkOptions> = {}): NetworkOptions =>
  resolveOptions({
    network: {
      timeoutMs: 2000,
      retries: 1,
      backoffBaseMs: 5,
      retryAfterCapMs: 20,
      probeHost: false,
      cacheDir,
      ...overrides,
    },
  }).network;

const at = (...paths: string[]) => paths.map((pathname) => server.origin + pathname);

describe('checkUrls', () => {
  test('turns results into url-broken and url-unreachable verdicts', async () => {
    const outcome = await checkUrls(at('/ok', '/gone', '/always-500', '/slow'), network(), false);
    expect([...outcome.verdicts.values()].map((verdict) => (verdict.ok ? 'ok' : verdict.rule))).toEqual([
      'ok',
      'url-broken',
      'url-unreachable',
      'url-unreachable',
    ]);
    expect(outcome.uncheckedReason).toBeUndefined();
  });

  test('keeps at most perHostConcurrency requests in flight to one host', async () => {
    const urls = at(...[1, 2, 3, 4, 5, 6].map((n) => `/delay?${n}`));
    await checkUrls(urls, network({ perHostConcurrency: 2 }), false);
    expect(server.maxInFlight()).toBe(2);
  });

  test('keeps at most concurrency requests in flight overall', async () => {
    const urls = at(...[1, 2, 3, 4, 5, 6].map((n) => `/delay?${n}`));
    await checkUrls(urls, network({ perHostConcurrency: 6, concurrency: 3 }), false);
    expect(server.maxInFlight()).toBe(3);
  });

  test('caches successes and never failures', async () => {
    await checkUrls(at('/ok', '/not-found'), network(), false);
    await checkUrls(at('/ok', '/not-found'), network(), false);
    expect(server.hits.get('HEAD /ok')).toBe(1);
    expect(server.hits.get('HEAD /not-found')).toBe(2);
  });

  test('fetches again with --no-cache or once the entry expired', async () => {
    await checkUrls(at('/ok'), network(), false);
    await checkUrls(at('/ok'), network({ readCache: false }), false);
    await checkUrls(at('/ok'), network({ cacheTtlMs: 0 }), false);
    expect(server.hits.get('HEAD /ok')).toBe(3);
  });

  const writeCache = (entries: Record<string, unknown>) =>
    writeFileSync(path.join(cacheDir, 'urls.json'), JSON.stringify({ version: 1, entries }));
  const cachedUrls = () =>
    Object.keys(
      (JSON.parse(readFileSync(path.join(cacheDir, 'urls.json'), 'utf8')) as { entries: object }).entries,
    );

  test('ignores malformed cache entries, checks their URLs and rewrites the file', async () => {
    const [ok, redirect, found] = at('/ok', '/redirect', '/ok?again');
    writeCache({ [ok!]: null, [redirect!]: { status: 'fine' }, [found!]: { status: 200 } });
    const outcome = await checkUrls([ok!, redirect!, found!], network(), false);
    expect([...outcome.verdicts.values()]).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(server.hits.get('GET /ok')).toBe(2);
    expect(server.hits.get('GET /ok?again')).toBe(1);
    expect(cachedUrls()).toEqual([ok, redirect, found]);
    expect(JSON.parse(readFileSync(path.join(cacheDir, 'urls.json'), 'utf8')).entries[ok!]).toMatchObject({
      status: 200,
    });
  });

  test('reads a cache file that is not JSON, or whose entries are null, as empty', async () => {
    writeFileSync(path.join(cacheDir, 'urls.json'), '{"version": 1, "entries": nul');
    await checkUrls(at('/ok'), network(), false);
    writeFileSync(path.join(cacheDir, 'urls.json'), '{"version": 1, "entries": null}');
    await checkUrls(at('/ok'), network(), false);
    expect(server.hits.get('HEAD /ok')).toBe(2);
    expect(cachedUrls()).toEqual(at('/ok'));
  });

  test('does not trust an entry checked in the future, and drops it', async () => {
    const [broken] = at('/not-found');
    const yearAhead = Date.now() + 365 * 24 * 3600_000;
    writeCache({ [broken!]: { status: 200, checkedAt: yearAhead } });
    const outcome = await checkUrls([broken!], network(), false);
    expect(outcome.verdicts.get(broken!)).toEqual({ ok: false, rule: 'url-broken', reason: 'HTTP 404' });
    expect(cachedUrls()).toEqual([]);
  });

  test('counts a redirect without Location and a URL only HEAD finds as broken', async () => {
    const outcome = await checkUrls(
      at('/redirect-nowhere', '/redirect-to-nowhere', '/head-only'),
      network(),
      false,
    );
    expect([...outcome.verdicts.values()]).toEqual([
      { ok: false, rule: 'url-broken', reason: 'HTTP 302 without a Location header' },
      {
        ok: false,
        rule: 'url-broken',
        reason: `HTTP 302 without a Location header at ${server.origin}/redirect-nowhere`,
      },
      { ok: false, rule: 'url-broken', reason: 'HTTP 404' },
    ]);
    expect(server.hits.get('HEAD /head-only')).toBe(1);
    expect(server.hits.get('GET /head-only')).toBe(1);
  });

  test('leaves URLs unchecked when nothing answers and the probe fails', async () => {
    const offline: typeof fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause: { code: 'ENETUNREACH' } }));
    const outcome = await checkUrls(at('/ok', '/gone'), network({ fetch: offline }), false);
    expect(outcome).toEqual({ verdicts: new Map(), uncheckedReason: 'the network is unavailable' });
  });

  test('calls a host that does not resolve broken when other names resolve', async () => {
    const dns: typeof fetch = (input, init) =>
      String(input).includes('/ok')
        ? fetch(input, init)
        : Promise.reject(
            new TypeError('fetch failed', { cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND' } }),
          );
    // `localhost` resolves from /etc/hosts: the probe succeeds without leaving the machine.
    const outcome = await checkUrls(
      at('/ok', '/nowhere'),
      network({ fetch: dns, probeHost: 'localhost' }),
      false,
    );
    expect(outcome.verdicts.get(`${server.origin}/nowhere`)).toEqual({
      ok: false,
      rule: 'url-broken',
      reason: 'host does not resolve (getaddrinfo ENOTFOUND)',
    });
  });

  test('leaves a host that does not resolve unchecked when no name resolves', async () => {
    const dns: typeof fetch = (input, init) =>
      String(input).includes('/ok')
        ? fetch(input, init)
        : Promise.reject(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }));
    const outcome = await checkUrls(at('/ok', '/nowhere'), network({ fetch: dns }), false);
    expect(outcome.verdicts.has(`${server.origin}/nowhere`)).toBe(false);
    expect(outcome.uncheckedReason).toBe('host names do not resolve');
  });

  test('stops at the time limit and says so', async () => {
    const started = Date.now();
    const outcome = await checkUrls(
      at('/ok', '/slow'),
      network({ timeoutMs: 60_000, deadlineMs: 5000 }),
      false,
    );
    // Far sooner than the minute /slow would be waited for without the limit.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(outcome.verdicts.get(`${server.origin}/ok`)).toEqual({ ok: true });
    expect(outcome.uncheckedReason).toBe('the time limit of 5 s was reached');
  });

  test('fetches nothing offline', async () => {
    expect(await checkUrls(at('/ok'), network(), true)).toEqual({
      verdicts: new Map(),
      uncheckedReason: '--offline is set',
    });
    expect(server.hits.size).toBe(0);
  });
});
