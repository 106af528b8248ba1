/**
 * The line above the search results that says what the search did with the reader's words: which typos
 * it corrected, which words no page contains (with pages to try instead of prefix matches), and that the
 * handbook's upkeep pages are left out, with the one click that brings them back.
 */
import type { Correction } from './search-correct.ts';

export interface Suggestion {
  label: string;
  href: string;
}

interface Context {
  /** The filter value that leaves the upkeep pages out. */
  scopeValue: string;
  ui: { triggerSearch(term: string): void };
  /** Brings the upkeep pages back, keeping the rest of the reader's scope. */
  includeUpkeep(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text: string,
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.append(text, ...children);
  return made;
}

function corrections(correction: Correction): HTMLElement | undefined {
  if (correction.corrected.length === 0) return undefined;
  const shown = correction.term.replace(/"/g, '');
  const fixed = correction.corrected.map(([typed, used]) => `${typed} → ${used}`).join(', ');
  return element(
    'p',
    'Showing results for ',
    element('strong', shown),
    document.createTextNode(` (${fixed}).`),
  );
}

function unknownWords(
  correction: Correction,
  query: string,
  suggestions: readonly Suggestion[],
  context: Context,
) {
  if (correction.unknown.length === 0) return [];
  const quoted = correction.unknown.map((word) => `“${word}”`).join(', ');
  const lines: HTMLElement[] = [
    element(
      'p',
      `No page in the handbook mentions ${quoted}. Try the words on your screen: the error message, the alert id or what users see.`,
    ),
  ];
  const rest = query
    .split(/\s+/)
    .filter((word) => word && !correction.unknown.includes(word))
    .join(' ');
  if (rest) {
    const without = element('button', `Search for “${rest}” instead`);
    without.type = 'button';
    without.addEventListener('click', () => context.ui.triggerSearch(rest));
    lines.push(element('p', '', without));
  }
  const list = element('ul', '');
  for (const suggestion of suggestions) {
    const link = element('a', suggestion.label);
    link.href = suggestion.href;
    list.append(element('li', '', link));
  }
  lines.push(element('p', 'Or start from: '), list);
  return lines;
}

function scopeNote(context: Context): HTMLElement {
  const include = element('button', 'Include them');
  include.type = 'button';
  include.addEventListener('click', () => context.includeUpkeep());
  return element(
    'p',
    'Pages about the handbook itself (contributing, checks, hosting) are left out. ',
    include,
  );
}

/** Fills `status` for the query just searched; empty when there is nothing worth saying. */
export function showStatus(
  status: HTMLElement,
  query: string,
  correction: Correction,
  suggestions: readonly Suggestion[],
  context: Context,
): void {
  // Until the filter panel has drawn, the search runs in the scope the dialog starts with.
  const box = status
    .closest('site-search')
    ?.querySelector<HTMLInputElement>(
      `.pagefind-ui__filter-checkbox[value="${CSS.escape(context.scopeValue)}"]`,
    );
  const scoped = box ? box.checked : true;
  const lines = [corrections(correction), ...unknownWords(correction, query, suggestions, context)];
  if (query.trim() && scoped) lines.push(scopeNote(context));
  status.replaceChildren(...lines.filter((line): line is HTMLElement => line !== undefined));
}
