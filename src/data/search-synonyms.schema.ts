import { z } from 'astro/zod';

/** One page and the words readers type when they need it, though the page says it otherwise. */
export const searchSynonymSchema = z.strictObject({
  /** The page's id, as in its URL: `troubleshooting/authentication-failures`. */
  page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'a page id such as troubleshooting/stale-data'),
  /** What people say, lower case, as typed: `cant log in`, `login loop`. Searched, never shown. */
  says: z.array(z.string().regex(/^[a-z0-9' -]+$/, 'lower-case words')).min(1),
});

export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
