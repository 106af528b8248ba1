import { unified } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from '../plugins/rehype-base-links.ts';
import { remarkMermaid } from '../plugins/mermaid/remark-mermaid.ts';

/** The unified pipeline (GFM on by default) with build-time diagrams and base-aware links. */
export function markdownProcessor(cacheDir: string, base: string) {
  return unified({
    remarkPlugins: [remarkMermaid({ cacheDir })],
    rehypePlugins: [rehypeBaseLinks(base)],
  });
}
