/**
 * `/` opens search from anywhere but a text field (Starlight already opens it on Ctrl/Cmd+K), and
 * the arrow keys walk from the search field through the results (the quick answers first) and back.
 */
const searchButton = () => document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));

function openOnSlash(event: KeyboardEvent): void {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const open = searchButton();
  if (!open || open.disabled || open.closest('site-search')?.querySelector('dialog[open]')) return;
  event.preventDefault();
  open.click();
}

function walkResults(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const dialog = (event.target as Element | null)?.closest?.('site-search dialog');
  if (!dialog) return;
  const field = dialog.querySelector<HTMLInputElement>('input[type=text], input[type=search]');
  const stops = [
    ...dialog.querySelectorAll<HTMLElement>(
      '.search-quick:not([hidden]) .search-quick__link, .pagefind-ui__result-link, .pagefind-ui__results-area > button',
    ),
  ];
  if (stops.length === 0) return;
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (at === -1 && (event.target !== field || event.key === 'ArrowUp')) return;
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : at - 1;
  event.preventDefault();
  (next < 0 ? field : stops[next])?.focus();
}

/**
 * Starlight's button is named "Search" but shows "Search Ctrl K" run together: give the shortcut
 * words spaces and put them in the name, so what is seen is what is announced (WCAG 2.5.3).
 */
function nameShortcut(button: HTMLButtonElement): void {
  const keys = [...button.querySelectorAll(':scope > kbd > kbd')];
  if (keys.length === 0) return;
  for (const key of keys) key.before(' ');
  button.setAttribute('aria-keyshortcuts', `${button.getAttribute('aria-keyshortcuts') ?? ''} /`.trim());
  button.setAttribute('aria-label', [button.ariaLabel, ...keys.map((key) => key.textContent)].join(' '));
}

/** Pagefind's field has a placeholder and a title but no label; name it when it gets focus. */
function labelSearchField(event: FocusEvent): void {
  const field = event.target as HTMLElement;
  if (field.matches?.('.pagefind-ui__search-input') && !field.hasAttribute('aria-label'))
    field.setAttribute('aria-label', field.getAttribute('placeholder') ?? 'Search');
}

const button = searchButton();
if (button) nameShortcut(button);
window.addEventListener('keydown', openOnSlash);
document.addEventListener('keydown', walkResults);
document.addEventListener('focusin', labelSearchField);
