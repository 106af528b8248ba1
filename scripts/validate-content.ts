// `npm run validate`: the fast check of pages without a build. Frontmatter against the schema
// and system data, required sections, and MDX that compiles. Exit 1 on any problem.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { loadSystemData } from '../src/data/load.ts';
import { integrityProblems } from '../src/integrity/check.ts';
import { readSourcePages, type SourcePage } from '../src/integrity/pages.ts';
import { missingSections } from '../src/integrity/sections.ts';
import { formatProblem, type Problem } from '../src/lib/problems.ts';
import { pageKinds, type PageKind } from '../src/schemas/kinds.ts';

const docsDir = 'src/content/docs';

async function pageProblems(page: SourcePage): Promise<Problem[]> {
  const problems: Problem[] = [];
  const kindValue = (page.frontmatter.value as { kind?: string } | null)?.kind ?? 'guide';
  const kind: PageKind = pageKinds.includes(kindValue as PageKind) ? (kindValue as PageKind) : 'guide';
  const checkSections = () => (tree: Root) => {
    for (const heading of missingSections(tree, kind))
      problems.push({
        file: page.file,
        line: 1,
        field: 'sections',
        message: `a ${kind} needs "## ${heading}"`,
      });
  };
  try {
    await compile(readFileSync(page.file, 'utf8'), {
      remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDirective, checkSections],
    });
  } catch (error) {
    const { line = 1, reason = String(error) } = error as { line?: number; reason?: string };
    problems.push({ file: page.file, line, field: '(mdx)', message: reason });
  }
  return problems;
}

async function main(): Promise<number> {
  const pages = readSourcePages(path.resolve(docsDir));
  const problems = [
    ...integrityProblems(pages, loadSystemData()),
    ...(await Promise.all(pages.map(pageProblems))).flat(),
  ];
  for (const problem of problems) console.error(formatProblem(problem));
  console.log(`${pages.length} pages, ${problems.length} problems`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();
