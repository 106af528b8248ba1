import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Successful URL checks kept between runs; failures are never kept, so they are always checked again. */
export interface UrlCache {
  get(url: string): number | undefined;
  set(url: string, status: number): void;
  save(): void;
}

const entrySchema = z.object({
  status: z.number().int().min(100).max(599),
  checkedAt: z.number(),
});
type Entry = z.infer<typeof entrySchema>;

/**
 * Opens `dir/urls.json`; none are read when `read` is false. An entry is used only while it is well
 * formed, younger than `ttlMs` and not from the future (a clock set wrong would otherwise hide a broken
 * URL for as long as it stays ahead); the rest are dropped and gone from the file on the next save.
 */
export function openUrlCache(dir: string, ttlMs: number, now: number, read: boolean): UrlCache {
  const file = path.join(dir, 'urls.json');
  const entries: Record<string, Entry> = {};
  for (const [url, value] of Object.entries(readCacheEntries(file))) {
    const entry = entrySchema.safeParse(value);
    if (entry.success && entry.data.checkedAt <= now && now - entry.data.checkedAt < ttlMs)
      entries[url] = entry.data;
  }
  return {
    get: (url) => (read ? entries[url]?.status : undefined),
    set: (url, status) => {
      entries[url] = { status, checkedAt: now };
    },
    save: () => {
      mkdirSync(dir, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: 1, entries }));
      renameSync(temporary, file);
    },
  };
}

/** The file's entries as written, or none when it is missing, not JSON or not of this version. */
function readCacheEntries(file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  const shape = z.object({ version: z.literal(1), entries: z.record(z.string(), z.unknown()) });
  const valid = shape.safeParse(parsed);
  return valid.success ? valid.data.entries : {};
}
