import path from 'node:path';
import GithubSlugger from 'github-slugger';

/** Names a folder's own page takes in the tools teams write runbooks with (GitHub, Hugo, MkDocs). */
const folderPageNames = new Set(['readme', 'index', '_index']);

export const isMarkdown = (file: string) => /\.(md|markdown|mdx)$/i.test(file);

/** A file name as a page address segment: lower case, dashes, as Starlight makes page ids. */
const segmentSlug = (name: string) => new GithubSlugger().slug(name) || 'page';

/**
 * Where a source Markdown file lands: `node/KubePodCrashLooping.md` imported into `runbooks`
 * becomes `runbooks/node/kubepodcrashlooping.md`; a folder's README becomes its `index.md`.
 */
export function targetOf(sourceRelative: string, section: string): { file: string; pageId: string } {
  const parts = sourceRelative.split('/');
  const name = parts.pop()!;
  const stem = name.replace(/\.(md|markdown|mdx)$/i, '');
  const extension = /\.mdx$/i.test(name) ? '.mdx' : '.md';
  const folders = [...section.split('/').filter(Boolean), ...parts.map(segmentSlug)];
  const isFolderPage = folderPageNames.has(stem.toLowerCase());
  const file = [...folders, `${isFolderPage ? 'index' : segmentSlug(stem)}${extension}`].join('/');
  const pageId = isFolderPage ? folders.join('/') || 'index' : [...folders, segmentSlug(stem)].join('/');
  return { file, pageId };
}

/** Where a source asset (an image, a PDF) lands under `public/`, and the address it is served at. */
export function assetTargetOf(sourceRelative: string, section: string): { file: string; url: string } {
  const relative = [...section.split('/').filter(Boolean), ...sourceRelative.split('/')].join('/');
  return { file: relative, url: `/${relative}` };
}

export const pageAddress = (pageId: string) => (pageId === 'index' ? '/' : `/${pageId}/`);

/**
 * The source files a relative link may mean, in the order GitHub and static-site generators try
 * them: the file itself, then `x.md` for `x` or `x.html`, then a folder's README or index.
 */
export function linkCandidates(fromRelative: string, linkPath: string): string[] {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromRelative), linkPath));
  const bare = joined.replace(/\/$/, '').replace(/\.html?$/i, '');
  const folderPages = ['README.md', 'readme.md', 'index.md', '_index.md'].map((name) => `${bare}/${name}`);
  return [joined, `${bare}.md`, `${bare}.mdx`, ...folderPages];
}
