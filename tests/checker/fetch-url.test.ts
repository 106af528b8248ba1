import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fetchUrl, retryAfterMs } from '../../src/checker/urls/fetch-url.ts';
import { startUrlServer, type UrlServer } from './url-server.ts';

let server: UrlServer;
beforeAll(async () => {
  server = await startUrlServer({ slowMs: 120_000 });
});
afterAll(() => server.close());
beforeEach(() => server.resetStats());

const waits: number[] = [];
const options = (overrides: Partial<Parameters<typeof fetchUrl>[1]> = {}) => ({
  timeoutMs: 2000,
  retries: 3,
  backoffBaseMs: 5,
  retryAfterCapMs: 5000,
  maxRedirects: 10,
  fetch: globalThis.fetch,
  sleep: async (ms: number) => void waits.push(ms),
  signal: new AbortController().signal,
  ...overrides,
});

describe('fetchUrl', () => {
  test.each([
    ['/ok', 'ok'],
    ['/redirect', 'ok'],
    ['/head-refused', 'ok'],
    ['/flaky', 'ok'],
    ['/not-found', 'broken'],
    ['/gone', 'broken'],
    ['/loop-a', 'broken'],
    ['/chain/0', 'broken'],
    ['/rate-limited', 'unreachable'],
    ['/always-500', 'unreachable'],
    ['/redirect-nowhere', 'broken'],
    ['/redirect-to-nowhere', 'broken'],
    ['/head-only', 'broken'],
    ['/slow', 'no-response'],
    ['/drop', 'no-response'],
  ])('%s is %s', async (path, kind) => {
    expect((await fetchUrl(server.origin + path, options({ retries: 1 }))).kind).toBe(kind);
  });

  test('names both ends of a redirect loop', async () => {
    const result = await fetchUrl(`${server.origin}/loop-a`, options());
    expect(result).toEqual({
      kind: 'broken',
      reason: `redirect loop: ${server.origin}/loop-a → ${server.origin}/loop-b → ${server.origin}/loop-a`,
    });
  });

  test('follows at most maxRedirects redirects', async () => {
    expect(await fetchUrl(`${server.origin}/chain/0`, options({ maxRedirects: 3 }))).toEqual({
      kind: 'broken',
      reason: 'more than 3 redirects',
    });
    expect(server.hits.get('HEAD /chain/3')).toBe(1);
    expect(server.hits.has('HEAD /chain/4')).toBe(false);
  });

  test('confirms with GET what HEAD finds, and follows redirects without GET', async () => {
    await fetchUrl(`${server.origin}/head-refused`, options());
    await fetchUrl(`${server.origin}/redirect`, options());
    expect(Object.fromEntries(server.hits)).toEqual({
      'HEAD /head-refused': 1,
      'GET /head-refused': 1,
      'HEAD /redirect': 1,
      'HEAD /ok': 1,
      'GET /ok': 1,
    });
  });

  test('says why a URL that only HEAD finds is broken', async () => {
    expect(await fetchUrl(`${server.origin}/head-only`, options())).toEqual({
      kind: 'broken',
      reason: 'HTTP 404',
    });
  });

  test('retries 5xx three times with exponential backoff', async () => {
    waits.length = 0;
    await fetchUrl(`${server.origin}/always-500`, options());
    expect(waits).toEqual([5, 10, 20]);
    expect(server.hits.get('HEAD /always-500')).toBe(4);
  });

  test('honours Retry-After, capped', async () => {
    waits.length = 0;
    expect((await fetchUrl(`${server.origin}/rate-limited-once?a`, options())).kind).toBe('ok');
    expect(
      (await fetchUrl(`${server.origin}/rate-limited-once?b`, options({ retryAfterCapMs: 50 }))).kind,
    ).toBe('ok');
    expect(waits).toEqual([2000, 50]);
  });

  test('retries a timeout and a dropped connection, then gives up', async () => {
    const slow = await fetchUrl(`${server.origin}/slow`, options({ retries: 1 }));
    expect(slow).toEqual({
      kind: 'no-response',
      reason: 'no answer within 2000 ms, 2 attempts',
      unresolved: false,
    });
    await fetchUrl(`${server.origin}/drop`, options());
    expect(server.hits.get('HEAD /slow')).toBe(2);
    expect(server.hits.get('HEAD /drop')).toBe(4);
  });

  test('stops when the run is out of time', async () => {
    const deadline = new AbortController();
    setTimeout(() => deadline.abort(), 50);
    expect(
      await fetchUrl(`${server.origin}/slow`, options({ timeoutMs: 5000, signal: deadline.signal })),
    ).toEqual({
      kind: 'deadline',
    });
  });
});

describe('retryAfterMs', () => {
  test.each([
    ['3', 3000],
    ['Wed, 25 Nov 2026 00:00:10 GMT', 10_000],
    ['soon', undefined],
    [null, undefined],
  ])('reads %s as %s ms', (header, expected) => {
    expect(retryAfterMs(header, Date.parse('Wed, 25 Nov 2026 00:00:00 GMT'))).toBe(expected);
  });
});
