import { unified } from '@astrojs/markdown-remark';
import { remarkMermaid } from '../plugins/mermaid/remark-mermaid.ts';

/** The unified pipeline (GFM on by default) with build-time Mermaid diagrams. */
export function markdownProcessor(cacheDir: string) {
  return unified({ remarkPlugins: [remarkMermaid({ cacheDir })] });
}
