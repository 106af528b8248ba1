import path from 'node:path';
import { siteLocation } from '../config/site.ts';
import type { RuleId } from './rules.ts';
import { defaultPlaceholderStyles, type PlaceholderStyle } from '../shell/placeholder-styles.ts';

/** How URLs are fetched. Tests shrink the times and point `fetch` at a local server. */
export interface NetworkOptions {
  /** Time for one request before it counts as timed out. Default 10 s. */
  timeoutMs: number;
  /** Further attempts after a timeout, a dropped connection, a 5xx or a 429. Default 3. */
  retries: number;
  /** First wait between attempts, doubled each time. Default 500 ms. */
  backoffBaseMs: number;
  /** Longest wait a `Retry-After` header can ask for. Default 20 s. */
  retryAfterCapMs: number;
  /** Redirects followed before the URL counts as broken. Default 10. */
  maxRedirects: number;
  /** Requests in flight at once. Default 8. */
  concurrency: number;
  /** Requests in flight at once to one host. Default 2. */
  perHostConcurrency: number;
  /** Time for all URL checks together; what is left counts as unchecked. Default 60 s. */
  deadlineMs: number;
  /** Host looked up when a URL got no answer, to tell a dead host from no DNS or no network; `false` skips it. */
  probeHost: string | false;
  /** Where successful results are kept between runs. */
  cacheDir: string;
  /** How long a successful result stays valid. Default 24 h. */
  cacheTtlMs: number;
  /** `--no-cache` turns reading the cache off; fresh successes are still written. */
  readCache: boolean;
  fetch: typeof fetch;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** What a team may set for a rule in its config file. */
export type RuleSetting = 'off' | 'warning' | 'error';

export interface CheckOptions {
  /**
   * `handbook`: the handbook's pages with its system data, links checked against the built site;
   * `docs`: any folder of Markdown and MDX, links checked against its file tree, no build needed.
   */
  mode: 'handbook' | 'docs';
  /** Project root (the docs folder itself in `docs` mode); file paths in findings are relative to it. */
  root: string;
  docsDir: string;
  /** Globs relative to `docsDir` of files not to check. */
  ignore: string[];
  /** Per-rule severity from the config file; `off` drops the rule's findings. */
  severities: Partial<Record<RuleId, RuleSetting>>;
  /** Program names commands may call, besides the tools data and the built-in catalog. */
  programs: string[];
  /** Command aliases the docs use, such as `k` for `kubectl`. */
  aliases: Record<string, string>;
  /** Placeholder styles the docs use on purpose (`angle` for `<name>`, …), which are not reported. */
  placeholders: PlaceholderStyle[];
  distDir: string;
  dataDir: string;
  /** Check no external URL; one `url-unchecked` warning says how many were skipped. */
  offline: boolean;
  /** Warnings count as errors. */
  strict: boolean;
  /** Host patterns (`*.internal`) that must be in the services data and are never fetched. */
  internalHosts: string[];
  /** Host patterns never fetched and never reported: this machine and documentation examples. */
  skipHosts: string[];
  /** Origin and base path of the handbook, for links to the rule docs. */
  siteUrl: string;
  /** Base path the site was built with (`BASE_PATH`), stripped from links in the built HTML. */
  base: string;
  /** Today, for `page-stale`. */
  now: Date;
  /** Refuse to run on a `dist/` older than the sources. */
  requireFreshBuild: boolean;
  /** Prometheus rule files to compare with the alerts data (`--alert-rules`). */
  alertRules: string[];
  network: NetworkOptions;
}

export type CheckOverrides = Partial<Omit<CheckOptions, 'network'>> & { network?: Partial<NetworkOptions> };

const reservedHosts = [
  'localhost',
  '*.localhost',
  '127.0.0.1',
  '[::1]',
  '0.0.0.0',
  'example.com',
  '*.example.com',
  'example.org',
  '*.example.org',
  'example.net',
  '*.example.net',
  '*.example',
  '*.test',
  '*.invalid',
];

const listFrom = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Options with defaults filled in. `HANDBOOK_INTERNAL_HOSTS` (comma-separated patterns) replaces
 * `*.internal`; `HANDBOOK_DATA_DIR` moves the system data, as for the build.
 */
export function resolveOptions(
  overrides: CheckOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
): CheckOptions {
  const root = path.resolve(overrides.root ?? process.cwd());
  const { site, base } = siteLocation(env);
  const network: NetworkOptions = {
    timeoutMs: 10_000,
    retries: 3,
    backoffBaseMs: 500,
    retryAfterCapMs: 20_000,
    maxRedirects: 10,
    concurrency: 8,
    perHostConcurrency: 2,
    deadlineMs: 60_000,
    probeHost: 'example.com',
    cacheDir: path.join(root, 'node_modules/.cache/handbook-check'),
    cacheTtlMs: 24 * 60 * 60 * 1000,
    readCache: true,
    fetch: globalThis.fetch,
    sleep,
    ...overrides.network,
  };
  return {
    mode: 'handbook',
    root,
    docsDir: path.join(root, 'src/content/docs'),
    ignore: [],
    severities: {},
    programs: [],
    aliases: {},
    placeholders: defaultPlaceholderStyles,
    distDir: path.join(root, 'dist'),
    dataDir: env['HANDBOOK_DATA_DIR'] ? path.resolve(env['HANDBOOK_DATA_DIR']) : path.join(root, 'src/data'),
    offline: false,
    strict: false,
    internalHosts: listFrom(env['HANDBOOK_INTERNAL_HOSTS']) ?? ['*.internal'],
    skipHosts: reservedHosts,
    siteUrl: new URL(base, site).href,
    base,
    now: new Date(),
    requireFreshBuild: true,
    alertRules: [],
    ...overrides,
    network,
  };
}
