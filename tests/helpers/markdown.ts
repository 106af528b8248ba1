import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { markdownProcessor } from '../../src/config/markdown.ts';
import { systemData } from '../../src/data/load.ts';

/**
 * Markdown rendered by the build's own processor (Astro's Sätteri with the handbook's plugins, no
 * syntax highlighting), as an HTML tree: what the build makes of a page before Starlight's layout.
 */
export async function renderMarkdown(markdown: string, options: { base?: string; cacheDir?: string } = {}) {
  const processor = markdownProcessor({
    cacheDir: options.cacheDir ?? mkdtempSync(path.join(tmpdir(), 'handbook-diagrams-')),
    base: options.base ?? '/',
    system: systemData(),
  });
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  const { code } = await renderer.render(markdown);
  return fromHtml(code, { fragment: true }) as Root;
}

/** A fenced block. */
export const fence = (lang: string, code: string, meta = '') =>
  `\`\`\`${lang}${meta ? ` ${meta}` : ''}\n${code}\n\`\`\`\n`;
