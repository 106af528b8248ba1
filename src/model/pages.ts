import path from 'node:path';
import { pageFiles } from './files.ts';
import { Page, type ReadOptions } from './page.ts';

export interface ReadPagesOptions extends ReadOptions {
  /** Globs, relative to the docs folder, of files that are not pages to check (`drafts/**`). */
  ignore?: readonly string[];
}

/** Every page under the docs folder, in path order, each read once. */
export function readPages(options: ReadPagesOptions): Page[] {
  const ignore = options.ignore ?? [];
  return pageFiles(options.docsDir, options.layout)
    .filter((file) => !ignore.some((pattern) => path.posix.matchesGlob(file, pattern)))
    .map((file) => new Page(file, options));
}

/** Pages that two or more files would publish at one address (`x.md` beside `x.mdx`, `X.mdx` beside `x.mdx`). */
export function pagesSharingAnAddress(pages: readonly Page[]): Page[][] {
  const byAddress = Map.groupBy(pages, (page) => page.url.toLowerCase());
  return [...byAddress.values()].filter((group) => group.length > 1);
}

export { Page, type ReadOptions } from './page.ts';
export type { FenceRef, ShellLang } from './fences.ts';
export { shellLangs } from './fences.ts';
export type { HeadingRef } from './headings.ts';
export type { LinkRef } from './links.ts';
export type { Frontmatter } from './frontmatter.ts';
