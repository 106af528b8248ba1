import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Successful URL checks kept between runs; failures are never kept, so they are always checked again. */
export interface UrlCache {
  get(url: string): number | undefined;
  set(url: string, status: number): void;
  save(): void;
}

interface CacheFile {
  version: 1;
  entries: Record<string, { status: number; checkedAt: number }>;
}

/** Opens `dir/urls.json`; entries older than `ttlMs` are dropped, and none are read when `read` is false. */
export function openUrlCache(dir: string, ttlMs: number, now: number, read: boolean): UrlCache {
  const file = path.join(dir, 'urls.json');
  const entries: CacheFile['entries'] = {};
  for (const [url, entry] of Object.entries(readCacheFile(file)?.entries ?? {})) {
    if (now - entry.checkedAt < ttlMs) entries[url] = entry;
  }
  return {
    get: (url) => (read ? entries[url]?.status : undefined),
    set: (url, status) => {
      entries[url] = { status, checkedAt: now };
    },
    save: () => {
      mkdirSync(dir, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: 1, entries } satisfies CacheFile));
      renameSync(temporary, file);
    },
  };
}

function readCacheFile(file: string): CacheFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return parsed.version === 1 && typeof parsed.entries === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
