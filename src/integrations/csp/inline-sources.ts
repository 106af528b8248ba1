import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Inline code in one HTML document that a Content-Security-Policy has to allow by hash. */
export interface InlineSources {
  /** Text of every `<script>` without `src`. */
  scripts: string[];
  /** Text of every `<style>` element, in HTML and in inline SVG. */
  styles: string[];
  /** Value of every `style="…"` attribute. */
  styleAttributes: string[];
}

/**
 * Collects the inline scripts and styles of `html` exactly as the browser hashes them: parsed, not
 * matched with a regular expression, so entities in SVG `<style>` are decoded and `</script>`-like text
 * inside attributes or comments is not mistaken for code.
 */
export function inlineSources(html: string): InlineSources {
  const found: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
  visit(parse(html), (element) => {
    const attributes = new Map(element.attrs.map((attr) => [attr.name, attr.value]));
    const style = attributes.get('style');
    if (style !== undefined) found.styleAttributes.push(style);
    if (element.tagName === 'script' && !attributes.has('src')) found.scripts.push(textOf(element));
    if (element.tagName === 'style') found.styles.push(textOf(element));
  });
  return found;
}

function visit(node: Node, onElement: (element: Element) => void): void {
  if ('tagName' in node) onElement(node);
  // A <template>'s children live in its content fragment, which the browser also parses.
  if ('content' in node) visit(node.content, onElement);
  if ('childNodes' in node) for (const child of node.childNodes) visit(child, onElement);
}

function textOf(element: Element): string {
  return element.childNodes
    .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
    .join('');
}
