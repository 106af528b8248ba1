import { declaredInputs, referencePattern, storeInputValue, storedInputValues } from './input-values.ts';

/**
 * The fill-once form: enables its fields, keeps what the reader types in sessionStorage, and shows
 * the values in every command on the page. Without JavaScript the commands keep `$NAME`.
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

if (form && content) {
  const pattern = referencePattern(declaredInputs());
  if (pattern) for (const code of content.querySelectorAll('code')) markReferences(code, pattern);
  const values = storedInputValues();
  for (const field of form.querySelectorAll<HTMLInputElement>('input[name]')) {
    field.value = values.get(field.name) ?? '';
    field.disabled = false;
  }
  form.addEventListener('input', (event) => {
    const field = event.target as HTMLInputElement;
    storeInputValue(field.name, field.value.trim());
    showValues();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => {
    for (const name of declaredInputs()) storeInputValue(name, '');
    // The reset itself runs after this listener; show the `$NAME` forms once it has.
    setTimeout(showValues);
  });
  form.classList.add('is-ready');
  showValues();
}
