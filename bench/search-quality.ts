/**
 * Search quality on the on-call query suite: hit rate (expected page in the top 3) and mean
 * reciprocal rank, for the handbook's search settings and for Starlight's default Pagefind
 * settings over the same pages; then both the suite and the plain and misspelled queries typed into
 * the reader's own search dialog (bench/search-dialog.ts). Reads a built site (dist/ unless `--dir` names another).
 *
 *   npm run bench:search [-- --json] [-- --dir <built site>]
 *
 * `npm run bench` can call `measureSearchQuality(dir)` for the same figures.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import * as pagefind from 'pagefind';
import { launchChromium } from '../src/lib/browser.ts';
import { searchRanking } from '../src/config/starlight.ts';
import { filesUnder } from '../tests/helpers/html.ts';
import { builtSite } from '../tests/helpers/built-site.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { rankOf, searchQuality, topResults, type Ranking } from '../tests/oncall/pagefind-search.ts';
import { searchCases } from '../tests/oncall/search-queries.ts';
import { measureDialogSearch, printDialogFigures } from './search-dialog.ts';

/** Starlight 0.42's defaults (`PagefindConfigDefaults()` in its `schemas/pagefind.js`). */
const starlightDefaultRanking: Ranking = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
};

type Node = DefaultTreeAdapterTypes.Node;

/** Drops what the handbook adds for search: weights and the hidden identifier aliases. */
function untune(node: Node): void {
  if (!('childNodes' in node)) return;
  node.childNodes = node.childNodes.filter(
    (child) => !('attrs' in child && child.attrs.some((attr) => attr.name === 'data-search-aliases')),
  );
  if ('attrs' in node) node.attrs = node.attrs.filter((attr) => attr.name !== 'data-pagefind-weight');
  for (const child of node.childNodes) untune(child);
}

/** A copy of the built pages without the handbook's tuning, indexed as Starlight indexes them. */
async function untunedSite(site: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'handbook-search-baseline-'));
  for (const file of filesUnder(site, '.html')) {
    const document = parse(readFileSync(file, 'utf8'));
    untune(document);
    const target = path.join(dir, path.relative(site, file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, serialize(document));
  }
  const { index } = await pagefind.createIndex();
  if (!index) throw new Error('Pagefind could not create an index');
  await index.addDirectory({ path: dir });
  await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  await pagefind.close();
  return dir;
}

/** Ranks of each query's expected page over a site served on loopback, with these ranking weights. */
async function suiteRanks(site: string, ranking: Ranking) {
  const [server, browser] = await Promise.all([serveStatic(site), launchChromium()]);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    const queries = searchCases.map((entry) => entry.query);
    const results = await topResults(page, '/', queries, ranking);
    const ranks = searchCases.map((entry, index) => rankOf(results[index]!, entry.expect));
    return { ...searchQuality(ranks), ranks };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Hit rate and MRR for the handbook's settings and for Starlight's defaults on the same pages. */
export async function measureSearchQuality(site: string) {
  const baseline = await untunedSite(site);
  try {
    return {
      queries: searchCases.length,
      handbook: await suiteRanks(site, searchRanking),
      starlightDefaults: await suiteRanks(baseline, starlightDefaultRanking),
      // Both query sets typed into the reader's own search dialog (corrections and default scope included).
      dialog: await measureDialogSearch(site),
    };
  } finally {
    rmSync(baseline, { recursive: true, force: true });
  }
}

function printTable(figures: Awaited<ReturnType<typeof measureSearchQuality>>): void {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  console.log(`Search quality on ${figures.queries} on-call queries (expected page in the top 3)\n`);
  console.log('settings              hit rate   MRR');
  for (const [name, result] of [
    ['handbook', figures.handbook],
    ['Starlight defaults', figures.starlightDefaults],
  ] as const)
    console.log(`${name.padEnd(20)}  ${percent(result.hitRate).padStart(8)}   ${result.mrr.toFixed(3)}`);
  const misses = searchCases.filter((_, index) => (figures.handbook.ranks[index] ?? Infinity) > 3);
  for (const miss of misses) console.log(`  handbook miss: ${miss.query}`);
  console.log('');
  printDialogFigures(figures.dialog);
}

if (import.meta.main) {
  const dirFlag = process.argv.indexOf('--dir');
  const site = dirFlag > 0 ? path.resolve(process.argv[dirFlag + 1] ?? '') : builtSite();
  const figures = await measureSearchQuality(site);
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
  else printTable(figures);
}
