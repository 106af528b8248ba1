import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The syntax Starlight pages use: MDX, `:::caution` asides, YAML frontmatter (kept as a node so
// that positions stay those of the file). GFM is left out: its tables, task lists and strikethrough
// hold no link the core syntax misses, and its autolink literals, which cost a third of the parse
// time, are found in text nodes instead (see `collectPage`).
const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkDirective)
  .freeze();

/** The Markdown tree of an MDX page, with positions. Throws on invalid MDX. */
export function parseMdx(text: string): Root {
  return processor.parse(text);
}
