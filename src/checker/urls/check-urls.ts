import { lookup } from 'node:dns/promises';
import type { NetworkOptions } from '../config.ts';
import { openUrlCache } from './cache.ts';
import { fetchUrl, type UrlResult } from './fetch-url.ts';
import { createLimiter } from './limiter.ts';

export type UrlVerdict = { ok: true } | { ok: false; rule: 'url-broken' | 'url-unreachable'; reason: string };

export interface UrlOutcome {
  /** The verdict on each URL that could be checked; the others are missing. */
  verdicts: Map<string, UrlVerdict>;
  /** Why the missing ones were not checked. */
  uncheckedReason: string | undefined;
}

/**
 * Checks each URL once, with bounded concurrency overall and per host, within one time limit.
 * Failures without any answer count only when the network works; otherwise they are unchecked.
 */
export async function checkUrls(
  urls: readonly string[],
  network: NetworkOptions,
  offline: boolean,
): Promise<UrlOutcome> {
  if (offline || urls.length === 0)
    return { verdicts: new Map(), uncheckedReason: offline ? '--offline is set' : undefined };
  const cache = openUrlCache(network.cacheDir, network.cacheTtlMs, Date.now(), network.readCache);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), network.deadlineMs);
  const overall = createLimiter(network.concurrency);
  const perHost = new Map<string, ReturnType<typeof createLimiter>>();
  const hostLimit = (url: string) => {
    const host = new URL(url).host;
    if (!perHost.has(host)) perHost.set(host, createLimiter(network.perHostConcurrency));
    return perHost.get(host)!;
  };
  const check = async (url: string): Promise<UrlResult> => {
    const cached = cache.get(url);
    if (cached !== undefined) return { kind: 'ok', status: cached };
    return hostLimit(url)(() =>
      overall(() =>
        deadline.signal.aborted
          ? Promise.resolve<UrlResult>({ kind: 'deadline' })
          : fetchUrl(url, { ...network, signal: deadline.signal }),
      ),
    );
  };
  const results = await Promise.all(urls.map(check)).finally(() => clearTimeout(timer));
  // A host that does not resolve is only broken if names resolve at all; other silences only
  // count when something answered. Otherwise the network is unavailable, not the URL broken.
  const needsProbe = results.some((result) => result.kind === 'no-response');
  const dnsWorks = needsProbe && (await probe(network.probeHost));
  const answered =
    dnsWorks || results.some((result) => result.kind !== 'no-response' && result.kind !== 'deadline');
  const verdicts = new Map<string, UrlVerdict>();
  const unchecked = new Set<string>();
  results.forEach((result, index) => {
    const url = urls[index]!;
    if (result.kind === 'ok') {
      cache.set(url, result.status);
      verdicts.set(url, { ok: true });
    } else if (result.kind === 'broken' || result.kind === 'unreachable') {
      verdicts.set(url, {
        ok: false,
        rule: result.kind === 'broken' ? 'url-broken' : 'url-unreachable',
        reason: result.reason,
      });
    } else if (result.kind === 'deadline') {
      unchecked.add(`the time limit of ${network.deadlineMs / 1000} s was reached`);
    } else if (result.unresolved ? !dnsWorks : !answered) {
      unchecked.add(result.unresolved ? 'host names do not resolve' : 'the network is unavailable');
    } else if (result.unresolved) {
      verdicts.set(url, {
        ok: false,
        rule: 'url-broken',
        reason: `host does not resolve (${result.reason})`,
      });
    } else {
      verdicts.set(url, { ok: false, rule: 'url-unreachable', reason: result.reason });
    }
  });
  saveQuietly(cache);
  return { verdicts, uncheckedReason: unchecked.size > 0 ? [...unchecked].join(' and ') : undefined };
}

/** Whether a well-known name resolves: tells "this host is gone" from "names do not resolve here". */
async function probe(host: string | false): Promise<boolean> {
  if (host === false) return false;
  const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, 3000, false).unref());
  return Promise.race([
    lookup(host).then(
      () => true,
      () => false,
    ),
    timeout,
  ]);
}

function saveQuietly(cache: ReturnType<typeof openUrlCache>) {
  try {
    cache.save();
  } catch {
    // A read-only node_modules only costs the next run some time.
  }
}
