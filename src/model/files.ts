import path from 'node:path';
import { filesUnder } from '../lib/files.ts';

/** The extensions Starlight's docs loader reads as pages; `.mdx` is MDX, the others Markdown. */
export const pageExtensions = ['md', 'mdx', 'markdown', 'mdown', 'mkdn', 'mkd', 'mdwn'] as const;

const pageFile = new RegExp(`\\.(?:${pageExtensions.join('|')})$`, 'i');

/** How a folder of pages maps to addresses. */
export type Layout =
  /** Starlight: `runbooks/index.mdx` is `/runbooks/`, files named `_x.mdx` are not pages. */
  | 'starlight'
  /** A repository as GitHub and static-site generators show it: README.md, index.md or _index.md is a folder's page. */
  | 'tree';

export const isPageFile = (file: string) => pageFile.test(file);

/** Whether a file is MDX (parsed with JSX and expressions) rather than Markdown. */
export const isMdx = (file: string) => /\.mdx$/i.test(file);

/** `a\\b.md` → `a/b.md`: paths inside the model always use `/`. */
export const posix = (file: string) => file.split(path.sep).join('/');

/**
 * Every page file under `docsDir`, relative to it with `/` separators, sorted. Starlight skips
 * file names that start with `_` (a folder named `_x` is still published, so its pages are
 * listed); a repository's tree keeps them, since `_index.md` is a folder's page there.
 */
export function pageFiles(docsDir: string, layout: Layout): string[] {
  return filesUnder(docsDir)
    .map((file) => posix(path.relative(docsDir, file)))
    .filter((file) => isPageFile(file))
    .filter((file) => layout === 'tree' || !path.posix.basename(file).startsWith('_'))
    .filter((file) => !file.split('/').some((part) => part === 'node_modules' || part.startsWith('.')))
    .sort();
}

/** `runbooks/Scaling.mdx` → `runbooks/scaling`; `runbooks/index.mdx` → `runbooks`; `index.mdx` → `index`. */
export function pageIdOf(relativePath: string): string {
  const withoutExtension = posix(relativePath).replace(pageFile, '').toLowerCase();
  return withoutExtension.replace(/\/index$/, '');
}

const folderPage = /(?:^|\/)(?:readme|index|_index)$/i;

/** In a repository's tree: `alerts/README.md` → `alerts`, `alerts/cpu.md` → `alerts/cpu`, `README.md` → `index`. */
export function treeIdOf(relativePath: string): string {
  const withoutExtension = posix(relativePath).replace(pageFile, '');
  if (!folderPage.test(withoutExtension)) return withoutExtension;
  return withoutExtension.replace(folderPage, '') || 'index';
}
