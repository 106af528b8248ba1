import type { CheckPage } from '../site/pages.ts';

/** Where an internal link leads. */
export type Resolved =
  /** A page, with the ids its `#fragment` may name (none to check for a file that is not a page). */
  | { found: true; path: string; fragment: string | undefined; ids: Set<string> | undefined }
  | { found: false; path: string; fragment: string | undefined };

/**
 * Resolves the internal links of pages: against the built site for the handbook, against the file
 * tree for a folder of Markdown. Undefined for URLs and other schemes, which are not its concern.
 */
export interface LinkResolver {
  resolve(page: CheckPage, href: string): Resolved | undefined;
  /** How a missing target is described: "in the built site", "in the folder". */
  where: string;
}
