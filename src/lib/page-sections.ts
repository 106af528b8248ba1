import { createHash } from 'node:crypto';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../model/markdown.ts';

/** One part of a page a reader can be pointed at: the text above the first h2, or an h2 section. */
export interface SectionHash {
  /** The heading's id on the built page; `''` for the text above the first h2. */
  slug: string;
  title: string;
  hash: string;
}

/** What a page's text is, as hashes: the whole body, and each of its h2 sections. */
export interface PageHashes {
  hash: string;
  sections: SectionHash[];
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * Hashes of a page's body and of each h2 section (its h3s and below included). The frontmatter is
 * left out: a new `lastReviewed` date changes nothing a reader sees in the text. Slugs follow the
 * rule the built page uses (GitHub's, over every heading in order).
 */
export function pageHashes(text: string, format: 'md' | 'mdx'): PageHashes {
  const tree = parseMarkdown(text, format);
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const start = yaml?.position?.end.offset ?? 0;
  const slugger = new GithubSlugger();
  const cuts: { offset: number; slug: string; title: string }[] = [{ offset: start, slug: '', title: '' }];
  // Every heading takes a slug in order, so a second `## Steps` is `steps-1` as on the page.
  visit(tree, 'heading', (node: Heading, _index, parent) => {
    const title = toString(node).trim();
    const slug = slugger.slug(title);
    if (node.depth === 2 && parent === tree)
      cuts.push({ offset: node.position?.start.offset ?? start, slug, title });
  });
  const sections = cuts.map((cut, index) => ({
    slug: cut.slug,
    title: cut.title,
    hash: hashOf(text.slice(cut.offset, cuts[index + 1]?.offset ?? text.length).trim()),
  }));
  return { hash: hashOf(text.slice(start).trim()), sections };
}
