import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * The source of a built page under Starlight's docs folder (`runbooks/restart/index.html` is
 * `runbooks/restart.mdx` or `.md`, or `runbooks/restart/index.mdx`), or undefined for a page that
 * has none (the 404 page, a generated index).
 */
export function sourceOfPage(builtPage: string, docsDir: string): string | undefined {
  const route = builtPage.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  const stems = route === '' ? ['index'] : [route, `${route}/index`];
  const candidates = stems.flatMap((stem) => ['.mdx', '.md'].map((ext) => path.join(docsDir, stem + ext)));
  return candidates.find((file) => existsSync(file));
}

/** The 1-based line of every `<script>` element written in a page's Markdown or MDX source. */
export function scriptLinesInSource(file: string): number[] {
  const processor = unified().use(remarkParse).use(remarkFrontmatter);
  if (file.endsWith('.mdx')) processor.use(remarkMdx);
  const tree = processor.parse(readFileSync(file, 'utf8')) as Root;
  const lines: number[] = [];
  visit(tree, (node) => {
    const start = node.position?.start.line ?? 1;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'script')
      lines.push(start);
    // Raw HTML in a .md page: parsed, so a script inside a larger block is found at its own line.
    if (node.type === 'html') lines.push(...htmlScriptLines(node.value).map((line) => start + line - 1));
  });
  return lines.sort((a, b) => a - b);
}

/** 1-based lines of the `<script>` elements in a fragment of HTML. */
export function htmlScriptLines(html: string, parse = parseFragment): number[] {
  const lines: number[] = [];
  const walk = (node: DefaultTreeAdapterTypes.Node | DefaultTreeAdapterTypes.DocumentFragment) => {
    if ('tagName' in node && node.tagName === 'script' && node.sourceCodeLocation)
      lines.push(node.sourceCodeLocation.startLine);
    if ('content' in node) walk(node.content);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  return lines;
}
