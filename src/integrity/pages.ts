import path from 'node:path';
import type { SystemData } from '../data/load.ts';
import { handbookPages } from '../model/handbook.ts';
import { readPages, type Page } from '../model/index.ts';

/**
 * Every page under `docsDir`, read through the page model; with `system`, frontmatter is validated
 * against the page schema at once. Without it, `integrityProblems` validates it.
 */
export function readSourcePages(docsDir: string, system?: SystemData): Page[] {
  if (system) return handbookPages(docsDir, system);
  return readPages({ root: process.cwd(), docsDir: path.resolve(docsDir), layout: 'starlight' });
}

export type SourcePage = Page;
