import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { isMdx, isPageFile, treeIdOf } from '../model/files.ts';

/** A file name as a page address segment: lower case, dashes, as Starlight makes page ids. */
const segmentSlug = (name: string) => new GithubSlugger().slug(name) || 'page';

/** The folder a source file is in, as the tree id of that folder's own page (`index` at the top). */
const folderIdOf = (sourceRelative: string) => {
  const folder = path.posix.dirname(sourceRelative);
  return folder === '.' ? 'index' : folder;
};

/**
 * Where a source Markdown file lands: `node/KubePodCrashLooping.md` imported into `runbooks`
 * becomes `runbooks/node/kubepodcrashlooping.md`; a folder's page (README, index or _index, as the
 * page model reads a repository's tree) becomes its `index.md`.
 */
export function targetOf(sourceRelative: string, section: string): { file: string; pageId: string } {
  const treeId = treeIdOf(sourceRelative);
  const isFolderPage = treeId === folderIdOf(sourceRelative);
  const sourceSegments = treeId === 'index' && isFolderPage ? [] : treeId.split('/');
  const slugs = sourceSegments.map(segmentSlug);
  const folders = [...section.split('/').filter(Boolean), ...(isFolderPage ? slugs : slugs.slice(0, -1))];
  const extension = isMdx(sourceRelative) ? '.mdx' : '.md';
  const name = isFolderPage ? 'index' : slugs.at(-1)!;
  const pageId = isFolderPage ? folders.join('/') || 'index' : [...folders, name].join('/');
  return { file: [...folders, `${name}${extension}`].join('/'), pageId };
}

/** Where a source asset (an image, a PDF) lands under `public/`, and the address it is served at. */
export function assetTargetOf(sourceRelative: string, section: string): { file: string; url: string } {
  const relative = [...section.split('/').filter(Boolean), ...sourceRelative.split('/')].join('/');
  return { file: relative, url: `/${relative}` };
}

export const pageAddress = (pageId: string) => (pageId === 'index' ? '/' : `/${pageId}/`);

/**
 * The source files a relative link may mean, in the order GitHub and static-site generators try
 * them: the file itself, then the page whose tree id the link names (`x` or `x.html` for `x.md`, a
 * folder for its README or index), the page model's reading of a repository's tree.
 */
export function linkCandidates(
  fromRelative: string,
  linkPath: string,
  sourceFiles: readonly string[],
): string[] {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromRelative), linkPath));
  const bare = joined.replace(/\/$/, '').replace(/\.html?$/i, '');
  // `x`, `x.html` and `x.md` name the page `x`; `x/index.html` and `x/README` the folder's page.
  const linkId = bare === '.' || bare === '' ? 'index' : treeIdOf(isPageFile(bare) ? bare : `${bare}.md`);
  const pages = sourceFiles.filter((file) => isPageFile(file) && treeIdOf(file) === linkId);
  // `x` means the file beside the folder (`x.md`) before the folder's own page (`x/README.md`); `x/` the folder.
  const wantsFolder = joined.endsWith('/') || linkId === 'index';
  const rank = (file: string) => Number((treeIdOf(file) === folderIdOf(file)) !== wantsFolder);
  const byKind = [...pages].sort((a, b) => rank(a) - rank(b));
  return [joined, ...byKind.filter((file) => file !== joined)];
}
