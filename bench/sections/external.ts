import { buildSite } from '../lib/build-site.ts';
import { loopbackHosts, startLatencyServers } from '../lib/latency-server.ts';
import { createUrlSite } from '../lib/url-site.ts';
import { runHandbookCheck, runLinkinator, type ToolRun } from './checking.ts';

export interface ExternalSection {
  urls: number;
  hosts: number;
  latencyMs: number;
  /** The checker's overall limit on requests in flight (its default). */
  concurrency: number | undefined;
  /** urls × latency ÷ concurrency. */
  idealSeconds: number | undefined;
  runs: ToolRun[];
  /** Requests the servers answered during the checker's run. */
  requestsServed: number | undefined;
}

/** The checker's default concurrency, read from its configuration; undefined while it cannot load. */
async function checkerConcurrency(): Promise<number | undefined> {
  try {
    const { resolveOptions } = await import('../../src/checker/config.ts');
    return resolveOptions().network.concurrency;
  } catch {
    return undefined;
  }
}

/**
 * External checking: `urls` unique URLs on local servers that answer after `latencyMs`, spread
 * over `hostCount` loopback addresses; the checker online and offline (its non-network part), and
 * linkinator on the same built site for reference.
 */
export async function benchExternal(
  urls: number,
  hostCount: number,
  latencyMs: number,
  log: (line: string) => void,
): Promise<ExternalSection> {
  const servers = await startLatencyServers(loopbackHosts(hostCount), latencyMs);
  try {
    const site = createUrlSite(servers.origins, urls);
    log(`external: building a site with ${urls} URLs`);
    await buildSite(site.root);
    const input = `${urls} URLs on ${hostCount} hosts, ${latencyMs} ms`;
    log('external: handbook check (online, no cache)');
    const before = servers.served();
    const online = await runHandbookCheck(site, input, ['--no-cache']);
    const requestsServed = online.state === 'ok' ? servers.served() - before : undefined;
    log('external: handbook check (offline)');
    const offline = await runHandbookCheck(site, `${input}, --offline`, ['--offline']);
    log('external: linkinator');
    const linkinator = await runLinkinator(site, input, true);
    const concurrency = await checkerConcurrency();
    return {
      urls,
      hosts: hostCount,
      latencyMs,
      concurrency,
      idealSeconds: concurrency ? (urls * latencyMs) / 1000 / concurrency : undefined,
      runs: [online, offline, linkinator],
      requestsServed,
    };
  } finally {
    await servers.close();
  }
}
