import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

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

/**
 * GFM renders a task item's checkbox with no label; screen readers then announce "checkbox" alone.
 * This names each one after the text of its item.
 */
export function rehypeTaskListLabels() {
  return () => (tree: Root) => {
    visit(tree, 'element', (node) => {
      const box = node.children.find(isCheckbox);
      if (!box || (node.tagName !== 'li' && node.tagName !== 'p')) return;
      const label = lineText(node.children).replace(/\s+/g, ' ').trim();
      if (label) box.properties['ariaLabel'] = label;
    });
  };
}
