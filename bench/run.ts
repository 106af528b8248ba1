/**
 * `npm run bench`: build at scale, page weight, search and checking, each figure measured in the
 * same run as its baseline so that ratios hold on a noisy machine. Prints tables to stdout, progress
 * to stderr, and writes every figure to bench/results/latest.json (or `--out`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesUnder } from '../src/lib/files.ts';
import { buildSite } from './lib/build-site.ts';
import { launchBenchChromium } from './lib/chromium.ts';
import { parseBenchOptions, type BenchOptions, type SectionName } from './lib/options.ts';
import { runPeerScript } from './lib/peer-scripts.ts';
import { writeJson } from './lib/write-json.ts';
import { formatReport } from './lib/report.ts';
import type { BenchResults, Outcome } from './lib/results.ts';
import { judgeFolderCheckTargets, judgeTargets } from './lib/targets.ts';
import { createHandbookCopy, createSite, repoRoot, workDir, type BenchSite } from './lib/sites.ts';
import { benchBuild, buildGrowth, buildRatios } from './sections/build.ts';
import {
  runFolderCheck,
  runHandbookCheck,
  runLinkinator,
  runMarkdownLinkCheck,
} from './sections/checking.ts';
import { benchExternal } from './sections/external.ts';
import { benchFolderCheck, corpusDir } from './sections/folder-check.ts';
import { benchSearchBrowser } from './sections/search.ts';
import { benchWeight, type WeightTarget } from './sections/weight.ts';

const started = performance.now();
const log = (line: string) =>
  console.error(`[bench ${Math.round((performance.now() - started) / 1000)} s] ${line}`);

/** Runs one section; a failure is recorded in the results and the others still run. */
async function attempt<T extends object>(name: string, work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return await work();
  } catch (error) {
    log(`${name} failed: ${(error as Error).message.split('\n')[0]}`);
    return { error: (error as Error).message };
  }
}

const version = (pkg: string) =>
  (
    JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

function machine(): BenchResults['machine'] {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.versions.node,
    astro: version('astro'),
    starlight: version('@astrojs/starlight'),
  };
}

/** The first of `preferred` pages the handbook has, else its first page in `folder`. */
function pickPage(site: BenchSite, folder: string, preferred: string): string {
  const docs = path.join(site.root, 'src/content/docs');
  if (existsSync(path.join(docs, `${preferred}.mdx`))) return `/${preferred}/`;
  const first = readdirSync(path.join(docs, folder)).find(
    (name) => name.endsWith('.mdx') && name !== 'index.mdx',
  )!;
  return `/${folder}/${first.replace(/\.mdx$/, '')}/`;
}

const mdxCount = (site: BenchSite) => filesUnder(path.join(site.root, 'src/content/docs'), '.mdx').length;

