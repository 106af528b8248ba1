import type { NetworkOptions } from '../config.ts';

/** What one URL turned out to be. `no-response` failures are judged later, once it is known whether the network works. */
export type UrlResult =
  | { kind: 'ok'; status: number }
  | { kind: 'broken'; reason: string }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'no-response'; reason: string; unresolved: boolean }
  | { kind: 'deadline' };

type FetchOptions = Pick<
  NetworkOptions,
  'timeoutMs' | 'retries' | 'backoffBaseMs' | 'retryAfterCapMs' | 'maxRedirects' | 'fetch' | 'sleep'
> & { signal: AbortSignal };

/** One HTTP answer, or why there was none. */
type Attempt =
  { status: number; location: string | null; retryAfter: string | null } | { error: string; code: string };

const headers = { 'user-agent': 'handbook-check', accept: '*/*' };
const unresolvedCodes = new Set(['ENOTFOUND']);

async function send(url: string, method: 'HEAD' | 'GET', options: FetchOptions): Promise<Attempt> {
  const signal = AbortSignal.any([AbortSignal.timeout(options.timeoutMs), options.signal]);
  try {
    const response = await options.fetch(url, { method, redirect: 'manual', signal, headers });
    // Only the status matters: never wait for a body.
    await response.body?.cancel().catch(() => undefined);
    return {
      status: response.status,
      location: response.headers.get('location'),
      retryAfter: response.headers.get('retry-after'),
    };
  } catch (error) {
    if (options.signal.aborted) return { error: 'time limit of the run reached', code: 'DEADLINE' };
    const { name, cause } = error as { name?: string; cause?: { code?: string; message?: string } };
    if (name === 'TimeoutError' || name === 'AbortError')
      return { error: `no answer within ${options.timeoutMs} ms`, code: 'TIMEOUT' };
    const code = cause?.code ?? 'ERROR';
    return { error: `${cause?.message ?? String(error)}`, code };
  }
}

/**
 * HEAD first, then GET unless HEAD already redirects or says to retry: some servers refuse HEAD, and
 * some answer 200 to any HEAD while GET finds nothing, so only GET's answer can call a URL fine.
 */
async function request(url: string, options: FetchOptions): Promise<Attempt> {
  const head = await send(url, 'HEAD', options);
  if ('error' in head || isRedirect(head.status) || head.status === 429 || head.status >= 500) return head;
  return send(url, 'GET', options);
}

const isRedirect = (status: number) => status >= 300 && status < 400;

const retryable = (attempt: Attempt) =>
  'status' in attempt
    ? attempt.status === 429 || attempt.status >= 500
    : attempt.code !== 'DEADLINE' && !unresolvedCodes.has(attempt.code);

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), if it is valid. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Requests once, then retries timeouts, dropped connections, 5xx and 429 with backoff. */
async function requestWithRetries(url: string, options: FetchOptions): Promise<Attempt> {
  let attempt = await request(url, options);
  for (let retry = 0; retry < options.retries && retryable(attempt); retry++) {
    const asked = 'status' in attempt ? retryAfterMs(attempt.retryAfter) : undefined;
    const wait =
      asked === undefined ? options.backoffBaseMs * 2 ** retry : Math.min(asked, options.retryAfterCapMs);
    await options.sleep(wait, options.signal);
    if (options.signal.aborted) return { error: 'time limit of the run reached', code: 'DEADLINE' };
    attempt = await request(url, options);
  }
  return attempt;
}

/** Checks one URL, following redirects itself so that loops and long chains are caught. */
export async function fetchUrl(url: string, options: FetchOptions): Promise<UrlResult> {
  const seen = new Set([url]);
  let current = url;
  for (;;) {
    const attempt = await requestWithRetries(current, options);
    if ('error' in attempt) {
      if (attempt.code === 'DEADLINE') return { kind: 'deadline' };
      if (attempt.code === 'TIMEOUT')
        return {
          kind: 'no-response',
          reason: `${attempt.error}, ${options.retries + 1} attempts`,
          unresolved: false,
        };
      return { kind: 'no-response', reason: attempt.error, unresolved: unresolvedCodes.has(attempt.code) };
    }
    const { status, location } = attempt;
    if (isRedirect(status) && !location)
      return {
        kind: 'broken',
        reason: `HTTP ${status} without a Location header${current === url ? '' : ` at ${current}`}`,
      };
    if (isRedirect(status) && location) {
      const next = new URL(location, current).href;
      if (seen.has(next)) return { kind: 'broken', reason: `redirect loop: ${[...seen, next].join(' → ')}` };
      if (seen.size > options.maxRedirects)
        return { kind: 'broken', reason: `more than ${options.maxRedirects} redirects` };
      seen.add(next);
      current = next;
      continue;
    }
    if (status === 404 || status === 410)
      return { kind: 'broken', reason: `HTTP ${status}${current === url ? '' : ` at ${current}`}` };
    if (status === 429 || status >= 500)
      return { kind: 'unreachable', reason: `HTTP ${status}, ${options.retries + 1} attempts` };
    return { kind: 'ok', status };
  }
}
