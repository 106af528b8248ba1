import { existsSync } from 'node:fs';
import path from 'node:path';
import { readSourcePages } from '../../src/integrity/pages.ts';
import { pageIdOf } from '../../src/integrity/source-files.ts';

/**
 * The file under `docsRoot` that already has the address `file` would get, if any. Starlight gives
 * `runbooks/Scaling.md`, `runbooks/scaling.mdx` and `runbooks/scaling/index.mdx` the same address, and
 * a `slug` in the frontmatter takes the address it names.
 */
export function pageAtAddress(docsRoot: string, file: string): string | undefined {
  if (!existsSync(docsRoot)) return undefined;
  const address = pageIdOf(path.relative(docsRoot, file));
  return readSourcePages(docsRoot).find((page) => addressOf(page) === address)?.file;
}

function addressOf(page: ReturnType<typeof readSourcePages>[number]): string {
  const frontmatter = page.frontmatter.value;
  const slug =
    typeof frontmatter === 'object' && frontmatter && 'slug' in frontmatter ? frontmatter.slug : undefined;
  return typeof slug === 'string' ? slug.replace(/^\/+|\/+$/g, '').toLowerCase() : page.id;
}
