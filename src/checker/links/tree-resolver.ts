import { existsSync } from 'node:fs';
import path from 'node:path';
import { relativeFilesUnder } from '../../lib/files.ts';
import { isPageFile, pageExtensions } from '../../model/files.ts';
import type { CheckPage } from '../site/pages.ts';
import { classifyHref } from './classify.ts';
import type { LinkResolver } from './resolve.ts';

const folderPages = ['README.md', 'readme.md', 'index.md', 'index.mdx', '_index.md', 'README.mdx'];

/**
 * Links resolved against a folder of Markdown, as GitHub and static-site generators do: relative
 * to the file, `x.md` or `x` or `x.html` or `x/` for the page `x.md`, a folder for its README.md,
 * index.md or _index.md; `/x` from the folder's root. Anchors by GitHub's slug rule. A relative
 * link that climbs out of the folder (`../../scripts/x.sh` from `docs/a/b.md`) names a file of the
 * repository beside the docs, which is looked for on disk.
 */
export function treeResolver(docsDir: string, pages: readonly CheckPage[]): LinkResolver {
  const files = new Set(relativeFilesUnder(docsDir));
  const folders = foldersOf(files);
  const byFile = new Map(pages.map((page) => [page.model.relative, page]));
  const pageAt = (file: string | undefined) => (file ? byFile.get(file) : undefined);
  return {
    where: 'in the folder',
    resolve(page, href) {
      const target = classifyHref(href, `/${page.model.relative}`);
      if (target.kind !== 'internal') return undefined;
      const { fragment } = target;
      const outside = outsideFolder(page.model.relative, href);
      if (outside !== undefined) {
        return existsSync(path.resolve(docsDir, outside))
          ? { found: true, path: outside, fragment, ids: undefined }
          : { found: false, path: outside, fragment };
      }
      const asked = target.path.replace(/^\/+/, '');
      const file =
        asked === '' && href.trim().startsWith('#') ? page.model.relative : fileFor(asked, files, folders);
      if (file === undefined) return { found: false, path: `/${asked}`, fragment };
      const linked = pageAt(file);
      return { found: true, path: `/${file}`, fragment, ids: linked ? linked.model.ids : undefined };
    },
  };
}

/**
 * The path, from the folder, of a relative link that leaves it (`../x.sh`); undefined for a link
 * that stays inside, which URL resolution (as a browser does) handles.
 */
function outsideFolder(from: string, href: string): string | undefined {
  const linkPath = href.trim().split(/[?#]/)[0]!;
  if (linkPath === '' || linkPath.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(linkPath)) return undefined;
  let decoded = linkPath;
  try {
    decoded = decodeURI(linkPath);
  } catch {
    // Left as written: a stray % is a file name character here.
  }
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), decoded));
  return joined === '..' || joined.startsWith('../') ? joined : undefined;
}

/** The file a path names: itself, its Markdown source, or its folder's page; a bare folder opens as a listing. */
function fileFor(
  asked: string,
  files: ReadonlySet<string>,
  folders: ReadonlySet<string>,
): string | undefined {
  const bare = asked.replace(/\/+$/, '');
  const stem = bare.replace(/\.html?$/i, '');
  const candidates = [
    ...(asked.endsWith('/') ? [] : [bare]),
    ...(isPageFile(bare) ? [] : pageExtensions.map((extension) => `${stem}.${extension}`)),
    ...folderPages.map((name) => (stem ? `${stem}/${name}` : name)),
  ];
  return candidates.find((candidate) => files.has(candidate)) ?? (folders.has(stem) ? `${stem}/` : undefined);
}

/** Every folder that holds a file, `` for the root. */
function foldersOf(files: ReadonlySet<string>): Set<string> {
  const folders = new Set(['']);
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    parts.forEach((_, index) => folders.add(parts.slice(0, index + 1).join('/')));
  }
  return folders;
}
