import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { relativeFilesUnder } from '../../lib/files.ts';

/** Written next to Pagefind's files; src/scripts/client/search-warmup.ts fetches it by this name. */
const warmUpListFile = 'warm-up.json';

/** The part of Pagefind's `pagefind-entry.json` this reads: each language's index hash, wasm, pages. */
const pagefindEntry = z.object({
  languages: z.record(
    z.string(),
    z.object({ hash: z.string(), wasm: z.string().optional(), page_count: z.number() }),
  ),
});

/** Excerpts are worth having at hand for a handbook's pages, not for a site of thousands. */
const excerptPageLimit = 300;

/**
 * Pagefind's chunk directories, in the order the page should fetch them (a browser fetches six at a time
 * from one host over HTTP/1.1): the word index any query needs, the filters, then the excerpts.
 */
const chunkKinds = ['index', 'filter', 'fragment'];
const kindRank = (file: string) => chunkKinds.indexOf(file.split('/')[0]!);

/** What a page warms up for its language. */
export interface WarmUp {
  /** Paths relative to the Pagefind bundle directory. */
  files: string[];
  /** Whether `files` includes every page's excerpts, so the page should load them all. */
  excerpts: boolean;
}

type Language = z.infer<typeof pagefindEntry>['languages'][string];

/**
 * Lists, for each language, every file a search can need (excerpts only up to `excerptPageLimit` pages).
 * Left to itself Pagefind discovers them one round trip after another (runtime, worker, entry, meta,
 * then index chunks and excerpts); with the list the page fetches them all at once.
 */
export function writeWarmUpList(bundleDir: string): void {
  const chunks = chunkFiles(bundleDir);
  const languages = Object.fromEntries(
    Object.entries(readEntry(bundleDir).languages).map(([code, language]) => [
      code,
      warmUpFor(language, chunks),
    ]),
  );
  writeFileSync(path.join(bundleDir, warmUpListFile), JSON.stringify({ languages }));
}

function readEntry(bundleDir: string): z.infer<typeof pagefindEntry> {
  const entryFile = path.join(bundleDir, 'pagefind-entry.json');
  const parsed = pagefindEntry.safeParse(JSON.parse(readFileSync(entryFile, 'utf8')));
  if (!parsed.success)
    throw new Error(`${entryFile}: not the Pagefind entry this reads: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Every chunk file of every language, in fetching order. */
function chunkFiles(bundleDir: string): string[] {
  return relativeFilesUnder(bundleDir)
    .filter((file) => chunkKinds.some((kind) => file.startsWith(`${kind}/`)))
    .sort((a, b) => kindRank(a) - kindRank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function warmUpFor(language: Language, chunks: readonly string[]): WarmUp {
  // Chunk names start with the language's code: `en_8330c7a.pf_index` for the index hash `en_b8b1e70f55`.
  const prefix = `${language.hash.split('_')[0]}_`;
  const excerpts = language.page_count <= excerptPageLimit;
  const own = chunks.filter(
    (file) => file.split('/')[1]!.startsWith(prefix) && (excerpts || !file.startsWith('fragment/')),
  );
  const wasm = language.wasm ? [`wasm.${language.wasm}.pagefind`] : [];
  return {
    files: ['pagefind.js', 'pagefind-worker.js', ...wasm, `pagefind.${language.hash}.pf_meta`, ...own],
    excerpts,
  };
}
