// `npm run new -- <kind> "<Title>" [--dir <folder>]`: writes a page with valid frontmatter.
import { writeFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import GithubSlugger from 'github-slugger';
import { pageKinds, type PageKind } from '../src/schemas/kinds.ts';
import { defaultDirs, pageTemplate } from './lib/page-template.ts';

const usage = `Usage: npm run new -- <kind> "<Title>" [--dir <folder under src/content/docs>]
Kinds: ${pageKinds.join(', ')}`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { dir: { type: 'string' } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
  const [kind, title, ...extra] = parsed.positionals;
  if (!kind || !title || extra.length > 0) return fail(`Expected a kind and a quoted title.\n${usage}`);
  if (!pageKinds.includes(kind as PageKind)) return fail(`Unknown kind "${kind}".\n${usage}`);
  const slug = new GithubSlugger().slug(title);
  if (!slug) return fail(`The title "${title}" has no letters or digits to make a file name from.`);
  const dir = path.join('src/content/docs', parsed.values.dir ?? defaultDirs[kind as PageKind]);
  const file = path.join(dir, `${slug}.mdx`);
  mkdirSync(dir, { recursive: true });
  try {
    // `wx` refuses to overwrite, atomically: an existing page is never touched.
    writeFileSync(file, pageTemplate(kind as PageKind, title, new Date()), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return fail(`${file} already exists; not overwriting it.`);
    throw error;
  }
  console.log(`Wrote ${file}. Fill in its description and sections, then run npm run build.`);
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
