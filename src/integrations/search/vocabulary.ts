import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { filesUnder } from '../../lib/files.ts';

/** Written next to Pagefind's files; src/scripts/client/search-dialog.ts fetches it by this name. */
export const vocabularyFile = 'vocabulary.json';

/** Words worth correcting towards: letters only, as typed; shorter ones are left to Pagefind. */
const word = /[a-z]{3,24}/g;

/**
 * Every word the search index holds, with how many times it occurs, so the reader's search can tell a
 * typo ("conections") from a word the handbook lacks ("redis") and correct the first. Read from the
 * same parts of each page Pagefind indexes: its body without ignored parts, and its metadata.
 */
export function writeVocabulary(siteDir: string, bundleDir: string): number {
  const counts = new Map<string, number>();
  for (const file of filesUnder(siteDir, '.html'))
    for (const found of indexedText(readFileSync(file, 'utf8')).toLowerCase().match(word) ?? [])
      counts.set(found, (counts.get(found) ?? 0) + 1);
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  writeFileSync(path.join(bundleDir, vocabularyFile), JSON.stringify({ words }));
  return words.length;
}

/** The text Pagefind indexes in one page: inside `data-pagefind-body`, outside `data-pagefind-ignore`. */
export function indexedText(html: string): string {
  const parts: string[] = [];
  const stack: { body: boolean; ignored: boolean }[] = [];
  const here = () => stack.at(-1) ?? { body: false, ignored: false };
  const parser = new Parser({
    onopentag(name, attributes) {
      const meta = attributes['data-pagefind-meta'];
      if (meta) parts.push(meta.replace(/^[^:]*:/, ''));
      const open = {
        body: here().body || 'data-pagefind-body' in attributes,
        ignored:
          here().ignored || 'data-pagefind-ignore' in attributes || name === 'script' || name === 'style',
      };
      stack.push(open);
    },
    ontext(text) {
      if (here().body && !here().ignored) parts.push(text);
    },
    // htmlparser2 closes void and unclosed elements too, so the stack stays in step with the tree.
    onclosetag() {
      stack.pop();
    },
  });
  parser.end(html);
  return parts.join(' ');
}
