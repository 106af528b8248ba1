import { Parser } from 'htmlparser2';
import type { Definition, Html, Link, Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** A link as written in the page: Markdown link, autolink, reference definition, HTML `<a href>` or JSX `href`/`link`. */
export interface LinkRef {
  href: string;
  line: number;
}

const linkAttributes = new Set(['href', 'link']);

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: Node['position'];
}

const lineOf = (node: Node) => node.position?.start.line ?? 1;

/** The links of a page in document order. GFM's autolink literals are link nodes already. */
export function linksOf(tree: Root): LinkRef[] {
  const links: LinkRef[] = [];
  visit(tree, (node: Node) => {
    links.push(...linksIn(node));
  });
  return links;
}

function linksIn(node: Node): LinkRef[] {
  if (node.type === 'link') return [{ href: (node as Link).url, line: lineOf(node) }];
  // `[^1]: …` is a GFM footnote; without GFM it would read as a definition.
  if (node.type === 'definition' && !(node as Definition).label?.startsWith('^'))
    return [{ href: (node as Definition).url, line: lineOf(node) }];
  if (node.type === 'html') return htmlLinks(node as Html);
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return [];
  const attributes = (node as unknown as { attributes: JsxAttribute[] }).attributes;
  return attributes.flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' &&
    linkAttributes.has(attribute.name ?? '') &&
    typeof attribute.value === 'string'
      ? [{ href: attribute.value, line: lineOf(attribute.position ? (attribute as Node) : node) }]
      : [],
  );
}

/** `<a href="…">` in raw HTML of a `.md` page, on the line where the tag starts. */
function htmlLinks(node: Html): LinkRef[] {
  if (!node.value.includes('href')) return [];
  const links: LinkRef[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const href = attributes['href'];
      if (name !== 'a' || href === undefined) return;
      const newlines = node.value.slice(0, parser.startIndex).split('\n').length - 1;
      links.push({ href, line: lineOf(node) + newlines });
    },
  });
  parser.end(node.value);
  return links;
}
