import { fillInputs, storedInputValues } from './input-values.ts';

/**
 * Expressive Code's copy button copies its `data-code`. Just before its own click handler runs,
 * this sets that text to a shell block's `data-copy`, computed at build time by the shell-block
 * model (the commands only: no prompt, no output, no removed line), with the page's filled-in
 * values, and holds back the first click on a destructive block. It reads no command text itself.
 */
const confirmWindowMs = 4000;
const armed = new WeakMap<HTMLButtonElement, number>();

function disarm(button: HTMLButtonElement): void {
  window.clearTimeout(armed.get(button));
  armed.delete(button);
  button.parentElement?.querySelector('.copy-confirm')?.remove();
  button.title = button.dataset['title'] ?? button.title;
}

function arm(button: HTMLButtonElement): void {
  button.dataset['title'] ??= button.title;
  button.title = 'Destructive command: click again to copy it';
  const message = document.createElement('div');
  message.className = 'copy-confirm';
  message.textContent = 'Destructive: click again to copy';
  button.parentElement?.querySelector('[aria-live]')?.append(message);
  armed.set(
    button,
    window.setTimeout(() => disarm(button), confirmWindowMs),
  );
}

function onCopyClick(event: MouseEvent): void {
  const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>(
    '.expressive-code .copy button',
  );
  if (!button) return;
  const block = button.closest<HTMLElement>('.command-block');
  // Other blocks (YAML, SQL) keep Expressive Code's own text, filled in as shown; its line breaks
  // are DEL characters, which filling leaves alone. A shell block's text has real line breaks and
  // no DEL: the model has written each one as `[U+007F]`.
  button.dataset['source'] ??= button.dataset['code'] ?? '';
  const text = block?.dataset['copy'] ?? button.dataset['source'];
  button.dataset['code'] = fillInputs(text, storedInputValues());
  if (block?.dataset['safety'] !== 'destructive') return;
  if (armed.has(button)) return disarm(button);
  event.stopImmediatePropagation();
  arm(button);
}

document.addEventListener('click', onCopyClick, { capture: true });
