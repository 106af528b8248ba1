import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Written next to Pagefind's files; read by src/scripts/client/search-warmup.ts. */
export const warmUpListFile = 'warm-up.json';

/** The part of Pagefind's `pagefind-entry.json` this reads: each language's index hash, wasm, pages. */
const pagefindEntry = z.object({
  languages: z.record(
    z.string(),
    z.object({ hash: z.string(), wasm: z.string().optional(), page_count: z.number() }),
  ),
});

/** Excerpts are worth having at hand for a handbook's pages, not for a site of thousands. */
const excerptPageLimit = 300;

/** What a page warms up for its language. */
export interface WarmUp {
  /** Paths relative to the Pagefind bundle directory. */
  files: string[];
  /** Whether `files` includes every page's excerpts, so the page should load them all. */
  excerpts: boolean;
}

/**
 * Lists, for each language, every file a search can need (excerpts only up to `excerptPageLimit` pages).
 * Left to itself Pagefind discovers them one round trip after another (runtime, worker, entry, meta,
 * then index chunks and excerpts); with the list the page fetches them all at once.
 */
export function writeWarmUpList(bundleDir: string): void {
  const entryFile = path.join(bundleDir, 'pagefind-entry.json');
  const entry = pagefindEntry.parse(JSON.parse(readFileSync(entryFile, 'utf8')));
  const chunks = readdirSync(bundleDir, { recursive: true })
    .map((file) => String(file).split(path.sep).join('/'))
    .filter((file) => /^(index|filter|fragment)\//.test(file));
  const languages = Object.fromEntries(
    Object.entries(entry.languages).map(([code, language]): [string, WarmUp] => {
      const prefix = `${language.hash.split('_')[0]}_`;
      const excerpts = language.page_count <= excerptPageLimit;
      const own = chunks.filter(
        (file) => file.split('/')[1]!.startsWith(prefix) && (excerpts || !file.startsWith('fragment/')),
      );
      const wasm = language.wasm ? [`wasm.${language.wasm}.pagefind`] : [];
      const runtime = ['pagefind.js', 'pagefind-worker.js', ...wasm, `pagefind.${language.hash}.pf_meta`];
      return [code, { files: [...runtime, ...own], excerpts }];
    }),
  );
  writeFileSync(path.join(bundleDir, warmUpListFile), JSON.stringify({ languages }));
}
