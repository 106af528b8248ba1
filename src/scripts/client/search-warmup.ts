/**
 * Readies search while the reader looks at the page. Left to itself, Pagefind loads its runtime, its
 * worker, its entry file, its metadata, an index chunk and then the excerpts of the results one after
 * another when the first query is typed: six round trips, 2 s each on a slow 3G link. Here the build's
 * list of search files (src/integrations/search/warm-up-list.ts) is fetched into the browser's cache all
 * at once, while Pagefind starts up from the same runtime URL Starlight's search box imports, so the box
 * gets this same, already loaded, instance and the first results come from memory.
 * Readers who asked to save data are left alone.
 */
import type { WarmUp } from '../../integrations/search/warm-up-list.ts';

interface PagefindResult {
  data(): Promise<unknown>;
}
interface Pagefind {
  preload(term: string): Promise<void>;
  filters(): Promise<unknown>;
  search(term: null): Promise<{ results: PagefindResult[] }>;
}

// bench/weak-connection.ts reads this mark to report how long after navigation search was ready.
const searchReadyMark = 'handbook:search-ready';
// The offline copy waits for this (src/integrations/offline/integration.ts), so it never competes.
const warmEvent = 'handbook:search-warm';
// Where Starlight's search box imports the runtime from (see its Search component).
const bundle = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`;
// Pagefind splits its word index into chunks by alphabetical range; one-character prefixes reach them all.
const everyIndexChunk = [...'abcdefghijklmnopqrstuvwxyz0123456789'].join(' ');

/** The build's list of search files for the page's language (src/integrations/search/warm-up-list.ts). */
async function warmUpList(): Promise<WarmUp> {
  const list = (await (await fetch(`${bundle}warm-up.json`)).json()) as { languages: Record<string, WarmUp> };
  const lang = document.documentElement.lang.toLowerCase();
  const own = list.languages[lang] ?? Object.values(list.languages)[0];
  if (!own) throw new Error('the search index has no language');
  return own;
}

/** Fetches every listed file into the HTTP cache at once; reading each body to the end stores it. */
async function prefetch(files: readonly string[]): Promise<void> {
  await Promise.all(files.map(async (file) => (await fetch(`${bundle}${file}`)).arrayBuffer()));
}

async function warmSearch(): Promise<void> {
  const list = warmUpList();
  const prefetched = list.then((own) => prefetch(own.files));
  // Pagefind starts up meanwhile; the files it asks for arrive through the cache.
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await Promise.all([pagefind.preload(everyIndexChunk), pagefind.filters()]);
  if ((await list).excerpts) {
    // A search without a term lists every page; reading each one's data loads every excerpt.
    const { results } = await pagefind.search(null);
    await Promise.all(results.map((result) => result.data()));
  }
  await prefetched;
  performance.mark(searchReadyMark);
}

const savingData = () =>
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

function warmWhenIdle(): void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
  idle(() =>
    warmSearch()
      .catch((error: unknown) => console.warn('Search not warmed up:', error))
      .finally(() => window.dispatchEvent(new Event(warmEvent))),
  );
}

// `astro dev` has no search index. A built page warms up as soon as it is interactive: its own text is
// on screen by then, and what little it still loads is small.
const warmUp =
  import.meta.env.DEV || savingData() ? () => window.dispatchEvent(new Event(warmEvent)) : warmWhenIdle;
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', warmUp, { once: true });
else warmUp();
