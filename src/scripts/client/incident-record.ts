import { commandCell, timelineMarkdown, type IncidentRecord } from './incident-timeline.ts';
import { readStored, writeStored } from './storage.ts';

/**
 * The incident record: started from a runbook or a card, then, on every page of this browser, each
 * checklist tick, each copied command (with its filled-in values), each severity change and each note
 * lands in a timed timeline in localStorage. It survives reloads and works offline; nothing is sent.
 */
const storageKey = 'handbook:incident';
const panel = document.querySelector<HTMLElement>('[data-incident-record]');

const read = () => readStored<IncidentRecord>('local', storageKey);
const part = <T extends Element>(selector: string) => panel!.querySelector<T>(selector)!;

/** Adds an event to the stored record (read afresh: another tab may have added one). */
function log(text: string, change: (record: IncidentRecord) => void = () => {}): void {
  const record = read();
  if (!record) return;
  change(record);
  record.events.push({ at: new Date().toISOString(), text });
  writeStored('local', storageKey, record);
  render();
}

const pageLink = () => {
  const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
  return `[${title.replace(/[[\]]/g, '')}](${location.origin}${location.pathname})`;
};

function render(): void {
  const record = read();
  panel!.hidden = !record && !('canStart' in panel!.dataset);
  part<HTMLElement>('[data-incident-idle]').hidden = record !== undefined;
  part<HTMLElement>('[data-incident-active]').hidden = record === undefined;
  if (!record) return;
  const started = part<HTMLTimeElement>('[data-incident-started]');
  started.dateTime = record.startedAt;
  started.textContent = `${record.startedAt.slice(0, 10)} ${record.startedAt.slice(11, 16)} UTC`;
  part('[data-incident-count]').textContent = `${record.events.length} events`;
  part<HTMLSelectElement>('[data-incident-severity]').value = record.severity;
  part('[data-incident-timeline]').replaceChildren(
    ...record.events.map((event) => {
      const item = document.createElement('li');
      item.textContent = `${event.at.slice(11, 16)} ${event.text}`;
      return item;
    }),
  );
}

const say = (message: string) => (part('[data-incident-status]').textContent = message);

function start(): void {
  const now = new Date().toISOString();
  writeStored('local', storageKey, { startedAt: now, severity: '', events: [] } satisfies IncidentRecord);
  log(`Record started on ${pageLink()}`);
  // Arrived from an alert's address: its note is the target; the alert is the first fact of the timeline.
  const alert = document.querySelector<HTMLElement>('.alert-arrival:target');
  const severity = alert?.dataset['severity'];
  if (alert && severity)
    log(
      `Alert \`${alert.dataset['alert']}\` fired (${severity}): ${alert.dataset['condition']}`,
      (record) => {
        record.severity = severity;
      },
    );
  say('Incident record started.');
}

/** A task-list item's own line, without its sublists or tick time. */
function itemText(box: HTMLInputElement): string {
  const line = box.parentElement!.cloneNode(true) as HTMLElement;
  line.querySelectorAll('ul, ol, time, .expressive-code').forEach((node) => node.remove());
  return line.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function onTick(event: Event): void {
  const box = event.target as HTMLInputElement;
  if (!box.matches?.('li.task-list-item input[type=checkbox]')) return;
  log(`${box.checked ? 'Ticked' : 'Unticked'} "${itemText(box)}" on ${pageLink()}`);
}

// Bubbling, after command-copy.ts (capturing) has put the command with its values in `data-code`;
// the first click on a destructive block stops there, so only what reaches the clipboard is logged.
function onCopy(event: MouseEvent): void {
  const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>(
    '.expressive-code .copy button',
  );
  const command = button?.dataset['code'];
  if (command) log(`Copied on ${pageLink()}: ${commandCell(command)}`);
}

function wire(): void {
  part('[data-incident-start]').addEventListener('click', start);
  part<HTMLSelectElement>('[data-incident-severity]').addEventListener('change', (event) => {
    const severity = (event.target as HTMLSelectElement).value;
    log(`Severity set to ${severity || 'not set'}`, (record) => (record.severity = severity));
  });
  part<HTMLFormElement>('[data-incident-note]').addEventListener('submit', (event) => {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('note') as HTMLInputElement;
    const note = field.value.replace(/\s+/g, ' ').trim();
    if (note) log(`Note: ${note}`);
    field.value = '';
  });
  part('[data-incident-copy]').addEventListener('click', async () => {
    const record = read();
    if (!record) return;
    try {
      await navigator.clipboard.writeText(timelineMarkdown(record));
      say('Timeline copied as Markdown.');
    } catch {
      say('Copying failed: the browser did not allow it.');
    }
  });
  part('[data-incident-clear]').addEventListener('click', () => {
    if (!window.confirm('Clear the incident record? Its timeline is deleted from this browser.')) return;
    writeStored('local', storageKey, undefined);
    render();
    say('Incident record cleared.');
  });
  document.addEventListener('change', onTick);
  document.addEventListener('click', onCopy);
  // Another tab of the same incident added an event.
  window.addEventListener('storage', (event) => event.key === storageKey && render());
}

if (panel) {
  wire();
  render();
}
