import type { Code, Definition, Link, Root, Text } from 'mdast';
import type { Node, Parent } from 'unist';
import { shellLangs, type ShellLang } from '../../shell/langs.ts';
import { hasCautionBefore } from './asides.ts';

/** A link as written in the page: Markdown link, reference definition or JSX `href`/`link`. */
export interface LinkRef {
  href: string;
  line: number;
}

/** A fenced code block in one of the shell languages. */
export interface FenceRef {
  lang: ShellLang;
  value: string;
  /** The fence's meta string (`title="x" del={2}`), as mdast's `code.meta`. */
  meta?: string | undefined;
  /** Line of the opening fence. */
  line: number;
  /** A caution aside stands right before it. */
  cautioned: boolean;
}

export { shellLangs, type ShellLang } from '../../shell/langs.ts';

const linkAttributes = new Set(['href', 'link']);

interface JsxElement extends Node {
  attributes: { type: string; name?: string; value?: unknown; position?: Node['position'] }[];
}

const lineOf = (node: Node) => node.position?.start.line ?? 1;

// What GFM turns into a link by itself: `https://…` and `www.…`, without trailing punctuation.
const bareUrl = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/g;
const trailing = /[.,:;!?'")\]*]+$/;

/** Bare URLs in a text node, as GFM's autolink literals would link them. */
function bareUrls(node: Text): LinkRef[] {
  if (!node.value.includes('://') && !node.value.includes('www.')) return [];
  const lines = node.value.split('\n');
  return lines.flatMap((text, offset) =>
    [...text.matchAll(bareUrl)].map((match) => {
      const url = match[0].replace(trailing, '');
      return { href: url.startsWith('www.') ? `http://${url}` : url, line: lineOf(node) + offset };
    }),
  );
}

/** Links from a link, a reference definition or a JSX `href`/`link` attribute, and bare URLs in text. */
function linksOf(node: Node, parent: Node | undefined): LinkRef[] {
  if (node.type === 'link') return [{ href: (node as Link).url, line: lineOf(node) }];
  // `[^1]: …` is a GFM footnote, which the core syntax reads as a definition.
  if (node.type === 'definition' && !(node as Definition).label?.startsWith('^'))
    return [{ href: (node as Definition).url, line: lineOf(node) }];
  if (node.type === 'text' && parent?.type !== 'link') return bareUrls(node as Text);
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return [];
  return (node as JsxElement).attributes.flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' &&
    linkAttributes.has(attribute.name ?? '') &&
    typeof attribute.value === 'string'
      ? [{ href: attribute.value, line: lineOf(attribute.position ? (attribute as Node) : node) }]
      : [],
  );
}

function fenceOf(node: Code, ancestors: readonly Parent[]): FenceRef | undefined {
  const lang = node.lang?.toLowerCase();
  if (!shellLangs.includes(lang as ShellLang)) return undefined;
  return {
    lang: lang as ShellLang,
    value: node.value,
    meta: node.meta ?? undefined,
    line: lineOf(node),
    cautioned: hasCautionBefore(node, ancestors),
  };
}

/** The links and shell fences of a page, in document order, from one walk over its tree. */
export function collectPage(tree: Root): { links: LinkRef[]; fences: FenceRef[] } {
  const links: LinkRef[] = [];
  const fences: FenceRef[] = [];
  const ancestors: Parent[] = [];
  const walk = (node: Node) => {
    links.push(...linksOf(node, ancestors.at(-1)));
    const fence = node.type === 'code' ? fenceOf(node as Code, ancestors) : undefined;
    if (fence) fences.push(fence);
    const children = (node as Partial<Parent>).children;
    if (!children) return;
    ancestors.push(node as Parent);
    children.forEach(walk);
    ancestors.pop();
  };
  walk(tree);
  return { links, fences };
}
