/**
 * Diagrams stay readable: a Mermaid SVG scaled to the column shrinks its text with it (to about 5 px
 * for a wide flowchart), so each diagram keeps a width at which its labels are at least 11 px and its
 * figure scrolls instead; a click (or Enter) opens it at full size in a dialog.
 */
const smallestText = 11;
// Mermaid's label size; measured labels would need layout before the page is shown.
const labelSize = 16;

function keepReadable(figure: HTMLElement): void {
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg')) {
    const natural = svg.viewBox.baseVal?.width;
    if (natural) svg.style.minWidth = `${Math.round((natural * smallestText) / labelSize)}px`;
  }
  figure.tabIndex = 0;
  figure.setAttribute('role', 'button');
  figure.setAttribute('aria-label', 'Diagram: open at full size');
  figure.addEventListener('click', () => openFullSize(figure));
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openFullSize(figure);
    }
  });
}

function openFullSize(figure: HTMLElement): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-zoom';
  dialog.setAttribute('aria-label', 'Diagram at full size');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'diagram-zoom-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  const copy = figure.cloneNode(true) as HTMLElement;
  copy.removeAttribute('role');
  copy.removeAttribute('tabindex');
  copy.removeAttribute('aria-label');
  // At full size; the ids stay, as each SVG's own styles select by them.
  for (const svg of copy.querySelectorAll<SVGSVGElement>('svg')) {
    svg.style.minWidth = '';
    const natural = svg.viewBox.baseVal?.width;
    if (natural) svg.style.width = `${natural}px`;
  }
  dialog.append(close, copy);
  dialog.addEventListener('close', () => dialog.remove());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  dialog.showModal();
}

for (const figure of document.querySelectorAll<HTMLElement>('.mermaid-figure')) keepReadable(figure);
