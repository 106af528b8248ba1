import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { stringify } from 'yaml';
import type { PageKind } from '../schemas/kinds.ts';
import { firstParagraph, inferKind } from './infer.ts';
import type { ReadResult } from './read-markdown.ts';
import { rewriteLinks, type LinkNote, type LinkResolver } from './rewrite-links.ts';

export interface ConvertOptions {
  /** Path of the file in the source folder, with `/` separators. */
  from: string;
  kind: PageKind | undefined;
  owner: string | undefined;
  service: string | undefined;
  /** `YYYY-MM-DD`, recorded as when the page was imported. */
  today: string;
  /** The alert the file is named after; listed in `alerts:` when the page is a runbook. */
  alert: { name: string; id: string } | undefined;
  /** Whether the page may list that alert (false when the data gives it another runbook). */
  listAlert: boolean;
}

export interface ConvertedPage {
  text: string;
  kind: PageKind;
  alert: { name: string; id: string } | undefined;
  notes: LinkNote[];
}

/** Frontmatter keys other tools use that the handbook has no use for; reported, not kept. */
const keptKeys = new Set(['title', 'description']);

/** The page's first heading when it opens the page: it becomes the title, not a second one. */
function openingHeading(tree: Root): Heading | undefined {
  const first = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'html');
  return first?.type === 'heading' && first.depth === 1 ? first : undefined;
}

export const stemOf = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.(md|markdown|mdx)$/i, '');

/** A source page as a handbook page: frontmatter the handbook needs, links to the new addresses. */
export function convertPage(
  source: Extract<ReadResult, { ok: true }>,
  options: ConvertOptions,
  resolve: LinkResolver,
): ConvertedPage {
  const { text, tree, frontmatter, yaml } = source;
  const opening = openingHeading(tree);
  const title =
    (typeof frontmatter['title'] === 'string' && frontmatter['title'].trim()) ||
    (opening && toString(opening).trim()) ||
    stemOf(options.from);
  const { alert } = options;
  const kind = options.kind ?? inferKind(tree, alert !== undefined);
  const answers = kind === 'runbook' && options.listAlert ? alert : undefined;
  const description =
    (typeof frontmatter['description'] === 'string' && frontmatter['description'].trim()) ||
    firstParagraph(tree) ||
    `Imported from ${options.from}.`;

  // The body starts after the frontmatter and the heading that became the title.
  const bodyStart = Math.max(yaml?.position?.end.offset ?? 0, opening?.position?.end.offset ?? 0);
  const rewritten = rewriteLinks(text, tree, resolve, bodyStart);
  const body = rewritten.text.replace(/^\s*\n/, '');

  const dropped = Object.keys(frontmatter).filter((key) => !keptKeys.has(key));
  const notes = [...rewritten.notes];
  if (dropped.length > 0)
    notes.push({ line: 1, message: `frontmatter keys not kept: ${dropped.join(', ')}` });

  const data = {
    title,
    description,
    kind,
    ...(options.owner ? { owner: options.owner } : {}),
    ...(options.service ? { services: [options.service] } : {}),
    ...(answers ? { alerts: [answers.id] } : {}),
    imported: { from: options.from, on: options.today },
  };
  return { text: `---\n${stringify(data)}---\n\n${body}`, kind, alert: answers, notes };
}
