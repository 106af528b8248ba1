import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { HandbookError, type Problem } from '../lib/problems.ts';
import { parseYamlSource } from '../lib/yaml-source.ts';
import { searchSynonymSchema, type SearchSynonym } from './search-synonyms.schema.ts';

const synonymsFile = 'src/data/search-synonyms.yaml';
const docsDir = 'src/content/docs';

const pageExists = (root: string, id: string) =>
  ['.mdx', '.md', '/index.mdx', '/index.md'].some((end) =>
    existsSync(path.join(root, docsDir, `${id}${end}`)),
  );

/**
 * Reads the plain-language search words (src/data/search-synonyms.yaml); throws one error naming file,
 * line and field for every entry that is malformed or names a page that does not exist.
 */
export function loadSearchSynonyms(root = process.cwd()): SearchSynonym[] {
  const file = path.join(root, synonymsFile);
  if (!existsSync(file)) return [];
  const source = parseYamlSource(readFileSync(file, 'utf8'), synonymsFile);
  const problems: Problem[] = [...source.syntaxProblems];
  const list = z.array(z.unknown()).safeParse(source.value ?? []);
  if (!list.success) problems.push(...source.problemsAt(list.error.issues));
  const entries: SearchSynonym[] = [];
  (list.data ?? []).forEach((item, index) => {
    const entry = searchSynonymSchema.safeParse(item);
    if (entry.success) entries.push(entry.data);
    else
      problems.push(
        ...source.problemsAt(entry.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }))),
      );
    const page = (item as { page?: unknown } | null)?.page;
    if (typeof page === 'string' && !pageExists(root, page))
      problems.push({
        file: synonymsFile,
        line: source.lineOf([index, 'page']),
        field: `${index}.page`,
        message: `no page ${page} under ${docsDir}`,
      });
  });
  if (problems.length > 0) throw new HandbookError('Invalid search synonyms:', problems);
  return entries;
}

let loaded: SearchSynonym[] | undefined;

/** The synonyms, read once per build (every page asks for its own). */
export const searchSynonyms = (): SearchSynonym[] => (loaded ??= loadSearchSynonyms());

/** Every phrase readers use for the page `id`, from all entries that name it. */
export function synonymsFor(entries: readonly SearchSynonym[], id: string): string[] {
  return entries.filter((entry) => entry.page === id).flatMap((entry) => entry.says);
}
