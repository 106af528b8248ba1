import { stringify } from 'yaml';
import { requiredSections, type PageKind } from '../../src/schemas/kinds.ts';

/** Folder under src/content/docs where each kind lives unless `--dir` says otherwise. */
export const defaultDirs: Record<PageKind, string> = {
  guide: '',
  runbook: 'runbooks',
  troubleshooting: 'troubleshooting',
  incident: 'incident-response',
  reference: 'reference',
  card: 'cards',
  checklist: '',
};

const kindFields: Record<PageKind, Record<string, unknown>> = {
  guide: {},
  runbook: {
    when: 'One line: the alert or symptom that sends someone here.',
    estimatedMinutes: 15,
    alerts: [],
    rollback: 'none: say why nothing needs undoing, or name the page#section that undoes this',
  },
  troubleshooting: { symptoms: ['An exact error message, status code or log line'] },
  incident: {},
  reference: {},
  card: { audience: 'on-call engineer' },
  checklist: {},
};

/** The text of a new page: valid frontmatter for its kind and the headings the kind requires. */
export function pageTemplate(kind: PageKind, title: string, today: Date, owner = 'platform'): string {
  const frontmatter = {
    title,
    description: `One line: what ${title} is for.`,
    kind,
    owner,
    lastReviewed: today.toISOString().slice(0, 10),
    ...kindFields[kind],
  };
  const sections = requiredSections[kind].map((heading) => `## ${heading}\n\nWrite this section.\n`);
  return `---\n${stringify(frontmatter)}---\n\n${sections.join('\n')}`;
}
