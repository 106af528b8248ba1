import path from 'node:path';
import type { SystemData } from '../data/load.ts';
import { pageSchema } from '../schemas/page.ts';
import { readPages } from './pages.ts';
import type { Page } from './page.ts';

/** The handbook's pages under `docsDir`, frontmatter validated against the page schema and `system`. */
export function handbookPages(docsDir: string, system: SystemData, root = process.cwd()): Page[] {
  return readPages({
    root: path.resolve(root),
    docsDir: path.resolve(docsDir),
    layout: 'starlight',
    schema: pageSchema(system).loose(),
  });
}
