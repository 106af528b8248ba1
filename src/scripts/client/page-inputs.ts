import {
  declaredInputs,
  inputOrigin,
  referencePattern,
  storeInputValue,
  storedInputValues,
} from './input-values.ts';
import { applyLinkValues } from './link-values.ts';
import { refusal } from './value-rules.ts';

/**
 * The fill-once form: enables its fields, takes values from the page's link, keeps what the reader
 * types in sessionStorage, and shows the values in every command on the page. A value the input's
 * `pattern` or the control-character rule refuses is not used, and the field says why. Without
 * JavaScript the commands keep `$NAME`.
 */
const form = document.querySelector<HTMLFormElement>('[data-page-inputs]');
const content = document.querySelector('.sl-markdown-content');

/** Wraps each reference in `<span class="input-ref">`, even where highlighting split it. */
function markReferences(scope: Element, pattern: RegExp): void {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const text = nodes.map((node) => node.data).join('');
  let offset = 0;
  const spans = nodes.map((node) => ({ node, from: offset, to: (offset += node.data.length) }));
  // Last match first: splitting a node keeps the text before the split where it was.
  for (const match of [...text.matchAll(pattern)].reverse()) {
    const start = match.index;
    const end = start + match[0].length;
    const parts = spans
      .filter((span) => span.to > start && span.from < end)
      .map((span) => ({
        node: span.node,
        from: Math.max(start, span.from) - span.from,
        to: Math.min(end, span.to) - span.from,
      }));
    parts.forEach(({ node, from, to }, index) => {
      const piece = node.splitText(from);
      piece.splitText(to - from);
      const span = document.createElement('span');
      span.className = 'input-ref';
      span.dataset['input'] = match[1] ?? match[2] ?? '';
      span.dataset['raw'] = piece.data;
      if (index > 0) span.dataset['rest'] = '';
      piece.replaceWith(span);
      span.append(piece);
    });
  }
}

function showValues(): void {
  const values = storedInputValues();
  for (const span of document.querySelectorAll<HTMLElement>('.input-ref')) {
    const value = values.get(span.dataset['input'] ?? '');
    span.textContent =
      value === undefined ? (span.dataset['raw'] ?? '') : 'rest' in span.dataset ? '' : value;
    span.classList.toggle('is-filled', value !== undefined);
  }
}

/** The line under a field: where its value came from, or why a value was refused. */
function showStatus(field: HTMLInputElement, refused?: string): void {
  const status = document.getElementById(`${field.id}-status`);
  const fromLink = !refused && inputOrigin(field.name) === 'link';
  field.closest('.page-input')?.classList.toggle('is-from-link', fromLink);
  field.setAttribute('aria-invalid', String(refused !== undefined));
  status?.classList.toggle('page-input-refusal', refused !== undefined);
  status?.classList.toggle('page-input-origin', fromLink);
  if (status)
    status.textContent =
      refused ?? (fromLink ? 'From the link you followed: check it before you run anything.' : '');
}

function onInput(field: HTMLInputElement): void {
  const value = field.value.trim();
  const why = value ? refusal(value, field.dataset['pattern']) : undefined;
  storeInputValue(field.name, why ? '' : value);
  showStatus(field, why && `Not used: ${why}.`);
  showValues();
}

if (form && content) {
  const pattern = referencePattern(declaredInputs());
  if (pattern) for (const code of content.querySelectorAll('code')) markReferences(code, pattern);
  const fromLink = applyLinkValues();
  const values = storedInputValues();
  for (const field of form.querySelectorAll<HTMLInputElement>('input[name]')) {
    field.value = values.get(field.name) ?? '';
    field.disabled = false;
    const refused = fromLink.refused.get(field.name);
    showStatus(field, refused && `Not filled from the link: ${refused}.`);
  }
  form.addEventListener('input', (event) => onInput(event.target as HTMLInputElement));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => {
    for (const name of declaredInputs()) storeInputValue(name, '');
    for (const field of form.querySelectorAll<HTMLInputElement>('input[name]')) showStatus(field);
    // The reset itself runs after this listener; show the `$NAME` forms once it has.
    setTimeout(showValues);
  });
  form.classList.add('is-ready');
  showValues();
}
