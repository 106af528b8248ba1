import path from 'node:path';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';
import { readHtml } from '../helpers/html.ts';

describe('the home page', () => {
  test('leads new hires to the getting-started path before its first section', () => {
    const tree = readHtml(path.join(builtSite(), 'index.html'));
    // The page's own content, in document order: links and section headings.
    const flow = selectAll('.sl-markdown-content a[href], .sl-markdown-content h2', tree) as Element[];
    const firstSection = flow.findIndex((element) => element.tagName === 'h2');
    const guide = flow.findIndex(
      (element) => element.tagName === 'a' && element.properties['href'] === '/getting-started/',
    );
    expect(firstSection).toBeGreaterThan(0);
    expect(guide).toBeGreaterThanOrEqual(0);
    expect(guide).toBeLessThan(firstSection);
  });
});
