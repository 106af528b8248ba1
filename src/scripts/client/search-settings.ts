/** What src/components/overrides/Search.astro hands the search dialog in `data-settings`. */
import type { Suggestion } from './search-status.ts';

export interface SearchSettings {
  translations: Record<string, string>;
  ranking: Record<string, number>;
  /** The filter whose value leaves the handbook's upkeep pages out (search-scope.ts). */
  scope: { filter: string; value: string };
  /** The service of the page search is opened from: results start narrowed to it. */
  service?: { filter: string; value: string } | undefined;
  suggestions: Suggestion[];
}

/** What the full-text search needs of the dialog it runs in. */
export interface SearchHost {
  readonly element: HTMLElement;
  readonly settings: SearchSettings;
  /** The Pagefind filters the reader's scope stands for now. */
  filters(): Record<string, string[]>;
  /** Brings the upkeep pages back, keeping the rest of the scope. */
  includeUpkeep(): void;
}
