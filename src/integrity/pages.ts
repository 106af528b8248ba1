import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parseYamlSource, type YamlSource } from '../lib/yaml-source.ts';
import { pageIdOf, sourceFiles } from './source-files.ts';

/** A content page as read from disk, before Astro sees it. */
export interface SourcePage {
  /** Page id as Starlight makes it: `runbooks/scaling`, `runbooks` for `runbooks/index.mdx`. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  frontmatter: YamlSource;
}

/** Every page under `docsDir`, with its frontmatter parsed keeping line numbers. */
export function readSourcePages(docsDir: string): SourcePage[] {
  return sourceFiles(docsDir).map((file) => readSourcePage(docsDir, file));
}

function readSourcePage(docsDir: string, absolute: string): SourcePage {
  const file = path.relative(process.cwd(), absolute);
  // The extracted YAML keeps the newline after the opening `---`, so its lines match the file's.
  const yaml = extractFrontmatter(readFileSync(absolute, 'utf8')) ?? '';
  return { id: pageIdOf(path.relative(docsDir, absolute)), file, frontmatter: parseYamlSource(yaml, file) };
}
