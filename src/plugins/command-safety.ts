import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { readCommandBlock } from '../checker/commands/blocks.ts';
import { analyzeScript } from '../checker/commands/model.ts';
import { scriptSafety, type Safety, type SafetyLevel } from '../checker/commands/safety.ts';
import { loadSystemData } from '../data/load.ts';
import type { Tool } from '../data/schema.ts';
import { showInvisible } from '../shell/invisible.ts';
import { shellLangOf } from '../shell/langs.ts';
import { loadShellParser } from '../shell/parser.ts';

/** What the badge above a shell block says for each class. */
export const safetyLabels: Record<SafetyLevel, string> = {
  'read-only': 'Read-only',
  'changes-state': 'Changes state',
  destructive: 'Destructive',
};

/** The text of a node, as `hast-util-to-string` would give it. */
const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

const languageOf = (code: Element): string | undefined => {
  const classes = Array.isArray(code.properties['className']) ? code.properties['className'] : [];
  const lang = classes.map(String).find((name) => name.startsWith('language-'));
  return lang?.slice('language-'.length).toLowerCase();
};

/**
 * The fence's meta string: mdast-util-to-hast keeps it on the `code` element's data, which
 * rehype-raw drops in MDX pages after Astro has copied it to `metastring` (as Expressive Code reads it).
 */
const metaOf = (code: Element): string | undefined => {
  const meta = (code.data as { meta?: string } | undefined)?.meta ?? code.properties['metastring'];
  return typeof meta === 'string' ? meta : undefined;
};

/** Writes characters a reader cannot see as `[U+…]` in the block, as the copy text has them. */
function showInvisibleIn(node: Element): void {
  visit(node, 'text', (text) => {
    text.value = showInvisible(text.value);
  });
}

interface ClassifiedBlock {
  copy: string;
  safety: Safety;
  invisible: boolean;
}

/**
 * Wraps every shell block in `<div class="command-block" data-safety="…" data-copy="…">` with a
 * badge that names its safety class. Both come from the shell-block model (`src/shell/`) that the
 * checker reads too: `data-copy` is exactly the commands a reader sees (no prompts, output,
 * removed lines), which the copy button copies; the class is decided from `src/data/tools.yaml`.
 * It runs before Expressive Code, which renders the `pre` inside the wrapper.
 */
export function rehypeCommandSafety() {
  let tools: Tool[] | undefined;
  // Runbooks repeat the same blocks (`kubectl get pods`, health checks): each distinct block is
  // parsed and classified once per build.
  const classified = new Map<string, ClassifiedBlock>();
  return () => async (tree: Root) => {
    const blocks: { pre: Element; parent: Root | Element; code: Element; lang: string }[] = [];
    visit(tree, 'element', (node, _index, parent) => {
      if (node.tagName !== 'pre' || (parent?.type !== 'root' && parent?.type !== 'element')) return;
      const code = node.children.find((child): child is Element => child.type === 'element');
      const lang = code?.tagName === 'code' ? languageOf(code) : undefined;
      if (code && lang && shellLangOf(lang, metaOf(code))) blocks.push({ pre: node, parent, code, lang });
      return SKIP;
    });
    if (blocks.length === 0) return;
    tools ??= loadSystemData().tools;
    const parser = await loadShellParser();
    for (const { pre, parent, code, lang } of blocks) {
      const meta = metaOf(code);
      const value = textOf(pre).replace(/\n$/, '');
      const key = `${lang}\0${meta ?? ''}\0${value}`;
      let block = classified.get(key);
      if (!block) {
        const read = readCommandBlock({ lang, meta, value, line: 0, cautioned: false }, parser);
        const { commands } = analyzeScript(parser, read.checked.text, read.checked.placeholders);
        block = {
          copy: read.text,
          safety: scriptSafety(commands, tools),
          invisible: read.shell.invisible.length > 0,
        };
        classified.set(key, block);
      }
      if (block.invisible) showInvisibleIn(code);
      parent.children.splice(parent.children.indexOf(pre), 1, wrapperOf(pre, block));
    }
  };
}

function wrapperOf(pre: Element, { copy, safety }: ClassifiedBlock): Element {
  const badge: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['command-safety'], dataPagefindIgnore: '' },
    children: [
      { type: 'text', value: safetyLabels[safety.level] },
      ...(safety.level === 'destructive'
        ? [{ type: 'text', value: `: ${safety.reason}` } satisfies ElementContent]
        : []),
    ],
  };
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['command-block'], dataSafety: safety.level, dataCopy: copy },
    children: [badge, pre],
  };
}
