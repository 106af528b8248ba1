import { unified } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from '../plugins/rehype-base-links.ts';
import { rehypeCommandSafety } from '../plugins/rehype-command-safety.ts';
import { rehypeTaskListLabels } from '../plugins/rehype-task-list-labels.ts';
import { remarkMermaid } from '../plugins/mermaid/remark-mermaid.ts';

/**
 * The unified pipeline (GFM on by default) with build-time diagrams, base-aware links, labelled
 * task-list checkboxes and the safety class of every shell block. Expressive Code appends itself
 * after these plugins.
 */
export function markdownProcessor(cacheDir: string, base: string) {
  return unified({
    remarkPlugins: [remarkMermaid({ cacheDir })],
    rehypePlugins: [rehypeBaseLinks(base), rehypeTaskListLabels(), rehypeCommandSafety()],
  });
}
