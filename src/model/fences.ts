import type { Code, Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node, Parent } from 'unist';
import { hasCautionBefore } from '../checker/site/asides.ts';

import { shellLangOf, shellLangs, type ShellLang } from '../shell/langs.ts';

export { shellLangs, type ShellLang };

/**
 * A fenced code block in one of the shell languages, as written: the shell-block model reads it.
 * A `diff` fence with `lang="sh"` (its lines are shell) is one too: its added and context lines are
 * checked, its removed lines never (the badge and copy button read it the same way).
 */
export interface FenceRef {
  /** The fence's own language, lower-cased: a shell language, or `diff`. */
  lang: string;
  /** The shell language its lines are read in (a `diff` fence's `lang="…"`). */
  shell: ShellLang;
  /** The rest of the info string after the language, such as `title="x" del={2}`. */
  meta?: string | undefined;
  value: string;
  /** Line of the opening fence. */
  line: number;
  /** The page announces what the block does: a caution aside, or a "Clean up"-style heading. */
  cautioned: boolean;
  /** What announced it, when something did. */
  announcedBy?: 'caution' | 'heading';
}

// Headings under which a tutorial removes what it made: the commands there are the point of the section.
const cleanupHeading =
  /^(?:(?:step\s+)?\d+[.):]?\s*)?(?:clean(?:ing)?[\s-]?up|tear(?:ing)?[\s-]?down|uninstall(?:ing)?)\b/i;

/** Whether a heading's text announces destructive steps, such as "Clean up" or "Tear down the cluster". */
export const isCleanupHeading = (text: string) => cleanupHeading.test(text.trim());

/** The shell fences of a page in document order, each with what announces it. */
export function fencesOf(tree: Root): FenceRef[] {
  const fences: FenceRef[] = [];
  const ancestors: Parent[] = [];
  let heading: string | undefined;
  const walk = (node: Node) => {
    if (node.type === 'heading') heading = toString(node as Heading);
    if (node.type === 'code') {
      const fence = fenceOf(node as Code, ancestors, heading);
      if (fence) fences.push(fence);
    }
    const children = (node as Partial<Parent>).children;
    if (!children) return;
    ancestors.push(node as Parent);
    children.forEach(walk);
    ancestors.pop();
  };
  walk(tree);
  return fences;
}

function fenceOf(
  node: Code,
  ancestors: readonly Parent[],
  heading: string | undefined,
): FenceRef | undefined {
  const shell = shellLangOf(node.lang ?? undefined, node.meta ?? undefined);
  if (!shell) return undefined;
  // `hasCautionBefore` counts a caution aside right before the block, and a "Clean up" heading with
  // only prose between it and the block.
  const announcedBy = hasCautionBefore(node, ancestors)
    ? heading !== undefined && isCleanupHeading(heading)
      ? 'heading'
      : 'caution'
    : undefined;
  return {
    lang: node.lang!.toLowerCase(),
    shell,
    ...(node.meta ? { meta: node.meta } : {}),
    value: node.value,
    line: node.position?.start.line ?? 1,
    cautioned: announcedBy !== undefined,
    ...(announcedBy ? { announcedBy } : {}),
  };
}
