// `npm run validate`: the source-stage rules without a build, the same ones the build runs
// (frontmatter, references, sections, template text, components' data, encoding, Markdown/MDX
// syntax, YAML comments) plus every Mermaid diagram. Every problem at once; exit 1 on any error.
import path from 'node:path';
import { loadSystemData } from '../src/data/load.ts';
import { formatFinding, integrityFindings } from '../src/integrity/check.ts';
import { diagramFindings } from '../src/integrity/diagrams.ts';
import { sortFindings } from '../src/checker/findings.ts';
import { formatProblem, HandbookError } from '../src/lib/problems.ts';
import { handbookPages } from '../src/model/handbook.ts';

const docsDir = 'src/content/docs';
const mermaidCache = process.env['MERMAID_CACHE_DIR'] ?? 'node_modules/.cache/handbook-mermaid';

async function main(): Promise<number> {
  let system;
  try {
    system = loadSystemData();
  } catch (error) {
    if (!(error instanceof HandbookError)) throw error;
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.log(`the system data has ${error.problems.length} problem(s); pages not checked`);
    return 1;
  }
  const pages = handbookPages(path.resolve(docsDir), system);
  const findings = sortFindings([
    ...integrityFindings(pages, system),
    ...(await diagramFindings(pages, mermaidCache)),
  ]);
  for (const item of findings) console.error(formatFinding(item));
  const errors = findings.filter((item) => item.severity === 'error').length;
  console.log(`${pages.length} pages, ${errors} errors, ${findings.length - errors} warnings`);
  return errors > 0 ? 1 : 0;
}

process.exitCode = await main();
