import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { pageTemplate } from '../../../scripts/lib/page-template.ts';
import { finding, type Finding } from '../../checker/findings.ts';
import { pageKinds } from '../../schemas/kinds.ts';
import type { Page } from '../../model/index.ts';
import { readFrontmatter } from '../../model/frontmatter.ts';
import { parseMarkdown } from '../../model/markdown.ts';
import type { SourceRule } from '../context.ts';

// Fields whose template value is a fine value to keep (the page's own title, the kind, the owner).
const placeholderFields = ['description', 'when', 'rollback', 'symptoms'];

/** `page-template`: frontmatter values and paragraphs still as `npm run new` wrote them. */
export const pageTemplateText: SourceRule = ({ pages, handbook }) =>
  // A draft is a page still being written (and the templates `npm run init` leaves are drafts):
  // the template's text is only a problem once the page is published.
  handbook ? pages.flatMap((page) => (page.draft ? [] : leftovers(page))) : [];

function leftovers(page: Page): Finding[] {
  const title = typeof page.frontmatter.value['title'] === 'string' ? page.frontmatter.value['title'] : '';
  const template = pageTemplate(page.kind, title, new Date(0));
  const written = readFrontmatter(template, 'template').value;
  const found: Finding[] = [];
  const at = (line: number, target: string, what: string) =>
    found.push(
      finding('page-template', { file: page.file, line }, `${what} is still the template's text`, target),
    );
  for (const field of placeholderFields) {
    const ours = page.frontmatter.value[field];
    const theirs = written[field];
    if (Array.isArray(ours) && Array.isArray(theirs))
      ours.forEach((item, index) => {
        if (theirs.includes(item)) at(page.lineOf([field, index]), `${field}.${index}`, `\`${field}\``);
      });
    else if (ours !== undefined && ours === theirs) at(page.lineOf([field]), field, `\`${field}\``);
  }
  visit(page.tree, 'paragraph', (node: Paragraph) => {
    const text = toString(node).trim();
    if (templateParagraphs.has(text)) at(node.position?.start.line ?? 1, text, `"${text}"`);
  });
  return found;
}

/** The paragraphs every kind's template asks the author to replace, such as "Write this section." */
const templateParagraphs = (() => {
  const texts = new Set<string>();
  for (const kind of pageKinds)
    visit(parseMarkdown(pageTemplate(kind, 'Title', new Date(0)), 'md'), 'paragraph', (node: Paragraph) => {
      texts.add(toString(node).trim());
    });
  return texts;
})();
