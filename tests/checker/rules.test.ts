import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { ruleDocsUrl, ruleIds } from '../../src/checker/rules.ts';
import { ruleChecks } from '../../src/checker/rules/index.ts';
import { pageIdOf } from '../../src/model/index.ts';
import { parseMarkdown } from '../../src/model/markdown.ts';

const docsPage = fileURLToPath(new URL('../../src/content/docs/contributing/checks.mdx', import.meta.url));

describe('rule table', () => {
  test('every rule has an implementation', () => {
    expect(Object.keys(ruleChecks).sort()).toEqual([...ruleIds].sort());
  });

  test('every rule has its own section on /contributing/checks/', () => {
    const headings = parseMarkdown(readFileSync(docsPage, 'utf8'), 'mdx')
      .children.filter((node): node is Heading => node.type === 'heading' && node.depth === 2)
      .map((heading) => toString(heading));
    expect(headings).toEqual(expect.arrayContaining(ruleIds));
  });

  test('links each rule to its section', () => {
    expect(ruleDocsUrl('link-anchor', 'https://ops.example.com/handbook/')).toBe(
      'https://ops.example.com/handbook/contributing/checks/#link-anchor',
    );
  });
});

describe('pageIdOf', () => {
  test.each([
    ['index.mdx', 'index'],
    ['runbooks/index.mdx', 'runbooks'],
    ['runbooks/Scaling.mdx', 'runbooks/scaling'],
    ['reference/api.md', 'reference/api'],
  ])('names %s %s, as Starlight does', (file, id) => {
    expect(pageIdOf(file)).toBe(id);
  });
});
