/**
 * Pagefind's full-text search in the dialog, loaded when the reader opens it (its UI and runtime are
 * most of search's weight, and a page view that never searches should not pay for them): typo
 * correction against the build's vocabulary (search-correct.ts), sentence excerpts
 * (search-excerpt.ts), a status line (search-status.ts), and the field's text handed over from the
 * plain field the reader may already have typed into.
 */
import { correctQuery, vocabularyFrom, type Correction, type Vocabulary } from './search-correct.ts';
import { sectionExcerpt, sentenceExcerpt, type Section } from './search-excerpt.ts';
import type { SearchHost } from './search-settings.ts';
import { showStatus } from './search-status.ts';

export interface PagefindUI {
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
}

interface ResultData {
  url: string;
  content?: string;
  excerpt: string;
  sub_results: (Section & { excerpt: string })[];
  /** Every heading of the page with the index of its first word. */
  anchors?: { location: number }[];
}

const bundle = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`;

/**
 * Pagefind discovers its files one round trip after another (runtime, worker, wasm, entry, metadata);
 * asking for them all at once, from the build's list (src/integrations/search/warm-up-list.ts), saves
 * those round trips on a slow link. Index chunks and excerpts are left to the query that needs them.
 */
async function prefetchRuntime(): Promise<void> {
  const list = (await (await fetch(`${bundle}warm-up.json`)).json()) as {
    languages: Record<string, { files: string[] }>;
  };
  const lang = document.documentElement.lang.toLowerCase();
  const own = list.languages[lang] ?? Object.values(list.languages)[0];
  const runtime = (own?.files ?? []).filter((file) => !/^(index|fragment)\//.test(file));
  await Promise.all(runtime.map(async (file) => (await fetch(`${bundle}${file}`)).arrayBuffer()));
}

/**
 * Pagefind reports only the filters it has loaded with each search's results, and the UI shows those:
 * a first search in the default scope would load one filter and hide the others. Loading them all
 * first (on the instance the UI shares) keeps every filter in the panel.
 */
async function loadFilters(): Promise<void> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as {
    filters(): Promise<unknown>;
  };
  await pagefind.filters();
}

async function loadVocabulary(): Promise<Vocabulary> {
  try {
    const response = await fetch(`${bundle}vocabulary.json`);
    return vocabularyFrom((await response.json()) as { words: [string, number][] });
  } catch (error) {
    console.warn('Search typo correction unavailable:', error);
    return new Map();
  }
}

/** Loads Pagefind's UI into the dialog of `host`, then hands it what was typed meanwhile. */
export async function createFullSearch(host: SearchHost): Promise<PagefindUI> {
  // Only a head start: Pagefind fetches whatever this could not, so a failure here changes nothing.
  void prefetchRuntime().catch(() => {});
  const [{ PagefindUI }, vocabulary] = await Promise.all([
    // @ts-expect-error: @pagefind/default-ui ships no types.
    import('@pagefind/default-ui') as Promise<{ PagefindUI: new (options: object) => PagefindUI }>,
    loadVocabulary(),
    loadFilters(),
  ]);
  const { element, settings } = host;
  const container = element.querySelector<HTMLElement>('#starlight__search')!;
  const early = container.querySelector<HTMLInputElement>('.search-early-input');
  const typing = early !== null && document.activeElement === early;
  early?.remove();
  let correction: Correction = { term: '', corrected: [], unknown: [] };
  let ready = false;
  const status = element.querySelector<HTMLElement>('.search-status')!;
  const ui = new PagefindUI({
    element: container,
    baseUrl: import.meta.env.BASE_URL,
    bundlePath: bundle,
    ranking: settings.ranking,
    showImages: false,
    translations: settings.translations,
    showSubResults: true,
    processTerm: (term: string) => {
      correction = correctQuery(term, vocabulary);
      if (ready) showStatus(status, term, correction, settings.suggestions, context);
      return correction.term;
    },
    processResult: (result: ResultData) => present(result, correction),
  });
  const context = { ui, scopeValue: settings.scope.value, includeUpkeep: () => host.includeUpkeep() };
  ui.triggerFilters(host.filters());
  // Between the field and the results; Svelte adds the results later, after its own anchor.
  const clear = container.querySelector('.pagefind-ui__search-clear');
  clear?.after(...element.querySelectorAll('.search-service, .search-status, .search-quick'));
  ready = true;
  const field = container.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  if (early?.value) ui.triggerSearch(early.value);
  if (field && typing) {
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }
  return ui;
}

function present(result: ResultData, correction: Correction): ResultData {
  const terms = correction.term.replace(/"/g, '').split(/\s+/);
  const { content } = result;
  if (!content) return result;
  result.excerpt = sentenceExcerpt(content, terms) ?? result.excerpt;
  for (const sub of result.sub_results)
    sub.excerpt = sectionExcerpt(content, sub, result.anchors ?? [], terms) ?? sub.excerpt;
  return result;
}
