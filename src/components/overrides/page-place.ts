/**
 * Where a page sits: its section, whether that section is read in order (previous/next links), and
 * for sections the sidebar lists as one link (runbooks, troubleshooting), the page to show under it.
 */

/** Sections whose pages are steps of one path, in their sidebar order. */
const orderedSections = ['getting-started', 'deployment'];

/** The first folder of a page id or of an href under the site's base. */
export function sectionOf(idOrHref: string, base = ''): string {
  const path = idOrHref.startsWith('/') ? idOrHref.slice(base.length) : idOrHref;
  return path.replace(/^\/+/, '').split(/[/#]/)[0] ?? '';
}

export const isOrderedSection = (section: string) => orderedSections.includes(section);
