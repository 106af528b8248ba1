/**
 * The compact incident index: for each on-call page, the words a reader in an incident types (its
 * title, symptoms and error strings, the alerts it answers, what people say for it), small enough to
 * travel inside every page. The search dialog answers from it the moment a query is typed, on a first
 * visit over a weak link too, while Pagefind's full-text index loads behind it
 * (src/scripts/client/search-quick.ts reads it).
 */
import { searchAliases } from '../../components/page/search-aliases.ts';
import { isUpkeepPage } from '../../components/page/search-scope.ts';

/** What the index needs of one page, from its frontmatter and the data files. */
export interface IndexedPage {
  id: string;
  href: string;
  title: string;
  kind: string;
  description?: string | undefined;
  when?: string | undefined;
  symptoms: readonly string[];
  /** Names of the services the page is about, in its frontmatter's order. */
  services: readonly string[];
  /** Alert ids the page answers (a runbook's `alerts`, or the alerts that name it as their runbook). */
  alerts: readonly string[];
  /** What readers say for the page (src/data/search-synonyms.yaml). */
  said: readonly string[];
}

/**
 * One page as the client reads it: href, title, kind, services, then its texts from the strongest
 * match to the weakest: words readers use (title is matched on its own), symptoms and alerts, and the
 * first sentence of its description, shown as the excerpt.
 */
export type IncidentEntry = [
  href: string,
  title: string,
  kind: string,
  services: string[],
  said: string,
  symptoms: string,
  description: string,
];

/** Page kinds an on-call reader looks for first; guides and the rest are Pagefind's to find. */
const onCallKinds = new Set(['runbook', 'troubleshooting', 'incident', 'reference', 'card', 'checklist']);

/** Longest excerpt kept: the description's first sentence, or this much of it. */
const excerptLength = 160;

/** The first sentence of a description, so the index stays small enough to travel in every page. */
export function firstSentence(text: string | undefined): string {
  const clean = (text ?? '').trim();
  const sentence = /^.{20,}?[.!?](?=\s|$)/.exec(clean)?.[0] ?? clean;
  return sentence.length <= excerptLength ? sentence : `${sentence.slice(0, excerptLength - 1).trimEnd()}…`;
}

const joined = (texts: readonly (string | undefined)[]) =>
  texts.filter((text): text is string => Boolean(text?.trim())).join(' · ');

/** The compact index of `pages`: on-call pages only, the handbook's upkeep pages left out. */
export function incidentIndex(pages: readonly IndexedPage[]): IncidentEntry[] {
  return pages
    .filter((page) => onCallKinds.has(page.kind) && !isUpkeepPage(page.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((page) => [
      page.href,
      page.title,
      page.kind,
      [...page.services],
      joined([...page.said, ...searchAliases(page.symptoms)]),
      joined([...page.symptoms, ...page.alerts]),
      firstSentence(page.description ?? page.when),
    ]);
}

/**
 * The index as JSON for an attribute of the page (not a `<script type="application/json">`, which the
 * Content-Security-Policy step would take for an inline script needing a hash on every content change).
 */
export const incidentIndexJson = (entries: readonly IncidentEntry[]) => JSON.stringify(entries);
