import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { resolveOptions, type NetworkOptions } from '../../src/checker/config.ts';
import { checkUrls } from '../../src/checker/urls/check-urls.ts';
import { startUrlServer, type UrlServer } from './url-server.ts';

let server: UrlServer;
let cacheDir: string;
beforeAll(async () => {
  server = await startUrlServer({ slowMs: 3000 });
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
      timeoutMs: 500,
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
      network({ timeoutMs: 5000, deadlineMs: 1000 }),
      false,
    );
    expect(Date.now() - started).toBeLessThan(2500);
    expect(outcome.verdicts.get(`${server.origin}/ok`)).toEqual({ ok: true });
    expect(outcome.uncheckedReason).toBe('the time limit of 1 s was reached');
  });

  test('fetches nothing offline', async () => {
    expect(await checkUrls(at('/ok'), network(), true)).toEqual({
      verdicts: new Map(),
      uncheckedReason: '--offline is set',
    });
    expect(server.hits.size).toBe(0);
  });
});
