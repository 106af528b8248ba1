import path from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { loadSystemData, type SystemData } from '../data/load.ts';
import { HandbookError } from '../lib/problems.ts';
import { analyzeFence } from './commands/blocks.ts';
import { allCommands } from './commands/model.ts';
import { loadShellParser } from './commands/parser.ts';
import { resolveOptions, type CheckOptions, type CheckOverrides } from './config.ts';
import type { AnalyzedPage, CheckContext } from './context.ts';
import { ConfigError } from './errors.ts';
import { countSeverities, escalateWarnings, softenImported, sortFindings, type Report } from './findings.ts';
import { classifyHref } from './links/classify.ts';
import { ruleChecks } from './rules/index.ts';
import { readBuiltSite } from './site/built.ts';
import { collectPage } from './site/collect.ts';
import { assertFreshBuild } from './site/freshness.ts';
import { readCheckPages, type CheckPage } from './site/pages.ts';
import { checkUrls } from './urls/check-urls.ts';
import { collectHostRefs, externalUrls } from './urls/refs.ts';

export { resolveOptions, type CheckOptions, type CheckOverrides } from './config.ts';
export { ConfigError } from './errors.ts';
export type { Finding, Report, Summary } from './findings.ts';

/**
 * Checks every page: links against the built site, URLs over the network, shell blocks with a
 * shell parser, secrets, and page upkeep. Throws `ConfigError` when it cannot run as asked.
 */
export async function runCheck(overrides: CheckOverrides = {}): Promise<Report> {
  const started = performance.now();
  const options = resolveOptions(overrides);
  const system = loadData(options.dataDir);
  if (!existsSync(options.docsDir)) throw new ConfigError(`no pages: ${options.docsDir} does not exist`);
  const sources = readCheckPages(options.docsDir, options.root, system);
  if (options.requireFreshBuild)
    assertFreshBuild(
      options.distDir,
      sourceFiles(options, sources),
      sources.map((page) => page.url),
      options.root,
    );
  const site = readBuiltSite(options.distDir, options.base);
  const pages = await Promise.all(sources.map(analyzePage));
  const hostRefs = pages.flatMap((page) => collectHostRefs(page, options.internalHosts));
  const urls = await checkUrls(externalUrls(hostRefs, options), options.network, options.offline);
  const context: CheckContext = { options, system, pages, site, hostRefs, urls };
  const imported = new Set(pages.filter((page) => page.data?.imported).map((page) => page.file));
  const found = softenImported(
    Object.values(ruleChecks).flatMap((rule) => rule(context)),
    imported,
  );
  const findings = sortFindings(options.strict ? escalateWarnings(found) : found);
  return {
    findings,
    summary: {
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
    },
  };
}

async function analyzePage(page: CheckPage): Promise<AnalyzedPage> {
  const parser = await loadShellParser();
  const blocks = [];
  const { links, fences } = collectPage(page.tree);
  for (const fence of fences) blocks.push(await analyzeFence(fence, parser));
  return { ...page, links, blocks };
}

function loadData(dataDir: string): SystemData {
  try {
    return loadSystemData(dataDir);
  } catch (error) {
    if (error instanceof HandbookError) throw new ConfigError(error.message);
    throw new ConfigError(`cannot read the system data in ${dataDir}: ${(error as Error).message}`);
  }
}

/** The files a build turns into `dist/`: the pages and the system data they show. */
function sourceFiles(options: CheckOptions, pages: readonly CheckPage[]): string[] {
  const data = readdirSync(options.dataDir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(options.dataDir, name));
  return [...pages.map((page) => path.join(options.root, page.file)), ...data];
}
