import type { Node, Parent } from 'unist';

const cautionTypes = new Set(['caution', 'danger']);

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * `:::caution`, `:::danger`, or `<Aside type="caution">` / `type="danger"`, also when written on one
 * line, which MDX reads as a paragraph holding the element.
 */
export function isCautionAside(node: Node): boolean {
  if (node.type === 'containerDirective') return cautionTypes.has((node as { name?: string }).name ?? '');
  if (node.type === 'paragraph') {
    const children = (node as Parent).children.filter(
      (child) => !(child.type === 'text' && !(child as { value?: string }).value?.trim()),
    );
    return children.length === 1 && children[0]!.type === 'mdxJsxTextElement' && isCautionAside(children[0]!);
  }
  if (
    (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') ||
    (node as { name?: string }).name !== 'Aside'
  )
    return false;
  const attributes = (node as { attributes?: JsxAttribute[] }).attributes ?? [];
  return attributes.some(
    (attribute) =>
      attribute.name === 'type' && typeof attribute.value === 'string' && cautionTypes.has(attribute.value),
  );
}

/** `{/* comments *\/}` between an aside and its block do not separate them. */
const isComment = (node: Node) =>
  node.type === 'mdxFlowExpression' &&
  /^\s*\/\*[\s\S]*\*\/\s*$/.test((node as { value?: string }).value ?? '');

/** The text of a node and its children. */
const textOf = (node: Node): string =>
  (node as { value?: string }).value ?? ((node as Partial<Parent>).children ?? []).map(textOf).join('');

/** A heading that announces a tutorial's last step: "Clean up", "Cleanup", "Tear down", "Uninstall". */
const cleanupHeading =
  /^\s*(clean[\s-]?up|tear[\s-]?down|teardown|uninstall(ing)?|remov(e|ing) (the|everything|all))\b/i;
export const isCleanupHeading = (node: Node) => node.type === 'heading' && cleanupHeading.test(textOf(node));

/**
 * Whether the page announces the step right before `node`: a caution aside as its previous
 * sibling, or a "Clean up" heading with only prose between it and the block. When `node` opens
 * its container (a list item, a tab), what stands right before that container counts.
 */
export function hasCautionBefore(node: Node, ancestors: readonly Parent[]): boolean {
  let current = node;
  for (let depth = ancestors.length - 1; depth >= 0; depth--) {
    const siblings = ancestors[depth]!.children;
    const before = siblings.slice(0, siblings.indexOf(current)).filter((sibling) => !isComment(sibling));
    const previous = before.at(-1);
    if (previous) return isCautionAside(previous) || announcedByHeading(before);
    current = ancestors[depth]!;
  }
  return false;
}

/** The nearest heading before, with nothing but paragraphs after it, is a "Clean up" heading. */
function announcedByHeading(before: readonly Node[]): boolean {
  const heading = before.findLastIndex((node) => node.type === 'heading');
  return (
    heading !== -1 &&
    isCleanupHeading(before[heading]!) &&
    before.slice(heading + 1).every((node) => node.type === 'paragraph')
  );
}
