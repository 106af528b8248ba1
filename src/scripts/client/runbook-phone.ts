/**
 * A runbook's first phone screen: when to use it and its first action. Its facts (kind, review, owner,
 * time, alerts, undo) and the form for command values fold under one summary below them; on a wider
 * screen nothing moves.
 */
const phone = window.matchMedia('(max-width: 50rem)');

/** The first step's heading (the first h3 after "Steps"), as a link. */
function firstAction(): HTMLElement | undefined {
  let wrapper = document.getElementById('steps')?.closest('.sl-heading-wrapper')?.nextElementSibling;
  while (wrapper && !wrapper.querySelector('h3') && !wrapper.matches('.level-h2'))
    wrapper = wrapper.nextElementSibling;
  const step = wrapper?.querySelector('h3');
  if (!step?.id) return undefined;
  const line = document.createElement('p');
  line.className = 'runbook-first-action';
  const link = document.createElement('a');
  link.href = `#${step.id}`;
  link.textContent = step.textContent ?? '';
  line.append('First action: ', link);
  return line;
}

function foldFacts(header: HTMLElement): void {
  const fold = document.createElement('details');
  fold.className = 'runbook-facts-fold';
  const summary = document.createElement('summary');
  summary.textContent = 'Page facts, alerts, owner, undo and command values';
  const facts = document.createElement('dl');
  facts.className = 'runbook-header';
  facts.append(...[...header.children].filter((row) => !row.matches('.runbook-when')));
  const parts = [document.querySelector('.page-facts'), facts, document.querySelector('.page-inputs')];
  fold.append(summary, ...parts.filter((part): part is Element => part !== null));
  header.after(fold);
  const action = firstAction();
  if (action) header.after(action);
}

const header = document.querySelector<HTMLElement>('dl.runbook-header');
if (header && phone.matches) foldFacts(header);
