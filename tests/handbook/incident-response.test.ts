import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Heading, Root, Table } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';
import { readHtml } from '../helpers/html.ts';

const dist = builtSite();
const htmlOf = (id: string) => readHtml(path.join(dist, id, 'index.html'));
const parseMarkdown = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);

// The addresses issue 13 adds; runbooks on other branches link to them.
const issue13Addresses = [
  'incident-response/silencing-and-maintenance-windows',
  'incident-response/on-call-handoff',
  'incident-response/incident-role-training',
  'runbooks/security-incident',
  'runbooks/certificate-issuance',
  'reference/compose-stack',
  'reference/database-schema',
];

describe('issue 13 pages', () => {
  test.each(issue13Addresses)('the build has /%s/', (id) => {
    expect(existsSync(path.join(dist, id, 'index.html'))).toBe(true);
  });
});

/** Text of each cell of the built table rows whose first cell is `first`. */
function rowsStartingWith(id: string, first: string): string[][] {
  return selectAll('table tr', htmlOf(id))
    .map((row) => selectAll('td, th', row).map((cell) => hastText(cell).trim()))
    .filter((cells) => cells[0] === first);
}

describe('status page cadence (one statement, as the canonical decisions say)', () => {
  test.each([
    ['SEV1', ['within 15 minutes of declaring', 'every 30 minutes', 'at resolution']],
    ['SEV2', ['within 15 minutes of declaring', 'every 60 minutes', 'at resolution']],
    ['SEV3', ['No post, unless customers see the problem']],
  ])('the communication page gives %s its cadence', (severity, phrases) => {
    const rows = rowsStartingWith('incident-response/communication', severity);
    expect(rows).toHaveLength(1);
    const statusPage = rows[0]!.at(-1)!;
    for (const phrase of phrases) expect(statusPage).toContain(phrase);
  });

  test('long-incident mode updates every 2 hours after 4 hours', () => {
    const headings = selectAll('h3', htmlOf('incident-response/communication')).map((h) => hastText(h));
    expect(headings).toContain('Long-incident mode');
    const text = hastText(htmlOf('incident-response/communication'));
    expect(text).toContain('When an incident has run for 4 hours');
    expect(text).toContain('every 2 hours');
  });
});

/** The Markdown template inside the post-mortem page's `markdown` code fence, parsed. */
function postmortemTemplate(): Root {
  const page = parseMarkdown(readFileSync('src/content/docs/incident-response/postmortem.mdx', 'utf8'));
  let template: string | undefined;
  visit(page, 'code', (node: Code) => {
    if (node.lang === 'markdown' && node.value.startsWith('# Post-mortem')) template = node.value;
  });
  if (template === undefined)
    throw new Error('postmortem.mdx: no ```markdown template starting "# Post-mortem"');
  return parseMarkdown(template);
}

const headerCells = (table: Table) => table.children[0]!.children.map((cell) => mdastText(cell));

describe('post-mortem template', () => {
  const template = postmortemTemplate();
  const sections = (): string[] => {
    const found: string[] = [];
    visit(template, 'heading', (node: Heading) => {
      if (node.depth === 2) found.push(mdastText(node));
    });
    return found;
  };
  const tables = (): Table[] => {
    const found: Table[] = [];
    visit(template, 'table', (node: Table) => {
      found.push(node);
    });
    return found;
  };

  test('has the sections an on-call team needs', () => {
    expect(sections()).toEqual(
      expect.arrayContaining(['Responders', 'Time at each severity', 'Timeline', 'Action items']),
    );
  });

  test('gives every timeline event a link and every action item a status', () => {
    const headers = tables().map(headerCells);
    expect(headers).toContainEqual(['Time (UTC)', 'Event', 'Link']);
    expect(headers.find((cells) => cells[0] === 'Action')).toContain('Status');
    expect(headers).toContainEqual(['Severity', 'From (UTC)', 'To (UTC)', 'Duration']);
  });

  test('states the draft and review-meeting deadlines in its header', () => {
    const rows = tables()[0]!.children.map((row) => mdastText(row.children[0]!));
    expect(rows).toContain('Draft due (resolution + 48 h)');
    expect(rows).toContain('Review meeting (within 5 working days)');
  });
});
