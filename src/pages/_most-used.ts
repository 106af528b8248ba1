import { sitePathOf } from '../lib/page-url.ts';

/** A page of the content collection, as the 404 page needs it. */
export interface ListedPage {
  id: string;
  title: string;
  kind: string;
}

/** The pages an incident reaches for first, in that order, by page id; only those present are listed. */
const preferred: { id: string; label: string; why: string }[] = [
  { id: 'index', label: 'On-call home', why: 'start here when you are paged' },
  { id: 'cards/on-call', label: 'On-call card', why: 'the first five minutes' },
  { id: 'troubleshooting', label: 'Troubleshooting', why: 'find the page for what you see' },
  { id: 'runbooks', label: 'Runbooks', why: 'every procedure' },
  { id: 'reference/alerts', label: 'Alerts', why: 'each alert and its runbook' },
  { id: 'rollback', label: 'Rollback', why: 'undo a deploy or a change' },
  { id: 'incident-response/severity-levels', label: 'Severity levels', why: 'who to page, how fast' },
  { id: 'getting-started', label: 'Getting started', why: 'new to the team' },
];

/**
 * The 404 page's list: the preferred pages the handbook has, then its other quick-reference cards
 * (printed and kept at hand, so worth reaching from a dead end).
 */
export function mostUsedPages(pages: readonly ListedPage[]): { label: string; href: string; why: string }[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const listed = preferred.filter(({ id }) => byId.has(id));
  const cards = pages
    .filter((page) => page.kind === 'card' && !listed.some((entry) => entry.id === page.id))
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((page) => ({ id: page.id, label: page.title, why: 'quick-reference card' }));
  return [...listed, ...cards].map(({ id, label, why }) => ({ label, href: sitePathOf(id), why }));
}
