/**
 * The incident record's data and its Markdown: a timeline shaped like the post-mortem template's
 * (`| Time (UTC) | Event |`). No DOM here, so it is tested on its own.
 */
export interface IncidentEvent {
  /** ISO time. */
  at: string;
  /** Markdown of one table cell: no line breaks. */
  text: string;
}

export interface IncidentRecord {
  startedAt: string;
  severity: string;
  events: IncidentEvent[];
}

const hhmm = (iso: string) => iso.slice(11, 16);
const day = (iso: string) => iso.slice(0, 10);

/** Inline code for any text: a fence of backticks longer than any run inside it. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** One table cell: pipes escaped, line breaks as `<br>`, one code span per line of a command. */
export const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

export const commandCell = (command: string) => command.split('\n').map(inlineCode).join('<br>');

/** The record as a post-mortem's Timeline section; dates appear only when it spans days. */
export function timelineMarkdown(record: IncidentRecord): string {
  const days = new Set(record.events.map((event) => day(event.at)));
  const time = (iso: string) => (days.size > 1 ? `${day(iso)} ${hhmm(iso)}` : hhmm(iso));
  return [
    '## Timeline',
    '',
    `_From the handbook's incident record, started ${day(record.startedAt)} ${hhmm(record.startedAt)} UTC` +
      `${record.severity ? `, severity ${record.severity}` : ''}._`,
    '',
    '| Time (UTC) | Event |',
    '|---|---|',
    ...record.events.map((event) => `| ${time(event.at)} | ${cell(event.text)} |`),
    '',
  ].join('\n');
}
