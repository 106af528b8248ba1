import { fillInputs, storedInputValues } from './input-values.ts';

/**
 * Expressive Code's copy button copies its `data-code`. Just before its own click handler runs,
 * this sets that text to the command only (`data-copy` on console blocks: no prompt, no output)
 * with the page's filled-in values, and holds back the first click on a destructive block.
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
  button.dataset['source'] ??= button.dataset['code'] ?? '';
  const command = block?.dataset['copy'] ?? button.dataset['source'].replace(/\u007f/g, '\n');
  button.dataset['code'] = fillInputs(command, storedInputValues());
  if (block?.dataset['safety'] !== 'destructive') return;
  if (armed.has(button)) return disarm(button);
  event.stopImmediatePropagation();
  arm(button);
}

document.addEventListener('click', onCopyClick, { capture: true });
