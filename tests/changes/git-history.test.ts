import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileHistory, readHistory, recentChanges } from '../../src/lib/git-history.ts';
import { pageHashes } from '../../src/lib/page-sections.ts';
import { gitRepository, type GitFixture } from './git-fixture.ts';

const page = (steps: string, verify = 'The health check passes.') => `---
title: Restart
lastReviewed: 2026-01-01
---

Restart the app when it hangs.

## Steps

${steps}

### Check first

Look at the logs.

## Verify

${verify}
`;

describe('readHistory and fileHistory', () => {
  let repo: GitFixture;
  let docs: string;
  const file = (name: string) => path.join(docs, name);

  beforeAll(() => {
    // realpath: git names the top of the repository without symbolic links (macOS /tmp, for one).
    repo = gitRepository(realpathSync(mkdtempSync(path.join(tmpdir(), 'handbook-git-'))));
    docs = path.join(repo.root, 'docs');
    mkdirSync(docs);
    repo.write('docs/restart.md', page('Run the restart.'));
    repo.write('docs/restore.md', page('Run the restore.'));
    repo.commit('First pages', '2026-03-02T09:00:00+01:00');
    repo.write('docs/restart.md', page('Run the restart twice.'));
    repo.commit('Restart: run it twice', '2026-04-10T12:30:00Z');
    repo.write('docs/restore.md', page('Run the restore, then check.'));
    repo.write('docs/new.md', page('Brand new.'));
  });
  afterAll(() => repo.remove());

  test('dates a committed page by its newest commit, with that commit’s subject', () => {
    const history = readHistory(docs);
    expect(fileHistory(history, file('restart.md'))).toMatchObject({
      last: { date: '2026-04-10T12:30:00+00:00', subject: 'Restart: run it twice' },
      uncommitted: false,
      noHistory: undefined,
    });
  });

  test('says a changed or untracked file is not committed yet, keeping the last commit it has', () => {
    const history = readHistory(docs);
    expect(fileHistory(history, file('restore.md'))).toMatchObject({
      last: { date: '2026-03-02T09:00:00+01:00', subject: 'First pages' },
      uncommitted: true,
    });
    expect(fileHistory(history, file('new.md'))).toEqual({
      last: undefined,
      uncommitted: true,
      noHistory: undefined,
    });
  });

  test('lists changes newest first, one per commit and file, for the files asked for', () => {
    const changes = recentChanges(readHistory(docs), 10, (name) => name.endsWith('.md'));
    expect(changes.map(({ subject, file: name }) => [subject, path.basename(name)])).toEqual([
      ['Restart: run it twice', 'restart.md'],
      ['First pages', 'restart.md'],
      ['First pages', 'restore.md'],
    ]);
    expect(recentChanges(readHistory(docs), 1, () => true)).toHaveLength(1);
  });

  test('a repository with no commit yet has every page uncommitted', () => {
    const empty = gitRepository(realpathSync(mkdtempSync(path.join(tmpdir(), 'handbook-git-'))));
    try {
      empty.write('page.md', page('Steps.'));
      const history = readHistory(empty.root);
      expect(history.kind).toBe('git');
      expect(fileHistory(history, path.join(empty.root, 'page.md'))).toMatchObject({
        last: undefined,
        uncommitted: true,
      });
    } finally {
      empty.remove();
    }
  });
});

test('a folder outside any git checkout has no history, says why, and throws nothing', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'handbook-nogit-'));
  try {
    const history = readHistory(dir);
    expect(history).toEqual({ kind: 'none', reason: 'the pages are not in a git checkout' });
    expect(fileHistory(history, path.join(dir, 'page.md'))).toEqual({
      last: undefined,
      uncommitted: false,
      noHistory: 'the pages are not in a git checkout',
    });
    expect(recentChanges(history, 10, () => true)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('pageHashes', () => {
  const slugs = (text: string) => pageHashes(text, 'md').sections.map(({ slug, title }) => [slug, title]);

  test('cuts the page at its h2 headings, h3s inside their section, with the ids the page uses', () => {
    expect(slugs(page('Run it.'))).toEqual([
      ['', ''],
      ['steps', 'Steps'],
      ['verify', 'Verify'],
    ]);
    expect(slugs(`## Steps\n\nOne.\n\n## Steps\n\nTwo.\n`).map(([slug]) => slug)).toEqual([
      '',
      'steps',
      'steps-1',
    ]);
  });

  test('a change to one section changes that section’s hash and the page’s, no other', () => {
    const before = pageHashes(page('Run it.'), 'md');
    const after = pageHashes(page('Run it.', 'The health check passes twice.'), 'md');
    expect(after.hash).not.toBe(before.hash);
    const changed = after.sections.filter((section, index) => section.hash !== before.sections[index]!.hash);
    expect(changed.map(({ slug }) => slug)).toEqual(['verify']);
  });

  test('the frontmatter is not part of the text a reader is told about', () => {
    const text = page('Run it.');
    expect(pageHashes(text.replace('2026-01-01', '2026-06-01'), 'md')).toEqual(pageHashes(text, 'md'));
  });

  test('reads MDX pages', () => {
    const text = `---\ntitle: X\n---\n\nimport { Aside } from '@astrojs/starlight/components';\n\n## Steps\n\n<Aside>Careful.</Aside>\n`;
    expect(pageHashes(text, 'mdx').sections.map(({ slug }) => slug)).toEqual(['', 'steps']);
  });
});
