import path from 'node:path';
import { getCollection } from 'astro:content';
import { historyOf, recentChanges, type Change, type History } from '../../lib/git-history.ts';
import { pageHref } from '../../lib/page-url.ts';

/** Rows of `/changes/` and entries of its feed: at most this many, newest first. */
export const changesShown = 100;
export const feedEntries = 50;

/** One page changed by one commit, with the page's title and address (with the base path). */
export interface PageChange extends Change {
  id: string;
  title: string;
  href: string;
}

/** The git history of the handbook's pages (the build runs in the project root). */
export const docsHistory = (): History => historyOf(path.resolve('src/content/docs'));

/** The newest changes to pages the site publishes; removed pages and drafts are left out. */
export async function pageChanges(limit: number, base: string): Promise<PageChange[]> {
  const pages = await getCollection('docs', ({ data }) => !data.draft);
  const byFile = new Map(
    pages.flatMap((page) => (page.filePath ? [[path.resolve(page.filePath), page] as const] : [])),
  );
  return recentChanges(docsHistory(), limit, (file) => byFile.has(file)).map((change) => {
    const page = byFile.get(change.file)!;
    return { ...change, id: page.id, title: page.data.title, href: pageHref(page.id, base) };
  });
}
