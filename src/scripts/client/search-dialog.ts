/**
 * The search dialog (Starlight 0.42's `site-search` element, see src/components/overrides/Search.astro)
 * with the handbook's additions. It opens at once, into a plain field; every keystroke is answered at
 * once from the compact incident index inside the page (search-quick.ts), while Pagefind's full-text
 * search (search-full.ts) loads behind it, only once the reader opens search, and takes over the field
 * and the results when it has them. Results start without the handbook's upkeep pages and narrowed to
 * the service of the page, each one click from widening.
 */
import type { IncidentEntry } from '../../integrations/search/incident-index.ts';
import { quickIndexFrom, quickSearch, type QuickIndex } from './search-quick.ts';
import { fullResultsShown, showQuickResults } from './search-quick-view.ts';
import { showServiceScope } from './search-service.ts';
import type { PagefindUI } from './search-full.ts';
import type { SearchHost, SearchSettings } from './search-settings.ts';

/** Fired once the full-text search has loaded (or failed to): search-warmup.ts waits for it. */
const fullSearchEvent = 'handbook:search-full';

class SiteSearch extends HTMLElement implements SearchHost {
  readonly settings = JSON.parse(this.dataset['settings'] ?? '{}') as SearchSettings;
  readonly element = this;
  #dialog = this.querySelector('dialog')!;
  #full: Promise<PagefindUI | undefined> | undefined;
  #ui: PagefindUI | undefined;
  #index: QuickIndex | undefined;
  #upkeepHidden = true;
  #narrowed = this.settings.service !== undefined;
  #query = '';

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
    // The plain field first, then Pagefind's: both are answered from the compact index as typed.
    this.addEventListener('input', (event) => {
      const field = event.target as HTMLInputElement;
      if (field.matches('.search-early-input, .pagefind-ui__search-input')) this.#answer(field.value);
    });
    new MutationObserver(() => this.#yieldToFullResults()).observe(this.#dialog, {
      childList: true,
      subtree: true,
    });
    this.#showScope();
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

  /** Loads Pagefind's full-text search once; resolves when it is in place (or has failed). */
  mount(): Promise<PagefindUI | undefined> {
    this.#full ??= import('./search-full.ts')
      .then(({ createFullSearch }) => createFullSearch(this))
      .then((ui) => (this.#ui = ui))
      .catch((error: unknown) => {
        console.error('Full-text search failed to load:', error);
        return undefined;
      })
      .finally(() => window.dispatchEvent(new Event(fullSearchEvent)));
    return this.#full;
  }

  /** Whether the reader has opened search, so full-text search is loading or loaded. */
  get searching(): boolean {
    return this.#full !== undefined;
  }

  filters(): Record<string, string[]> {
    const { scope, service } = this.settings;
    return {
      ...(this.#upkeepHidden ? { [scope.filter]: [scope.value] } : {}),
      ...(this.#narrowed && service ? { [service.filter]: [service.value] } : {}),
    };
  }

  includeUpkeep(): void {
    this.#upkeepHidden = false;
    this.#ui?.triggerFilters(this.filters());
  }

  #widen(): void {
    this.#narrowed = false;
    this.#showScope();
    this.#ui?.triggerFilters(this.filters());
    this.#answer(this.#query);
  }

  #showScope(): void {
    const line = this.querySelector<HTMLElement>('.search-service');
    const service = this.#narrowed ? this.settings.service?.value : undefined;
    if (line) showServiceScope(line, service, () => this.#widen());
  }

  /** The compact index, read from the page the first time it is needed. */
  #quickIndex(): QuickIndex {
    const data = this.querySelector<HTMLElement>('[data-incident-index]')?.dataset['incidentIndex'] ?? '[]';
    this.#index ??= quickIndexFrom(JSON.parse(data) as IncidentEntry[]);
    return this.#index;
  }

  #answer(query: string): void {
    this.#query = query;
    const box = this.querySelector<HTMLElement>('.search-quick');
    if (!box) return;
    const service = this.#narrowed ? this.settings.service?.value : undefined;
    showQuickResults(box, query.trim() ? quickSearch(this.#quickIndex(), query, service) : []);
    this.#yieldToFullResults();
  }

  /** Pagefind's results, once on screen, replace the quick answers; an empty answer does not. */
  #yieldToFullResults(): void {
    const box = this.querySelector<HTMLElement>('.search-quick');
    if (box && !box.hidden && fullResultsShown(this)) box.hidden = true;
  }
}

customElements.define('site-search', SiteSearch);

// A page's own "Search the handbook" button (the 404 page has one) opens the dialog.
document.addEventListener('click', (event) => {
  if (!(event.target as Element | null)?.closest?.('[data-open-search]')) return;
  event.stopPropagation();
  document.querySelector<SiteSearch>('site-search')?.open();
});
