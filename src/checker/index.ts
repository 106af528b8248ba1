import path from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import type { SystemData } from '../data/load.ts';
import { readAlertRules } from './alert-rules/read.ts';
import { analyzeFence } from './commands/blocks.ts';
import { allCommands } from './commands/model.ts';
import { loadShellParser } from '../shell/parser.ts';
import { readConfigFile, withConfig } from './config-file.ts';
import { resolveOptions, type CheckOptions, type CheckOverrides } from './config.ts';
import type { AnalyzedPage, CheckContext } from './context.ts';
import { readDataFiles } from '../integrity/data-files.ts';
import { ConfigError } from './errors.ts';
import { applySeverityPolicy, countSeverities, sortFindings, type Report } from './findings.ts';
import { builtResolver } from './links/built-resolver.ts';
import { classifyHref } from './links/classify.ts';
import { treeResolver } from './links/tree-resolver.ts';
import { ruleChecks } from './rules/index.ts';
import { readBuiltSite } from './site/built.ts';
import { assertFreshBuild } from './site/freshness.ts';
import { readCheckPages, type CheckPage } from './site/pages.ts';
import { loadCheckData } from './system.ts';
import { checkUrls } from './urls/check-urls.ts';
import { collectHostRefs, externalUrls } from './urls/refs.ts';

export { resolveOptions, type CheckOptions, type CheckOverrides } from './config.ts';
export { ConfigError } from './errors.ts';
export type { Finding, Report, Summary } from './findings.ts';

/** What `runCheck` takes besides the options: a config file to read, and system data already loaded. */
export interface CheckInputs {
  /** `--config FILE`; else `.handbook-check.yaml` at the root (the docs folder in `docs` mode). */
  configFile?: string | undefined;
  /** The system data, when the caller has loaded it already. */
  system?: SystemData | undefined;
}

/**
 * Checks every page: links against the built site (or a folder's file tree), URLs over the
 * network, shell blocks with a shell parser, secrets, and page upkeep. Throws `ConfigError` when it
 * cannot run as asked.
 */
export async function runCheck(overrides: CheckOverrides = {}, inputs: CheckInputs = {}): Promise<Report> {
  const started = performance.now();
  const options = withConfigFile(resolveOptions(overrides), inputs.configFile);
  const alertRules = readAlertRules(options.alertRules, options.root);
  if (!existsSync(options.docsDir)) throw new ConfigError(`no pages: ${options.docsDir} does not exist`);
  const system = inputs.system ?? (await loadCheckData(options));
  const { all, published: sources } = readCheckPages({
    docsDir: options.docsDir,
    root: options.root,
    layout: options.mode === 'docs' ? 'tree' : 'starlight',
    schema: options.mode === 'handbook' ? await handbookSchema(system) : undefined,
    ignore: options.ignore,
  });
  const site = options.mode === 'handbook' ? readSite(options, sources) : undefined;
  const resolver = site ? builtResolver(site) : treeResolver(options.docsDir, sources);
  const pages = await Promise.all(sources.map(analyzePage));
  const hostRefs = pages.flatMap((page) => collectHostRefs(page, options.internalHosts));
  const urls = await checkUrls(externalUrls(hostRefs, options), options.network, options.offline);
  const source = {
    pages: all,
    system,
    dataFiles: options.mode === 'handbook' ? readDataFiles(options.dataDir, options.root) : [],
    handbook: options.mode === 'handbook',
    now: options.now,
  };
  const context: CheckContext = {
    options,
    system,
    pages,
    site,
    resolver,
    hostRefs,
    urls,
    source,
    alertRules,
  };
  const imported = new Set(pages.filter((page) => page.data?.imported).map((page) => page.file));
  const findings = sortFindings(
    applySeverityPolicy(
      Object.values(ruleChecks).flatMap((rule) => rule(context)),
      { rules: options.severities, imported, strict: options.strict },
    ),
  );
  return { findings, summary: summarize(pages, hostRefs, findings, started) };
}

function summarize(
  pages: AnalyzedPage[],
  hostRefs: CheckContext['hostRefs'],
  findings: Report['findings'],
  started: number,
): Report['summary'] {
  return {
    files: pages.length,
    links: pages.reduce(
      (sum, page) =>
        sum + page.links.filter((link) => classifyHref(link.href, page.url).kind === 'internal').length,
      0,
    ),
    urls: new Set(hostRefs.flatMap((ref) => (ref.url ? [ref.url] : []))).size,
    commands: pages.reduce(
      (sum, page) =>
        sum + page.blocks.reduce((count, block) => count + allCommands(block.analysis.commands).length, 0),
      0,
    ),
    ...countSeverities(findings),
    durationMs: Math.round(performance.now() - started),
  };
}

/** The options with the config file's additions. */
function withConfigFile(options: CheckOptions, explicit: string | undefined): CheckOptions {
  const found = readConfigFile(options.mode === 'docs' ? options.docsDir : options.root, explicit);
  return found ? withConfig(options, found.config) : options;
}

/** The handbook's page schema, imported only for the handbook (it needs Astro's Zod). */
async function handbookSchema(system: SystemData) {
  const { pageSchema } = await import('../schemas/page.ts');
  return pageSchema(system).loose();
}

/** The built site, refused when it is missing or older than the sources. */
function readSite(options: CheckOptions, sources: readonly CheckPage[]) {
  if (options.requireFreshBuild)
    assertFreshBuild(
      options.distDir,
      sourceFiles(options, sources),
      sources.map((page) => page.url),
      options.root,
    );
  return readBuiltSite(options.distDir, options.base);
}

async function analyzePage(page: CheckPage): Promise<AnalyzedPage> {
  const parser = await loadShellParser();
  const blocks = [];
  for (const fence of page.model.fences) blocks.push(await analyzeFence(fence, parser));
  return { ...page, links: page.model.links, blocks };
}

/** The files a build turns into `dist/`: the pages and the system data they show. */
function sourceFiles(options: CheckOptions, pages: readonly CheckPage[]): string[] {
  const data = readdirSync(options.dataDir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(options.dataDir, name));
  return [...pages.map((page) => path.join(options.root, page.file)), ...data];
}
