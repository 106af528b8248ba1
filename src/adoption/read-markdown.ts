import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';

/** A source Markdown file, decoded and parsed, or why it cannot be imported. */
export type ReadResult =
  | { ok: true; text: string; tree: Root; frontmatter: Record<string, unknown>; yaml: Yaml | undefined }
  | { ok: false; reason: string };

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** An `.mdx` file as MDX; one that does not parse or imports components is left for a person. */
function parseMdx(text: string): Root | string {
  let tree: Root;
  try {
    tree = mdx.parse(text) as Root;
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return `not valid MDX (line ${line ?? 1}: ${reason ?? String(error)})`;
  }
  const esm = tree.children.find((node) => node.type === 'mdxjsEsm');
  return esm
    ? `imports components (line ${esm.position?.start.line ?? 1}) this handbook may not have; convert it by hand`
    : tree;
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Line (1-based) of the first byte that is not UTF-8; no UTF-8 sequence holds a newline byte. */
function firstBadLine(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    try {
      strictUtf8.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end === -1) return line;
    start = end + 1;
  }
}

/**
 * Reads a file as CommonMark + GFM (`.mdx`: MDX + GFM) with YAML frontmatter, refusing bytes
 * that are not UTF-8.
 */
export function readMarkdown(bytes: Uint8Array, isMdx = false): ReadResult {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, reason: `not UTF-8 (line ${firstBadLine(bytes)}); convert it and import it again` };
  }
  const parsed = isMdx ? parseMdx(text) : (markdown.parse(text) as Root);
  if (typeof parsed === 'string') return { ok: false, reason: parsed };
  const tree = parsed;
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!yaml) return { ok: true, text, tree, frontmatter: {}, yaml };
  const document = parseDocument(yaml.value);
  const error = document.errors[0];
  if (error) return { ok: false, reason: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}` };
  const value: unknown = document.toJS();
  const frontmatter = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  return { ok: true, text, tree, frontmatter: frontmatter as Record<string, unknown>, yaml };
}
