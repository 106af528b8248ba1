/**
 * Shows the compact incident index's answers (search-quick.ts) in the search dialog, above where
 * Pagefind's full-text results appear, until Pagefind has results of its own to show.
 */
import type { QuickResult } from './search-quick.ts';

function resultItem(result: QuickResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-quick__result';
  const link = document.createElement('a');
  link.className = 'search-quick__link';
  link.href = result.href;
  link.textContent = result.title;
  const kind = document.createElement('span');
  kind.className = 'search-quick__kind';
  kind.textContent = result.kind;
  const excerpt = document.createElement('p');
  excerpt.className = 'search-quick__excerpt';
  excerpt.textContent = result.excerpt;
  item.append(link, ' ', kind, excerpt);
  return item;
}

/** Fills `box` with `results`; hides it when there are none. */
export function showQuickResults(box: HTMLElement, results: readonly QuickResult[]): void {
  const list = document.createElement('ul');
  list.className = 'search-quick__results';
  list.append(...results.map(resultItem));
  const note = document.createElement('p');
  note.className = 'search-quick__note';
  note.textContent = 'Quick answers from the incident index';
  box.replaceChildren(note, list);
  box.hidden = results.length === 0;
}

/** Whether Pagefind's own results are on screen in `container` (its placeholders do not count). */
export const fullResultsShown = (container: Element) =>
  container.querySelector('.pagefind-ui__result-link') !== null;
