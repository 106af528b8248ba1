import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pageIdOf, readPages, treeIdOf, type Layout } from '../../src/model/index.ts';
import { pageHref, sitePathOf, withBase, withoutBase } from '../../src/lib/page-url.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'handbook-model-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `files` into a fresh folder and reads it through the model. */
function pagesOf(files: Record<string, string | Buffer>, layout: Layout = 'starlight') {
  const docsDir = mkdtempSync(path.join(scratch, 'docs-'));
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(docsDir, relative)), { recursive: true });
    writeFileSync(path.join(docsDir, relative), text);
  }
  return readPages({ root: docsDir, docsDir, layout });
}

const onePage = (name: string, text: string | Buffer) => pagesOf({ [name]: text })[0]!;

describe('page source → model fields', () => {
  test.each([
    ['runbooks/Scaling.mdx', 'starlight', 'runbooks/scaling', '/runbooks/scaling/'],
    ['runbooks/index.mdx', 'starlight', 'runbooks', '/runbooks/'],
    ['index.mdx', 'starlight', 'index', '/'],
    ['reference/api.md', 'starlight', 'reference/api', '/reference/api/'],
    ['_notes/x.mdx', 'starlight', '_notes/x', '/_notes/x/'],
    ['alerts/README.md', 'tree', 'alerts', '/alerts/'],
    ['alerts/_index.md', 'tree', 'alerts', '/alerts/'],
    ['README.md', 'tree', 'index', '/'],
    ['alerts/CPUThrottling.md', 'tree', 'alerts/CPUThrottling', '/alerts/CPUThrottling/'],
  ] as const)('%s (%s) is %s at %s', (file, layout, id, url) => {
    const [page] = pagesOf({ [file]: '# Title\n' }, layout);
    expect({ id: page!.id, url: page!.url, relative: page!.relative }).toEqual({ id, url, relative: file });
  });

  test('Starlight does not publish file names starting with _, a repository tree keeps them', () => {
    const files = { '_partial.mdx': '# P\n', 'a/_index.md': '# A\n', 'b.md': '# B\n' };
    expect(pagesOf(files).map((page) => page.relative)).toEqual(['b.md']);
    expect(pagesOf(files, 'tree').map((page) => page.relative)).toEqual([
      '_partial.mdx',
      'a/_index.md',
      'b.md',
    ]);
  });

  test('frontmatter with the line of each field (a missing one: the first field), and the kind', () => {
    const page = onePage('x.mdx', '---\ntitle: X\nkind: runbook\nalerts:\n  - a\n  - b\n---\n\n# X\n');
    expect(page.kind).toBe('runbook');
    expect(page.frontmatter.value).toMatchObject({ title: 'X', alerts: ['a', 'b'] });
    expect([page.lineOf(['kind']), page.lineOf(['alerts', 1]), page.lineOf(['missing'])]).toEqual([3, 6, 2]);
  });

  test('headings with GitHub and Starlight slugs, and explicit ids', () => {
    const page = onePage(
      'x.md',
      '# Restart & recover\n\n## Steps\n\n## Steps\n\n## 2. Promote the replica\n\n<a name="legacy"></a>\n',
    );
    expect(page.headings.map((heading) => [heading.depth, heading.slug, heading.line])).toEqual([
      [1, 'restart--recover', 1],
      [2, 'steps', 3],
      [2, 'steps-1', 5],
      [2, '2-promote-the-replica', 7],
    ]);
    expect(page.ids.has('legacy')).toBe(true);
  });

  test('links: Markdown, reference definitions, GFM autolinks, HTML in .md, JSX href in .mdx', () => {
    const md = onePage(
      'x.md',
      '[a](./a.md)\n\nSee https://status.example.com.\n\n[ref]: /b/\n\n<a href="c.md">c</a>\n',
    );
    expect(md.links).toEqual([
      { href: './a.md', line: 1 },
      { href: 'https://status.example.com', line: 3 },
      { href: '/b/', line: 5 },
      { href: 'c.md', line: 7 },
    ]);
    const mdx = onePage('y.mdx', '<Card\n  title="x"\n  href="/runbooks/"\n/>\n');
    expect(mdx.links).toEqual([{ href: '/runbooks/', line: 3 }]);
  });

  test('.md is CommonMark + GFM: braces and raw HTML are text, not MDX errors', () => {
    const page = onePage('x.md', 'A {tenant} value.<br>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(page.syntaxProblem).toBeUndefined();
    expect(page.tree.children.map((node) => node.type)).toEqual(['paragraph', 'table']);
  });

  test('.mdx that does not parse: the line and reason, and the rest of the page still read', () => {
    const page = onePage('x.mdx', '---\ntitle: X\n---\n\nText.\n\n<Aside>\nnever closed\n');
    expect(page.syntaxProblem).toMatchObject({ line: 7, field: '(mdx)' });
    expect(page.frontmatter.value).toMatchObject({ title: 'X' });
  });

  test('bytes that are not UTF-8: an encoding problem at their line', () => {
    const page = onePage('x.md', Buffer.from('# Caf\u00e9\n\nok\n\nCaf\xe9\n', 'latin1'));
    expect(page.encodingProblem).toMatchObject({ line: 1, field: '(encoding)' });
  });

  test('shell fences with their meta, and what announces them', () => {
    const page = onePage(
      'x.mdx',
      [
        '```bash title="x"',
        'ls',
        '```',
        '',
        ':::caution',
        'Deletes.',
        ':::',
        '',
        '```sh',
        'rm -rf /tmp/x',
        '```',
        '',
        '## Clean up',
        '',
        'Remove what you made:',
        '',
        '```console',
        '$ kind delete cluster',
        '```',
        '',
        '```yaml',
        'a: 1',
        '```',
        '',
        '```diff lang="sh"',
        '-docker compose up -d app',
        '+docker compose up -d --wait app',
        '```',
        '',
        '```diff',
        '-a',
        '```',
      ].join('\n'),
    );
    expect(page.fences).toEqual([
      { lang: 'bash', shell: 'bash', meta: 'title="x"', value: 'ls', line: 1, cautioned: false },
      { lang: 'sh', shell: 'sh', value: 'rm -rf /tmp/x', line: 9, cautioned: true, announcedBy: 'caution' },
      {
        lang: 'console',
        shell: 'console',
        value: '$ kind delete cluster',
        line: 17,
        cautioned: true,
        announcedBy: 'heading',
      },
      {
        lang: 'diff',
        shell: 'sh',
        meta: 'lang="sh"',
        value: '-docker compose up -d app\n+docker compose up -d --wait app',
        line: 25,
        cautioned: false,
      },
    ]);
  });
});

describe('page addresses (src/lib/page-url.ts)', () => {
  test.each([
    [['index', '/'], '/'],
    [['runbooks/scaling', '/'], '/runbooks/scaling/'],
    [['runbooks/scaling', '/handbook/', 'steps'], '/handbook/runbooks/scaling/#steps'],
    [['/rollback/app/', '/handbook'], '/handbook/rollback/app/'],
  ] as const)('pageHref(%j) → %s', (args, href) => {
    expect(pageHref(...(args as unknown as [string, string, string?]))).toBe(href);
  });

  test('adds and removes the base once', () => {
    expect(withBase('/handbook/x/', '/handbook/')).toBe('/handbook/x/');
    expect(withBase('//cdn.example.com/x', '/handbook/')).toBe('//cdn.example.com/x');
    expect(withoutBase('/handbook/x/', '/handbook/')).toBe('/x/');
    expect(sitePathOf('runbooks/x', 'verify')).toBe('/runbooks/x/#verify');
  });

  test('ids from paths', () => {
    expect([pageIdOf('a/Index.mdx'), treeIdOf('a/readme.md'), treeIdOf('a/b.markdown')]).toEqual([
      'a',
      'a',
      'a/b',
    ]);
  });
});
