import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadSearchSynonyms, synonymsFor } from '../../src/data/search-synonyms.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project with one page, `runbooks/scaling`, and this synonyms file. */
function projectWith(yaml: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'handbook-synonyms-'));
  roots.push(root);
  mkdirSync(path.join(root, 'src/content/docs/runbooks'), { recursive: true });
  mkdirSync(path.join(root, 'src/data'), { recursive: true });
  writeFileSync(path.join(root, 'src/content/docs/runbooks/scaling.mdx'), '---\ntitle: Scaling\n---\n');
  writeFileSync(path.join(root, 'src/data/search-synonyms.yaml'), yaml);
  return root;
}

describe('loadSearchSynonyms', () => {
  test("reads the handbook's own file, every entry naming a page that exists", () => {
    const entries = loadSearchSynonyms();
    expect(entries.length).toBeGreaterThan(10);
    expect(synonymsFor(entries, 'troubleshooting/authentication-failures')).toContain('cant log in');
  });

  test('names file, line and field of every bad entry at once', () => {
    const root = projectWith(
      [
        '- page: runbooks/scaling',
        '  says: [add more servers]',
        '- page: runbooks/nowhere',
        '  says: []',
      ].join('\n'),
    );
    expect(() => loadSearchSynonyms(root)).toThrowErrorMatchingInlineSnapshot(`
      [HandbookError: Invalid search synonyms:
        src/data/search-synonyms.yaml:4 1.says: Too small: expected array to have >=1 items
        src/data/search-synonyms.yaml:3 1.page: no page runbooks/nowhere under src/content/docs]
    `);
  });
});
