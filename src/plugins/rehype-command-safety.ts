import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { scriptOfFence } from '../checker/commands/blocks.ts';
import { analyzeScript } from '../checker/commands/model.ts';
import { loadShellParser } from '../shell/parser.ts';
import { scriptSafety, type Safety, type SafetyLevel } from '../checker/commands/safety.ts';
import { shellLangs, type ShellLang } from '../checker/site/collect.ts';
import { loadSystemData } from '../data/load.ts';
import type { Tool } from '../data/schema.ts';

/** What the badge above a shell block says for each class. */
export const safetyLabels: Record<SafetyLevel, string> = {
  'read-only': 'Read-only',
  'changes-state': 'Changes state',
  destructive: 'Destructive',
};

/** The text of a node, as `hast-util-to-string` would give it. */
const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

const languageOf = (code: Element): ShellLang | undefined => {
  const classes = Array.isArray(code.properties['className']) ? code.properties['className'] : [];
  const lang = classes.map(String).find((name) => name.startsWith('language-'));
  const id = lang?.slice('language-'.length).toLowerCase();
  return shellLangs.find((shell) => shell === id);
};

/**
 * Wraps every shell block in `<div class="command-block" data-safety="…">` with a badge that
 * names its safety class, decided by the checker's classifier from `src/data/tools.yaml`. It runs
 * before Expressive Code, which renders the `pre` inside the wrapper. A `console` block also gets
 * `data-copy`: its commands without prompts or output, which is what the copy button copies.
 */
export function rehypeCommandSafety() {
  let tools: Tool[] | undefined;
  // Runbooks repeat the same blocks (`kubectl get pods`, health checks): each distinct block is
  // parsed and classified once per build.
  const classified = new Map<string, { text: string; safety: Safety }>();
  return () => async (tree: Root) => {
    const blocks: { pre: Element; parent: Root | Element; lang: ShellLang }[] = [];
    visit(tree, 'element', (node, _index, parent) => {
      if (node.tagName !== 'pre' || (parent?.type !== 'root' && parent?.type !== 'element')) return;
      const code = node.children.find((child): child is Element => child.type === 'element');
      const lang = code?.tagName === 'code' ? languageOf(code) : undefined;
      if (lang) blocks.push({ pre: node, parent, lang });
      return SKIP;
    });
    if (blocks.length === 0) return;
    tools ??= loadSystemData().tools;
    const parser = await loadShellParser();
    for (const { pre, parent, lang } of blocks) {
      const value = textOf(pre).replace(/\n$/, '');
      const key = `${lang}\0${value}`;
      let block = classified.get(key);
      if (!block) {
        const { text } = scriptOfFence({ lang, value, line: 0, cautioned: false }, parser);
        block = { text, safety: scriptSafety(analyzeScript(parser, text).commands, tools) };
        classified.set(key, block);
      }
      const { text: scriptText, safety } = block;
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
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['command-block'],
          dataSafety: safety.level,
          ...(lang === 'console' ? { dataCopy: scriptText } : {}),
        },
        children: [badge, pre],
      };
      parent.children.splice(parent.children.indexOf(pre), 1, wrapper);
    }
  };
}
