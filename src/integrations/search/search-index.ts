import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { filesUnder } from '../../lib/files.ts';
import { writeVocabulary } from './vocabulary.ts';
import { writeWarmUpList } from './warm-up-list.ts';

/**
 * Pages per excerpt file: about 30 KB of gzip in one request, where Pagefind would make ten. At 2 s a
 * request on a slow link, requests cost more than bytes.
 */
const pagesPerExcerptFile = 10;

/**
 * Starlight with the search index built for a weak link: each excerpt file holds several pages (by
 * default Pagefind writes one per page, and fetches one per result shown), and a list of every file a
 * search needs lets the search warm-up (src/scripts/client/search-warmup.ts) fetch them all at once.
 * Replaces Starlight's `astro:build:done` hook, which (Starlight 0.42, src/integrations/pagefind.ts)
 * only builds this same index with Pagefind's defaults: re-check it when upgrading Starlight.
 */
export function withSearchIndex(starlight: AstroIntegration, searchEnabled: boolean): AstroIntegration {
  if (!searchEnabled || !starlight.hooks['astro:build:done']) return starlight;
  return { ...starlight, hooks: { ...starlight.hooks, 'astro:build:done': buildSearchIndex } };
}

async function buildSearchIndex({
  dir,
  logger,
}: {
  dir: URL;
  logger: AstroIntegrationLogger;
}): Promise<void> {
  const root = fileURLToPath(dir);
  const pages = filesUnder(root, '.html').length;
  const maxFragments = Math.max(1, Math.ceil(pages / pagesPerExcerptFile));
  try {
    const { index } = succeeded(await pagefind.createIndex({ maxFragments }));
    if (!index) throw new Error('Pagefind returned no index');
    const { page_count } = succeeded(await index.addDirectory({ path: root }));
    const bundleDir = fileURLToPath(new URL('./pagefind/', dir));
    succeeded(await index.writeFiles({ outputPath: bundleDir }));
    const words = writeVocabulary(root, bundleDir);
    writeWarmUpList(bundleDir);
    logger.info(
      `search index of ${page_count} pages, excerpts in at most ${maxFragments} files, ${words} words for typo correction`,
    );
  } finally {
    await pagefind.close();
  }
}

function succeeded<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind failed:\n${response.errors.join('\n')}`);
  return response;
}
