// `npm run new -- <kind> "<Title>" [--dir <folder>]`: writes a page with valid frontmatter.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pageKinds, type PageKind } from '../src/schemas/kinds.ts';
import { pageAtAddress } from './lib/page-address.ts';
import { fileStem, folderInsideDocs } from './lib/page-file.ts';
import { defaultDirs, pageTemplate } from './lib/page-template.ts';

const docsRoot = 'src/content/docs';
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
  const stem = fileStem(title);
  if (!stem) return fail(`The title "${title}" has no letters or digits to make a file name from.`);
  const inside = folderInsideDocs(docsRoot, parsed.values.dir ?? defaultDirs[kind as PageKind]);
  if ('error' in inside) return fail(inside.error);
  const file = path.relative(process.cwd(), path.join(inside.folder, `${stem}.mdx`));
  const taken = pageAtAddress(docsRoot, file);
  if (taken === file) return fail(`${file} already exists; not overwriting it.`);
  if (taken) return fail(`${taken} already has the address of ${file}; not writing a second page there.`);
  return writePage(file, pageTemplate(kind as PageKind, title, new Date()));
}

function writePage(file: string, text: string): number {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // `wx` refuses to overwrite, atomically: an existing page is never touched.
    writeFileSync(file, text, { flag: 'wx' });
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
