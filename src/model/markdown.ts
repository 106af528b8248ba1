import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The syntax the build reads: CommonMark + GFM for `.md`, MDX + GFM for `.mdx`, Starlight's
// `:::caution` asides in both, YAML frontmatter kept as a node so positions stay those of the file.
const markdown = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkDirective)
  .freeze();

const mdx = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkDirective)
  .freeze();

/** The Markdown tree of a page, with positions. Throws on invalid MDX, with `line` and `reason`. */
export function parseMarkdown(text: string, format: 'md' | 'mdx'): Root {
  return (format === 'mdx' ? mdx : markdown).parse(text);
}
