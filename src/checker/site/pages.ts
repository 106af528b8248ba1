import type { Root } from 'mdast';
import type { YamlSource } from '../../lib/yaml-source.ts';
import type { z } from 'astro/zod';
import { readPages, type Page } from '../../model/index.ts';
import type { Layout } from '../../model/files.ts';
import type { PageKind } from '../../schemas/kinds.ts';
import type { PageFrontmatter } from '../../schemas/page.ts';

/** A page as the checker's rules see it: the page model, with its frontmatter's lines at hand. */
export interface CheckPage {
  /** Page id such as `runbooks/scaling`. */
  id: string;
  /** Site path without the base path: `/runbooks/scaling/`, `/` for the home page. */
  url: string;
  /** Path relative to the project root. */
  file: string;
  text: string;
  tree: Root;
  frontmatter: YamlSource;
  /** Frontmatter after validation; undefined when invalid (the `page-frontmatter` rule says why). */
  data: PageFrontmatter | undefined;
  kind: PageKind;
  /** The page model it was read from. */
  model: Page;
}

export { sitePathOf as pageUrl } from '../../lib/page-url.ts';

/** How the checker reads a folder of pages. */
export interface CheckPagesOptions {
  docsDir: string;
  root: string;
  layout: Layout;
  /** The handbook's page schema, which validates frontmatter; none for another team's docs. */
  schema: z.ZodType | undefined;
  ignore: readonly string[];
}

/**
 * Every page, read once: `all` for the source-stage rules (a draft is still a page others may
 * name), `published` for the others (drafts are left out, as the production build leaves them out).
 */
export function readCheckPages(options: CheckPagesOptions): { all: Page[]; published: CheckPage[] } {
  const all = readPages(options);
  return { all, published: all.filter((page) => !page.draft).map(checkPageOf) };
}

/** The rules' view of a model page. */
export function checkPageOf(page: Page): CheckPage {
  return {
    id: page.id,
    url: page.url,
    file: page.file,
    text: page.text,
    get tree() {
      return page.tree;
    },
    frontmatter: page.frontmatter.source,
    data: page.frontmatter.data,
    kind: page.kind,
    model: page,
  };
}
