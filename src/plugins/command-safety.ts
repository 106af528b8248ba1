import type { Element, ElementContent } from 'hast';
import { readCommandBlock } from '../checker/commands/blocks.ts';
import { analyzeScript } from '../checker/commands/model.ts';
import { scriptSafety, type Safety, type SafetyLevel } from '../checker/commands/safety.ts';
import type { Tool } from '../data/schema.ts';
import { showInvisible } from '../shell/invisible.ts';
import { shellLangOf } from '../shell/langs.ts';
import { loadShellParser } from '../shell/parser.ts';
import type { HastPluginObject } from './types.ts';

/** What the badge above a shell block says for each class. */
export const safetyLabels: Record<SafetyLevel, string> = {
  'read-only': 'Read-only',
  'changes-state': 'Changes state',
  destructive: 'Destructive',
};

/** The text of a node, as `hast-util-to-string` would give it. */
const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** Writes characters a reader cannot see as `[U+…]` in the block, as the copy text has them. */
function showInvisibleIn(node: Element): Element {
  const shown = (child: ElementContent): ElementContent =>
    child.type === 'text'
      ? { ...child, value: showInvisible(child.value) }
      : child.type === 'element'
        ? { ...child, children: child.children.map(shown) }
        : child;
  return { ...node, children: node.children.map(shown) };
}

interface ClassifiedBlock {
  copy: string;
  safety: Safety;
  invisible: boolean;
}

export interface CommandSafetyOptions {
  /** The system data's tools (`src/data/tools.yaml`), which decide each command's class. */
  tools: readonly Tool[];
}

/**
 * Wraps every shell block in `<div class="command-block" data-safety="…" data-copy="…">` with a
 * badge that names its safety class. Both come from the shell-block model (`src/shell/`) that the
 * checker reads too: `data-copy` is exactly the commands a reader sees (no prompts, output,
 * removed lines), which the copy button copies; the class is decided from the tools passed in.
 * It runs before Expressive Code, which renders the `pre` inside the wrapper.
 */
export function commandSafety({ tools }: CommandSafetyOptions): HastPluginObject {
  // Runbooks repeat the same blocks (`kubectl get pods`, health checks): each distinct block is
  // parsed and classified once per build.
  const classified = new Map<string, ClassifiedBlock>();
  const classify = async (lang: string, meta: string | undefined, value: string) => {
    const key = `${lang}\0${meta ?? ''}\0${value}`;
    let block = classified.get(key);
    if (!block) {
      const parser = await loadShellParser();
      const read = readCommandBlock({ lang, meta, value, line: 0, cautioned: false }, parser);
      const { commands } = analyzeScript(parser, read.checked.text, read.checked.placeholders);
      block = {
        copy: read.text,
        safety: scriptSafety(commands, [...tools]),
        invisible: read.shell.invisible.length > 0,
      };
      classified.set(key, block);
    }
    return block;
  };
  return {
    name: 'handbook-command-safety',
    element: {
      filter: ['pre'],
      async visit(pre) {
        const code = pre.children.find((child): child is Element => child.type === 'element');
        if (code?.tagName !== 'code') return undefined;
        const { lang, meta } = fenceOf(code);
        if (!lang || !shellLangOf(lang, meta)) return undefined;
        const block = await classify(lang, meta, textOf(pre).replace(/\n$/, ''));
        const shown = block.invisible
          ? {
              ...pre,
              children: pre.children.map((child) => (child === code ? showInvisibleIn(code) : child)),
            }
          : pre;
        return wrapperOf(shown, block);
      },
    },
  };
}

/** The fence's language and meta string, which the processor keeps on the `code` element's data. */
function fenceOf(code: Element): { lang: string | undefined; meta: string | undefined } {
  const data = code.data as { lang?: unknown; meta?: unknown } | undefined;
  const lang = typeof data?.lang === 'string' ? data.lang.toLowerCase() : undefined;
  return { lang, meta: typeof data?.meta === 'string' && data.meta ? data.meta : undefined };
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
