import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { requiredSections, type PageKind } from '../schemas/kinds.ts';
import type { PageFrontmatter } from '../schemas/page.ts';

/** Required h2 sections of `kind` that the page's Markdown tree lacks. */
export function missingSections(tree: Root, kind: PageKind): string[] {
  const present = new Set<string>();
  visit(tree, 'heading', (node: Heading) => {
    if (node.depth === 2) present.add(toString(node).trim().toLowerCase());
  });
  return requiredSections[kind].filter((heading) => !present.has(heading.toLowerCase()));
}

/** Frontmatter fields a runbook must set: what triggers it, how long it takes, what undoes it. */
export const runbookFields = ['when', 'estimatedMinutes', 'rollback'] as const;

/** Required fields of the page's kind that its frontmatter leaves out. */
export const missingFields = (data: PageFrontmatter): string[] =>
  data.kind === 'runbook' ? runbookFields.filter((field) => data[field] === undefined) : [];
