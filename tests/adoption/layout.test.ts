import { describe, expect, test } from 'vitest';
import { linkCandidates, targetOf } from '../../src/adoption/layout.ts';

describe('where imported files land, read as the page model reads a repository tree', () => {
  test('a file becomes a page under the section, its name slugged', () => {
    expect(targetOf('node/KubePodCrashLooping.md', 'runbooks/k8s')).toEqual({
      file: 'runbooks/k8s/node/kubepodcrashlooping.md',
      pageId: 'runbooks/k8s/node/kubepodcrashlooping',
    });
    expect(targetOf('Guides/Widget.mdx', 'runbooks')).toEqual({
      file: 'runbooks/guides/widget.mdx',
      pageId: 'runbooks/guides/widget',
    });
  });

  test("a folder's README, index or _index becomes its index page; the top one the section's", () => {
    expect(targetOf('db/README.md', 'runbooks/x').pageId).toBe('runbooks/x/db');
    expect(targetOf('db/_index.md', 'runbooks/x').file).toBe('runbooks/x/db/index.md');
    expect(targetOf('README.md', 'runbooks/x')).toEqual({
      file: 'runbooks/x/index.md',
      pageId: 'runbooks/x',
    });
    expect(targetOf('index.md', '')).toEqual({ file: 'index.md', pageId: 'index' });
  });

  test("a link means the file itself, else the page of that tree id: `x` the file beside the folder first, `x/` the folder's page", () => {
    const files = ['README.md', 'db/README.md', 'db.md', 'db/restore.md', 'guides/_index.md', 'images/a.png'];
    expect(linkCandidates('guides/x.md', '../db/restore', files)).toEqual(['db/restore', 'db/restore.md']);
    expect(linkCandidates('README.md', 'db', files)).toEqual(['db', 'db.md', 'db/README.md']);
    expect(linkCandidates('README.md', 'db/', files)).toEqual(['db/', 'db/README.md', 'db.md']);
    expect(linkCandidates('db/restore.md', '../guides/index.html', files)).toEqual([
      'guides/index.html',
      'guides/_index.md',
    ]);
    expect(linkCandidates('db/restore.md', '..', files)).toEqual(['.', 'README.md']);
    expect(linkCandidates('README.md', 'images/a.png', files)).toEqual(['images/a.png']);
  });
});
