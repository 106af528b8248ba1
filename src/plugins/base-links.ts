import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { basePrefix, withBase as addBase } from '../lib/page-url.ts';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * Authors link pages as `/runbooks/scaling/`; when the handbook is served under a base path such
 * as `/handbook/`, this rewrites those links (and components' `href` props) to include it.
 */
export function rehypeBaseLinks(base: string) {
  const prefix = basePrefix(base);
  const withBase = (url: string) => addBase(url, base);
  return () => (tree: Root) => {
    if (!prefix) return;
    visit(tree, (node) => {
      if (node.type === 'element') {
        for (const key of ['href', 'src'] as const) {
          const value = node.properties[key];
          if (typeof value === 'string') node.properties[key] = withBase(value);
        }
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of (node as { attributes: JsxAttribute[] }).attributes) {
          if (attribute.name === 'href' && typeof attribute.value === 'string')
            attribute.value = withBase(attribute.value);
        }
      }
    });
  };
}
