import { readStored, writeStored } from './storage.ts';

/**
 * GFM task lists that keep their state: each tick is stored with its time in localStorage, per
 * page; the toolbar resets the list or copies it as Markdown for a ticket or a timeline.
 */
type Ticks = Record<string, string>;

const toolbar = document.querySelector<HTMLElement>('[data-checklist]');
const content = document.querySelector('.sl-markdown-content');
const storageKey = `handbook:checklist:${location.pathname}`;

/** The element that holds an item's own line: its paragraph in a loose list, else the item. */
const lineOf = (box: HTMLInputElement): HTMLElement => box.parentElement as HTMLElement;

/**
 * Text as Markdown that shows it literally: every character that could start Markdown or HTML is
 * escaped, so an item or a reader's value like `<img onerror=…>` or `[x](javascript:…)` stays text
 * wherever the export is pasted.
 */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>|~&!#]/g, '\\$&');

/** A code span that holds `text` whatever backticks it contains (a value the reader typed, say). */
function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A link only for web and mail addresses; any other scheme (`javascript:`) keeps just its text. */
const link = (text: string, href: string) =>
  /^(https?|mailto):/i.test(href) ? `[${text}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : text;

/** Inline Markdown of an item's own line: code, bold and links survive; the tick time does not. */
function inlineMarkdown(node: Node): string {
  if (node instanceof Text) return escapeMarkdown(node.data);
  if (!(node instanceof HTMLElement)) return '';
  // A function, not `node.matches` in each test: TypeScript narrows `node` on every `matches`.
  const is = (selector: string) => node.matches(selector);
  if (is('input, time, ul, ol, .command-block, .expressive-code')) return '';
  const inner = [...node.childNodes].map(inlineMarkdown).join('');
  if (is('code')) return codeSpan(node.textContent ?? '');
  if (is('strong, b')) return `**${inner}**`;
  if (is('em, i')) return `*${inner}*`;
  if (node instanceof HTMLAnchorElement && node.href) return link(inner, node.href);
  return inner;
}

const itemText = (box: HTMLInputElement) =>
  [...lineOf(box).childNodes].map(inlineMarkdown).join('').replace(/\s+/g, ' ').trim();

/** Stable ids: the item's text, numbered when the same text appears twice. */
function itemIds(boxes: HTMLInputElement[]): string[] {
  const seen = new Map<string, number>();
  return boxes.map((box) => {
    const text = itemText(box);
    const count = (seen.get(text) ?? 0) + 1;
    seen.set(text, count);
    return count > 1 ? `${text} #${count}` : text;
  });
}

const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function showTime(box: HTMLInputElement, iso: string | undefined): void {
  const line = lineOf(box);
  let time = line.querySelector<HTMLTimeElement>(':scope > time.tick-time');
  if (!iso) return time?.remove();
  if (!time) {
    time = document.createElement('time');
    time.className = 'tick-time';
    line.insertBefore(time, line.querySelector(':scope > ul, :scope > ol, :scope > div'));
  }
  time.dateTime = iso;
  time.textContent = utc(iso);
}

function asMarkdown(boxes: HTMLInputElement[], ids: string[], ticks: Ticks): string {
  const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
  const lines = boxes.map((box, index) => {
    let depth = 0;
    for (
      let item = box.closest('li')?.parentElement?.closest('li');
      item;
      item = item.parentElement?.closest('li')
    )
      depth++;
    const at = ticks[ids[index]!];
    return `${'  '.repeat(depth)}- [${at ? 'x' : ' '}] ${itemText(box)}${at ? ` (${utc(at)})` : ''}`;
  });
  return [
    `## ${escapeMarkdown(title)}`,
    '',
    `${location.href} · exported ${utc(new Date().toISOString())}`,
    '',
    ...lines,
    '',
  ].join('\n');
}

if (toolbar && content) {
  const boxes = [...content.querySelectorAll<HTMLInputElement>('li.task-list-item input[type=checkbox]')];
  const ids = itemIds(boxes);
  const status = toolbar.querySelector<HTMLElement>('[data-checklist-status]')!;
  let ticks = readStored<Ticks>('local', storageKey) ?? {};
  const render = () => {
    boxes.forEach((box, index) => {
      const at = ticks[ids[index]!];
      box.checked = at !== undefined;
      showTime(box, at);
    });
    const done = boxes.filter((box) => box.checked).length;
    toolbar.querySelector('[data-checklist-progress]')!.textContent = `${done} of ${boxes.length} done`;
  };
  boxes.forEach((box, index) => {
    box.disabled = false;
    box.addEventListener('change', () => {
      if (box.checked) ticks[ids[index]!] = new Date().toISOString();
      else delete ticks[ids[index]!];
      writeStored('local', storageKey, ticks);
      render();
    });
  });
  toolbar.querySelector('[data-checklist-reset]')!.addEventListener('click', () => {
    if (!window.confirm('Untick every item on this page and forget their times?')) return;
    ticks = {};
    writeStored('local', storageKey, undefined);
    render();
    status.textContent = 'Checklist reset.';
  });
  toolbar.querySelector('[data-checklist-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(asMarkdown(boxes, ids, ticks));
      status.textContent = 'Copied as Markdown.';
    } catch {
      status.textContent = 'Copying failed: the browser did not allow it.';
    }
  });
  toolbar.hidden = boxes.length === 0;
  render();
}
