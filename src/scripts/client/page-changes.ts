/**
 * "Changed since your last visit": the browser keeps, per page, the hashes of the text it showed
 * (src/components/page/PageChanges.astro writes them into the page at build time). When a later
 * visit finds other hashes, the notice says so, when the page last changed, and which sections
 * changed. Nothing leaves the browser.
 */
import { readStored, writeStored } from './storage.ts';

/** `[slug, title, hash]` for the text above the first h2 (slug `''`) and each h2 section. */
type Section = [string, string, string];

interface Seen {
  hash: string;
  sections: Section[];
  /** When this browser showed that text, ISO. */
  at: string;
}

const keyOf = (pathname: string) => `handbook:seen:${pathname}`;

/** The sections whose text differs from what was seen, or that are new. */
export function changedSections(seen: Section[], now: Section[]): Section[] {
  const before = new Map(seen.map(([slug, , hash]) => [slug, hash]));
  return now.filter(([slug, , hash]) => before.get(slug) !== hash);
}

const day = (iso: string) => iso.slice(0, 10);

/** A commit subject cut to a line's length: some teams write whole paragraphs there. */
const shortened = (text: string, most = 140) =>
  text.length <= most ? text : `${text.slice(0, most - 1).trimEnd()}…`;

function sectionLink([slug, title]: Section): Node {
  if (slug === '') return document.createTextNode('the introduction');
  const link = document.createElement('a');
  link.href = `#${slug}`;
  link.textContent = title;
  return link;
}

function fill(
  notice: HTMLElement,
  marker: HTMLElement,
  seen: Seen,
  changed: Section[],
  removed: number,
): void {
  const { changed: date, subject, uncommitted } = marker.dataset;
  const strong = document.createElement('strong');
  strong.textContent = 'Changed since your last visit';
  notice.append(strong, ` on ${day(seen.at)}`);
  if (uncommitted) notice.append(' (not committed yet).');
  else if (date) notice.append(`: last changed on ${day(date)}, “${shortened(subject ?? '')}”.`);
  else notice.append('.');
  if (changed.length > 0) {
    notice.append(' Changed: ');
    changed.forEach((section, index) => notice.append(index > 0 ? ', ' : '', sectionLink(section)));
    notice.append('.');
  }
  if (removed > 0) notice.append(` ${removed} section${removed > 1 ? 's' : ''} removed.`);
  notice.hidden = false;
}

function run(): void {
  const marker = document.querySelector<HTMLElement>('[data-page-changes]');
  const notice = marker?.querySelector<HTMLElement>('.page-changes-notice');
  if (!marker || !notice) return;
  let sections: Section[];
  try {
    sections = JSON.parse(marker.dataset['sections'] ?? '[]') as Section[];
  } catch {
    return;
  }
  const hash = marker.dataset['hash'] ?? '';
  const key = keyOf(location.pathname);
  const seen = readStored<Seen>('local', key);
  writeStored('local', key, { hash, sections, at: new Date().toISOString() } satisfies Seen);
  if (!seen || seen.hash === hash || !Array.isArray(seen.sections)) return;
  const slugs = new Set(sections.map(([slug]) => slug));
  const removed = seen.sections.filter(([slug]) => !slugs.has(slug)).length;
  fill(notice, marker, seen, changedSections(seen.sections, sections), removed);
}

run();
