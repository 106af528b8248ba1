import { createHash } from 'node:crypto';

/** One built file: its path relative to the build directory, with `/` separators, and its SHA-256. */
export interface HashedFile {
  path: string;
  digest: Uint8Array;
}

/** What the service worker keeps: each URL with a hash of its content, and a version for the whole set. */
export interface Precache {
  /** Changes whenever any file's URL or content changes, so every deploy installs a new worker. */
  version: string;
  /** `[url, revision]` pairs, sorted by URL; a revision lets a new worker reuse unchanged files. */
  entries: [url: string, revision: string][];
}

const shortHash = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** The URL a browser asks for to get `file`: pages by their directory (`runbooks/restart/`). */
export function urlOf(file: string, base: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return `${base}${file.slice(0, -'index.html'.length)}`;
  return `${base}${file}`;
}

/** The precache manifest of a build served under `base` (`/` or `/handbook/`). */
export function precacheManifest(files: readonly HashedFile[], base: string): Precache {
  const entries = files
    .map((file): [string, string] => [
      urlOf(file.path, base),
      Buffer.from(file.digest).toString('hex').slice(0, 16),
    ])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { version: shortHash(entries.map((entry) => entry.join(' ')).join('\n')), entries };
}