async function main(options: BenchOptions): Promise<BenchResults> {
  const wants = (...names: SectionName[]) => names.some((name) => options.only.includes(name));
  const results: Omit<BenchResults, 'targets' | 'seconds'> = {
    startedAt: new Date().toISOString(),
    machine: machine(),
    options,
  };
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });

  // The handbook itself, built in its own project, for page weight, search and checking.
  let handbook: BenchSite | undefined;
  if (wants('weight', 'search', 'checking', 'network')) {
    handbook = createHandbookCopy();
    log('building the handbook');
    await buildSite(handbook.root, {
      MERMAID_CACHE_DIR: path.join(repoRoot, 'node_modules/.cache/handbook-mermaid'),
    });
  }

  // 1. Build at scale: the same corpus as the handbook and as plain Starlight, cold and warm.
  let corpus: { pages: number; handbook: BenchSite; plain: BenchSite } | undefined;
  if (wants('build')) {
    results.build = await attempt('build', async () => {
      const section = await benchBuild(options.sizes, log);
      corpus = section.largest;
      const { samplePage, builds, html } = section;
      return { samplePage, builds, html, ratios: buildRatios(builds), growth: buildGrowth(builds) };
    });
  }
  // The largest corpus is searched and checked; built here, untimed, when the build section did not run.
  const largest = Math.max(...options.sizes);
  if (!corpus && wants('search', 'checking')) {
    log(`building the ${largest}-page corpus (untimed)`);
    const sites = {
      pages: largest,
      handbook: createSite('handbook', largest),
      plain: createSite('plain', largest),
    };
    await Promise.all([buildSite(sites.handbook.root), buildSite(sites.plain.root)]);
    corpus = sites;
  }

  if (wants('weight', 'search')) {
    const browser = await launchBenchChromium();
    try {
      // 2. Page weight: the handbook's pages next to plain Starlight over as many corpus pages.
      if (wants('weight') && handbook) {
        const real = handbook;
        results.weight = await attempt('weight', async () => {
          const plain = createSite('plain', mdxCount(real), 'plain-baseline');
          log(`page weight: building plain Starlight with ${plain.pages.length} pages`);
          await buildSite(plain.root);
          const targets: WeightTarget[] = [
            { site: 'handbook', label: 'home', path: '/' },
            {
              site: 'handbook',
              label: 'runbook',
              path: pickPage(real, 'runbooks', 'runbooks/high-error-rate'),
            },
            {
              site: 'handbook',
              label: 'troubleshooting',
              path: pickPage(real, 'troubleshooting', 'troubleshooting/database-connection-errors'),
            },
            { site: 'handbook', label: 'reference', path: pickPage(real, 'reference', 'reference/services') },
            { site: 'handbook', label: 'card', path: pickPage(real, 'cards', 'cards/on-call') },
            { site: 'plain', label: 'home', path: '/' },
            { site: 'plain', label: 'runbook', path: `/${plain.pages[1]!.id}/` },
          ];
          log('page weight: loading pages in Chromium');
          return benchWeight(
            browser,
            { handbook: path.join(real.root, 'dist'), plain: path.join(plain.root, 'dist') },
            targets,
          );
        });
      }
      // 3. Search: first query in Chromium on the handbook, and on the corpus as handbook and as plain Starlight.
      if (wants('search') && handbook) {
        const real = handbook;
        results.search = await attempt('search', async () => {
          log('search: first queries in Chromium');
          const corpusQueries = ['upstream timed out', 'too many clients'];
          const browserRuns = await benchSearchBrowser(
            browser,
            [
              {
                label: 'handbook',
                dist: path.join(real.root, 'dist'),
                queries: ['502 bad gateway', 'OOMKilled', 'too many clients'],
              },
              ...(corpus
                ? [
                    {
                      label: `handbook, ${corpus.pages} pages`,
                      dist: path.join(corpus.handbook.root, 'dist'),
                      queries: corpusQueries,
                    },
                    {
                      label: `plain, ${corpus.pages} pages`,
                      dist: path.join(corpus.plain.root, 'dist'),
                      queries: corpusQueries,
                    },
                  ]
                : []),
            ],
            options.searchRepeat,
          );
          log('search: npm run bench:search');
          const quality = await runPeerScript('bench:search', 'bench/search-quality.ts', [
            '--dir',
            path.join(real.root, 'dist'),
            '--json',
          ]);
          return { browser: browserRuns, quality };
        });
      }
    } finally {
      await browser.close();
    }
  }

  // 4. Checking offline: the handbook and the largest corpus, with linkinator and markdown-link-check on the same input.
  if (wants('checking') && handbook) {
    const inputs = [
      { site: handbook, input: 'handbook' },
      ...(corpus ? [{ site: corpus.handbook, input: `corpus, ${corpus.pages} pages` }] : []),
    ];
    results.checking = await attempt('checking', async () => {
      const runs = [];
      for (const { site, input } of inputs) {
        log(`checking: ${input}`);
        runs.push(await runHandbookCheck(site, input, ['--offline']));
        // The generated corpus's Markdown source, as another team would check a folder of it.
        if (site !== handbook) runs.push(await runFolderCheck(site, input));
        runs.push(await runLinkinator(site, input));
        runs.push(await runMarkdownLinkCheck(site, input));
      }
      return runs;
    });
  }

  // 5. The folder check over other teams' runbooks, one repository at a time with its own config.
  if (wants('folder-check'))
    results.folderCheck = await attempt('folder-check', () =>
      benchFolderCheck(corpusDir(options.corpus), path.join(workDir, 'folder-check'), largest, log),
    );

  // 4. Checking external URLs: 2,000 URLs behind 50 ms on 20 loopback hosts, against the ideal.
  if (wants('external')) results.external = await attempt('external', () => benchExternal(2000, 20, 50, log));

  // The weak-connection benchmark, as its author wrote it, on the handbook built above.
  if (wants('network') && handbook) {
    const dist = path.join(handbook.root, 'dist');
    log('network: npm run bench:network');
    results.network = await attempt('network', () =>
      runPeerScript('bench:network', 'bench/weak-connection.ts', ['--dir', dist, '--json']),
    );
  }

  const measured = { ...results, seconds: (performance.now() - started) / 1000 };
  return { ...measured, targets: [...judgeTargets(measured), ...judgeFolderCheckTargets(measured)] };
}

let options: BenchOptions | undefined;
try {
  options = parseBenchOptions(process.argv.slice(2));
  const results = await main(options);
  console.log(formatReport(results));
  const out = path.resolve(repoRoot, options.out);
  await writeJson(out, results);
  console.log(`\nFigures written to ${path.relative(repoRoot, out)}`);
  const sections = [
    results.build,
    results.weight,
    results.search,
    results.checking,
    results.folderCheck,
    results.external,
    results.network,
  ];
  if (sections.some((outcome) => outcome !== undefined && 'error' in outcome)) process.exitCode = 1;
} catch (error) {
  console.error(`npm run bench: ${(error as Error).message}`);
  process.exitCode = 2;
} finally {
  // The generated sites are large and are TypeScript projects of their own: gone unless asked for.
  if (options && !options.keep) rmSync(workDir, { recursive: true, force: true });
}
