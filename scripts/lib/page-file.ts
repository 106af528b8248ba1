import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';

/**
 * Longest file name stem, in UTF-8 bytes. File systems allow 255 bytes per name; a shorter stem keeps
 * URLs and sidebar paths readable and leaves room for the extension and editors' backup suffixes.
 */
export const maxStemBytes = 80;

/** `Rotate the signing key` → `rotate-the-signing-key`, cut at a word boundary to `maxStemBytes`. */
export function fileStem(title: string): string {
  const slug = new GithubSlugger().slug(title);
  return Buffer.byteLength(slug) <= maxStemBytes ? slug : shortenSlug(slug);
}

function shortenSlug(slug: string): string {
  let kept = '';
  for (const char of slug) {
    if (Buffer.byteLength(kept + char) > maxStemBytes) break;
    kept += char;
  }
  // Cut at the last whole word when there is one, and never end on a hyphen.
  const lastHyphen = kept.lastIndexOf('-');
  const cut = lastHyphen > maxStemBytes / 2 ? kept.slice(0, lastHyphen) : kept;
  return cut.replace(/-+$/, '');
}

/**
 * The folder `--dir` names, as an absolute path inside `docsRoot`, or an error message when it points
 * outside (`../../x`, an absolute path, or a symbolic link leading out).
 */
export function folderInsideDocs(docsRoot: string, dir: string): { folder: string } | { error: string } {
  const root = path.resolve(docsRoot);
  const folder = path.resolve(root, dir);
  const outside = `--dir "${dir}" points outside ${docsRoot}; name a folder under it, such as "runbooks".`;
  if (!isInside(root, folder)) return { error: outside };
  const existing = nearestExisting(folder);
  if (existsSync(root) && !isInside(realpathSync(root), realpathSync(existing))) return { error: outside };
  return { folder };
}

const isInside = (root: string, target: string) => {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

function nearestExisting(folder: string): string {
  let current = folder;
  while (!existsSync(current)) current = path.dirname(current);
  return current;
}
