import { Parser } from 'htmlparser2';
import type { Heading, Html, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** A heading and the id the built page gives it. */
export interface HeadingRef {
  depth: number;
  text: string;
  /** `## Roll back` → `roll-back`; a second `## Steps` → `steps-1`: GitHub's rule, which Starlight shares. */
  slug: string;
  line: number;
}

/** The headings of a page in order, with their slugs. */
export function headingsOf(tree: Root): HeadingRef[] {
  const slugger = new GithubSlugger();
  const headings: HeadingRef[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node).trim();
    headings.push({
      depth: node.depth,
      text,
      slug: slugger.slug(text),
      line: node.position?.start.line ?? 1,
    });
  });
  return headings;
}

/**
 * Ids a `#fragment` can name besides headings: `id`/`name` in raw HTML (`<a name="old">`) and
 * `id` on JSX elements.
 */
export function explicitIdsOf(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, (node: Node) => {
    if (node.type === 'html') ids.push(...htmlIds((node as Html).value));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes = (node as { attributes?: { name?: string; value?: unknown }[] }).attributes ?? [];
      for (const attribute of attributes)
        if (attribute.name === 'id' && typeof attribute.value === 'string') ids.push(attribute.value);
    }
  });
  return ids;
}

function htmlIds(html: string): string[] {
  const ids: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id']) ids.push(attributes['id']);
      if (name === 'a' && attributes['name']) ids.push(attributes['name']);
    },
  });
  parser.end(html);
  return ids;
}
