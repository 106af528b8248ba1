import type { SystemData } from '../data/load.ts';
import type { SourceContext } from '../integrity/context.ts';
import type { AlertRule } from './alert-rules/read.ts';
import type { CommandBlock } from './commands/blocks.ts';
import type { CheckOptions } from './config.ts';
import type { Finding } from './findings.ts';
import type { BuiltSite } from './site/built.ts';
import type { LinkResolver } from './links/resolve.ts';
import type { LinkRef } from './site/collect.ts';
import type { CheckPage } from './site/pages.ts';
import type { UrlOutcome } from './urls/check-urls.ts';

/** A page with its links and shell blocks pulled out and analysed. */
export interface AnalyzedPage extends CheckPage {
  links: LinkRef[];
  blocks: CommandBlock[];
}

/** Where a URL or a host name occurs: in a link or in a command. */
export interface HostRef {
  file: string;
  line: number;
  host: string;
  /** The URL or command word as written. */
  target: string;
  /** An http(s) URL, which may be fetched; a bare host (`ssh host`) never is. */
  url: string | undefined;
}

/** Everything the rules look at; built once by `runCheck`, read by every rule. */
export interface CheckContext {
  options: CheckOptions;
  system: SystemData;
  pages: AnalyzedPage[];
  /** The built site; undefined when checking a folder of Markdown, which has none. */
  site: BuiltSite | undefined;
  /** Where internal links lead: the built site, or the folder's file tree. */
  resolver: LinkResolver;
  hostRefs: HostRef[];
  urls: UrlOutcome;
  /** What the source-stage rules read: every page (drafts too) and the data files. */
  source: SourceContext;
  /** The alerting rules of the `--alert-rules` files; none without them. */
  alertRules: AlertRule[];
}

/** A rule reads the context and returns its findings. */
export type Rule = (context: CheckContext) => Finding[];
