import { basePrefix, withBase } from '../lib/page-url.ts';
import type { HastPluginObject } from './types.ts';

/**
 * Authors link pages as `/runbooks/scaling/`; when the handbook is served under a base path such
 * as `/handbook/`, this rewrites those links (and components' `href` props) to include it. Without
 * a base path there is nothing to rewrite and no plugin.
 */
export function baseLinks(base: string): HastPluginObject | undefined {
  if (!basePrefix(base)) return undefined;
  const jsx = {
    filter: [],
    visit<N extends { attributes: readonly { type: string; name?: string; value?: unknown }[] }>(node: N) {
      const attributes = node.attributes.map((attribute) =>
        attribute.name === 'href' && typeof attribute.value === 'string'
          ? { ...attribute, value: withBase(attribute.value, base) }
          : attribute,
      );
      return attributes.some((attribute, index) => attribute !== node.attributes[index])
        ? ({ ...node, attributes } as never)
        : undefined;
    },
  };
  return {
    name: 'handbook-base-links',
    element: {
      filter: [],
      visit(node, ctx) {
        for (const key of ['href', 'src'] as const) {
          const value = node.properties[key];
          if (typeof value === 'string' && withBase(value, base) !== value)
            ctx.setProperty(node, key, withBase(value, base));
        }
      },
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  };
}
