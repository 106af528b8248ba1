import { satteri } from '@astrojs/markdown-satteri';
import type { SystemData } from '../data/load.ts';
import { baseLinks } from '../plugins/base-links.ts';
import { commandSafety } from '../plugins/command-safety.ts';
import { mermaidDiagrams } from '../plugins/mermaid/diagrams.ts';
import { taskListLabels } from '../plugins/task-list-labels.ts';

export interface MarkdownOptions {
  /** Where rendered diagrams are cached. */
  cacheDir: string;
  /** The site's base path, `/` or such as `/handbook/`. */
  base: string;
  /** The system data, loaded once by the caller. */
  system: SystemData;
}

/**
 * Astro's own Markdown processor (Sätteri: parsed and compiled in Rust, GFM on by default) with
 * build-time diagrams, base-aware links, labelled task-list checkboxes and the safety class of every
 * shell block. Starlight adds its asides and heading links, and Expressive Code appends itself after
 * these plugins. (The unified pipeline compiled each MDX page about thirty times slower: it was most
 * of the handbook's build time beyond plain Starlight's; see the README's Performance section.)
 */
export function markdownProcessor({ cacheDir, base, system }: MarkdownOptions) {
  const links = baseLinks(base);
  return satteri({
    hastPlugins: [
      mermaidDiagrams({ cacheDir }),
      ...(links ? [links] : []),
      taskListLabels(),
      commandSafety({ tools: system.tools }),
    ],
  });
}
