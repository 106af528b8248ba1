import type { Element, ElementContent } from 'hast';
import type { HastPluginObject } from './types.ts';

const blocks = new Set(['ul', 'ol', 'div', 'pre', 'figure', 'table', 'blockquote']);

/** The text of an item's own line: what follows its checkbox, without nested lists or blocks. */
const lineText = (nodes: readonly ElementContent[]): string =>
  nodes
    .map((node) =>
      node.type === 'text'
        ? node.value
        : node.type === 'element' && !blocks.has(node.tagName)
          ? lineText(node.children)
          : '',
    )
    .join('');

const isCheckbox = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';

/** The label of a checkbox whose item is `item` (an `li`, or the `p` of a loose item). */
export function checkboxLabel(item: Element): string | undefined {
  if (item.tagName !== 'li' && item.tagName !== 'p') return undefined;
  return lineText(item.children).replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * GFM renders a task item's checkbox with no label; screen readers then announce "checkbox" alone.
 * This names each one after the text of its item.
 */
export function taskListLabels(): HastPluginObject {
  return {
    name: 'handbook-task-list-labels',
    element: {
      filter: ['input'],
      visit(input, ctx) {
        const item = ctx.parent(input);
        if (!isCheckbox(input) || item?.type !== 'element') return;
        // Only the item's own checkbox, the first: GFM puts it before the text.
        if (item.children.findIndex(isCheckbox) !== ctx.indexOf(input)) return;
        const label = checkboxLabel(item);
        if (label) ctx.setProperty(input, 'ariaLabel', label);
      },
    },
  };
}
