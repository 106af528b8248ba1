/**
 * The search dialog (Starlight 0.42's `site-search` element, see src/components/overrides/Search.astro)
 * with the handbook's additions: it opens at once, and what is typed before Pagefind's UI has loaded
 * goes into a plain field whose text is handed over when it has; queries are corrected against the
 * build's vocabulary (search-correct.ts); results start without the handbook's upkeep pages; excerpts
 * are sentences (search-excerpt.ts); a status line says what was corrected or why nothing matched.
 */
import { correctQuery, vocabularyFrom, type Correction, type Vocabulary } from './search-correct.ts';
import { sectionExcerpt, sentenceExcerpt, type Section } from './search-excerpt.ts';
import { showStatus, type Suggestion } from './search-status.ts';

interface Settings {
  translations: Record<string, string>;
  ranking: Record<string, number>;
  scope: { filter: string; value: string };
  suggestions: Suggestion[];
}

interface PagefindUI {
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
 * Pagefind reports only the filters it has loaded with each search's results, and the UI shows those:
 * a first search in the default scope would load one filter and hide the others. Loading them all
 * first (on the instance the UI shares, as search-warmup.ts does) keeps every filter in the panel.
 */
async function loadFilters(): Promise<void> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as {
    filters(): Promise<unknown>;
  };
  await pagefind.filters();
}

const savingData = () =>
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

async function loadVocabulary(): Promise<Vocabulary> {
  try {
    const response = await fetch(`${bundle}vocabulary.json`);
    return vocabularyFrom((await response.json()) as { words: [string, number][] });
  } catch (error) {
    console.warn('Search typo correction unavailable:', error);
    return new Map();
  }
}

class SiteSearch extends HTMLElement {
  #settings = JSON.parse(this.dataset['settings'] ?? '{}') as Settings;
  #dialog = this.querySelector('dialog')!;
  #ui: Promise<void> | undefined;
  #correction: Correction = { term: '', corrected: [], unknown: [] };

  connectedCallback(): void {
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    openBtn.addEventListener('click', (event) => this.open(event));
    this.querySelector('button[data-close-modal]')?.addEventListener('click', () => this.#dialog.close());
    this.#dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', this.#closeOnOutsideClick);
    });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
        if (this.#dialog.open) this.#dialog.close();
        else this.open();
        event.preventDefault();
      }
    });
    // A reader saving data loads search only on opening it (search-warmup.ts leaves it alone too).
    if (import.meta.env.DEV || savingData()) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
    idle(() => void this.mount());
  }

  open(event?: MouseEvent): void {
    this.#dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    this.querySelector('input')?.focus();
    event?.stopPropagation();
    window.addEventListener('click', this.#closeOnOutsideClick);
    if (!import.meta.env.DEV) void this.mount();
  }

  /** Closes on a click on a link or outside the dialog's frame, as Starlight's does. */
  #closeOnOutsideClick = (event: MouseEvent) => {
    const frame = this.querySelector('.dialog-frame')!;
    const target = event.target as Node;
    if ('href' in target || (document.body.contains(target) && !frame.contains(target))) this.#dialog.close();
  };

  /** Loads Pagefind's UI once, then hands it what was typed meanwhile. */
  mount(): Promise<void> {
    this.#ui ??= this.#createUI().catch((error: unknown) => console.error('Search failed to load:', error));
    return this.#ui;
  }

  async #createUI(): Promise<void> {
    const [{ PagefindUI }, vocabulary] = await Promise.all([
      // @ts-expect-error: @pagefind/default-ui ships no types.
      import('@pagefind/default-ui') as Promise<{ PagefindUI: new (options: object) => PagefindUI }>,
      loadVocabulary(),
      loadFilters(),
    ]);
    const container = this.querySelector<HTMLElement>('#starlight__search')!;
    const early = container.querySelector<HTMLInputElement>('.search-early-input');
    const typing = early !== null && document.activeElement === early;
    early?.remove();
    const { settings } = this;
    const ui = new PagefindUI({
      element: container,
      baseUrl: import.meta.env.BASE_URL,
      bundlePath: bundle,
      ranking: settings.ranking,
      showImages: false,
      translations: settings.translations,
      showSubResults: true,
      processTerm: (term: string) => this.#process(term, vocabulary),
      processResult: (result: ResultData) => this.#present(result),
    });
    const scope = { [settings.scope.filter]: [settings.scope.value] };
    ui.triggerFilters(scope);
    // Between the field and the results; Svelte adds the results later, after its own anchor.
    container.querySelector('.pagefind-ui__search-clear')?.after(this.querySelector('.search-status')!);
    this.#statusContext = { ui, scope, scopeValue: settings.scope.value };
    const field = container.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    if (early?.value) ui.triggerSearch(early.value);
    if (field && typing) {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    }
  }

  #statusContext: { ui: PagefindUI; scope: Record<string, string[]>; scopeValue: string } | undefined;

  get settings(): Settings {
    return this.#settings;
  }

  #process(term: string, vocabulary: Vocabulary): string {
    this.#correction = correctQuery(term, vocabulary);
    const status = this.querySelector<HTMLElement>('.search-status');
    if (status && this.#statusContext)
      showStatus(status, term, this.#correction, this.#settings.suggestions, this.#statusContext);
    return this.#correction.term;
  }

  #present(result: ResultData): ResultData {
    const terms = this.#correction.term.replace(/"/g, '').split(/\s+/);
    const { content } = result;
    if (!content) return result;
    result.excerpt = sentenceExcerpt(content, terms) ?? result.excerpt;
    for (const sub of result.sub_results)
      sub.excerpt = sectionExcerpt(content, sub, result.anchors ?? [], terms) ?? sub.excerpt;
    return result;
  }
}

customElements.define('site-search', SiteSearch);

// A page's own "Search the handbook" button (the 404 page has one) opens the dialog.
document.addEventListener('click', (event) => {
  if (!(event.target as Element | null)?.closest?.('[data-open-search]')) return;
  event.stopPropagation();
  document.querySelector<SiteSearch>('site-search')?.open();
});
