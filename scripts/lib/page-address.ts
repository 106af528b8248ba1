import { existsSync } from 'node:fs';
import path from 'node:path';
import { pageIdOf, readPages, type Page } from '../../src/model/index.ts';

/**
 * The file under `docsRoot` that already has the address `file` would get, if any. Starlight gives
 * `runbooks/Scaling.md`, `runbooks/scaling.mdx` and `runbooks/scaling/index.mdx` the same address, and
 * a `slug` in the frontmatter takes the address it names.
 */
export function pageAtAddress(docsRoot: string, file: string): string | undefined {
  if (!existsSync(docsRoot)) return undefined;
  const address = pageIdOf(path.relative(docsRoot, file));
  const pages = readPages({ root: process.cwd(), docsDir: docsRoot, layout: 'starlight' });
  return pages.find((page) => addressOf(page) === address)?.file;
}

function addressOf(page: Page): string {
  const slug = page.frontmatter.value['slug'];
  return typeof slug === 'string' ? slug.replace(/^\/+|\/+$/g, '').toLowerCase() : page.id;
}
