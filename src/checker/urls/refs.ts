import type { AnalyzedPage, HostRef } from '../context.ts';
import type { CheckOptions } from '../config.ts';
import { blockLine } from '../commands/blocks.ts';
import { allCommands } from '../commands/model.ts';
import { classifyHref } from '../links/classify.ts';
import { hostMatches, httpHost } from './hosts.ts';

const bareHost = /^(?:[^@\s/:]+@)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\S*)?$/;

/** URLs in links and command words, and host names given to commands such as `ssh host`. */
export function collectHostRefs(page: AnalyzedPage, internalHosts: readonly string[]): HostRef[] {
  const refs: HostRef[] = [];
  for (const link of page.links) {
    const target = classifyHref(link.href, page.url);
    const host = target.kind === 'url' ? httpHost(target.url) : undefined;
    if (target.kind === 'url' && host)
      refs.push({ file: page.file, line: link.line, host, target: link.href, url: target.url });
  }
  for (const block of page.blocks) {
    for (const command of allCommands(block.analysis.commands)) {
      for (const word of command.args) {
        const value = word.value;
        if (value === undefined) continue;
        const line = blockLine(block, command.row);
        const host = httpHost(value);
        if (host && /^https?:\/\//i.test(value))
          refs.push({ file: page.file, line, host, target: value, url: value });
        const bare = bareHost.exec(value)?.[1];
        if (bare && hostMatches(bare, internalHosts))
          refs.push({ file: page.file, line, host: bare, target: value, url: undefined });
      }
    }
  }
  return refs;
}

/** The URLs to fetch: external, not on a skipped host, each once. */
export function externalUrls(
  refs: readonly HostRef[],
  options: Pick<CheckOptions, 'internalHosts' | 'skipHosts'>,
): string[] {
  const urls = refs.flatMap((ref) =>
    ref.url && !hostMatches(ref.host, options.internalHosts) && !hostMatches(ref.host, options.skipHosts)
      ? [fetchKey(ref.url)]
      : [],
  );
  return [...new Set(urls)];
}

/** The URL as fetched: the `#fragment` is not sent, so `page#a` and `page#b` are one fetch. */
export function fetchKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}
