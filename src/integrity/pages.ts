import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parseYamlSource, type YamlSource } from '../lib/yaml-source.ts';

/** A content page as read from disk, before Astro sees it. */
export interface SourcePage {
  /** Page id as Starlight makes it: `runbooks/scaling`, `runbooks` for `runbooks/index.mdx`. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  frontmatter: YamlSource;
}

const contentExtensions = new Set(['.md', '.mdx']);

/** Every `.md`/`.mdx` file under `docsDir` except `_`-prefixed ones, which Starlight ignores too. */
export function readSourcePages(docsDir: string): SourcePage[] {
  const entries = readdirSync(docsDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && contentExtensions.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !path
          .relative(docsDir, file)
          .split(path.sep)
          .some((part) => part.startsWith('_')),
    )
    .sort()
    .map((file) => readSourcePage(docsDir, file));
}

function readSourcePage(docsDir: string, absolute: string): SourcePage {
  const file = path.relative(process.cwd(), absolute);
  // The extracted YAML keeps the newline after the opening `---`, so its lines match the file's.
  const yaml = extractFrontmatter(readFileSync(absolute, 'utf8')) ?? '';
  return { id: pageIdOf(path.relative(docsDir, absolute)), file, frontmatter: parseYamlSource(yaml, file) };
}

/** `runbooks/Scaling.mdx` → `runbooks/scaling`; `runbooks/index.mdx` → `runbooks`; `index.mdx` → `index`. */
export function pageIdOf(relativePath: string): string {
  const withoutExtension = relativePath
    .split(path.sep)
    .join('/')
    .replace(/\.mdx?$/, '');
  return withoutExtension.replace(/\/index$/, '').toLowerCase();
}
