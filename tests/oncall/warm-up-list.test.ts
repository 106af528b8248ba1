import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeWarmUpList, type WarmUp } from '../../src/integrations/search/warm-up-list.ts';

let bundle: string;
beforeEach(() => (bundle = mkdtempSync(path.join(tmpdir(), 'handbook-pagefind-'))));
afterEach(() => rmSync(bundle, { recursive: true, force: true }));

/** A Pagefind bundle directory with this entry and these (empty) files. */
function pagefindBundle(entry: unknown, files: string[]): void {
  writeFileSync(path.join(bundle, 'pagefind-entry.json'), JSON.stringify(entry));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(bundle, file)), { recursive: true });
    writeFileSync(path.join(bundle, file), '');
  }
}

const listed = () =>
  (
    JSON.parse(readFileSync(path.join(bundle, 'warm-up.json'), 'utf8')) as {
      languages: Record<string, WarmUp>;
    }
  ).languages;

// In the order the list keeps: index, filters, excerpts.
const chunks = ['index/en_1.pf_index', 'filter/en_2.pf_filter', 'fragment/en_group_3.pf_fragment'];
const german = ['index/de_4.pf_index', 'fragment/de_group_5.pf_fragment'];

describe('the warm-up list', () => {
  test("lists each language's runtime, index, filters and excerpts, and no other language's", () => {
    pagefindBundle(
      {
        languages: {
          en: { hash: 'en_abc', wasm: 'en', page_count: 72 },
          de: { hash: 'de_def', wasm: 'de', page_count: 3 },
        },
      },
      [...chunks, ...german],
    );
    writeWarmUpList(bundle);
    const languages = listed();
    expect(languages['en']).toEqual({
      files: ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind', 'pagefind.en_abc.pf_meta', ...chunks],
      excerpts: true,
    });
    expect(languages['de']!.files).toEqual(expect.arrayContaining(german));
    expect(languages['de']!.files.filter((file) => file.includes('en_'))).toEqual([]);
  });

  test('leaves the excerpts of a site of thousands of pages to the queries', () => {
    pagefindBundle({ languages: { en: { hash: 'en_abc', page_count: 3000 } } }, chunks);
    writeWarmUpList(bundle);
    expect(listed()['en']).toEqual({
      files: ['pagefind.js', 'pagefind-worker.js', 'pagefind.en_abc.pf_meta', chunks[0], chunks[1]],
      excerpts: false,
    });
  });

  test('names the entry file and the field when Pagefind wrote something else', () => {
    pagefindBundle({ languages: { en: { hash: 'en_abc' } } }, chunks);
    expect(() => writeWarmUpList(bundle)).toThrow(/pagefind-entry\.json.*[\s\S]*page_count/);
  });
});
