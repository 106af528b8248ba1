import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Problem } from '../../lib/problems.ts';
import { scriptLinesInSource, sourceOfPage } from './content-scripts.ts';
import type { InlineSources } from './inline-sources.ts';
import { sha256Source } from './policy.ts';

/** One built page: its path relative to the build directory and its inline code. */
export interface BuiltPage {
  page: string;
  sources: InlineSources;
}

/** Where the build runs: the project root, the docs folder and the build directory. */
export interface Places {
  root: string;
  docsDir: string;
  outDir: string;
}

const advice =
  'the Content-Security-Policy trusts only the inline scripts the handbook itself emits ' +
  '(src/integrations/csp/known-scripts.ts); put behaviour in a component with a bundled <script>';

/**
 * Every inline script of the build that is not on the known list, located for a writer to fix: at its
 * line in the page's Markdown or MDX when the page's source has a `<script>`, else at its line in the
 * built page (a script that came from frontmatter, a component, or an upgrade of Starlight).
 */
export function unknownScriptProblems(
  pages: readonly BuiltPage[],
  known: ReadonlySet<string>,
  places: Places,
) {
  const problems: Problem[] = [];
  for (const { page, sources } of pages) {
    if (sources.scripts.every((text) => known.has(sha256Source(text)))) continue;
    const source = sourceOfPage(page, places.docsDir);
    const lines = source ? scriptLinesInSource(source) : [];
    if (source && lines.length > 0) {
      const file = path.relative(places.root, source);
      problems.push(...lines.map((line) => ({ file, line, field: '<script>', message: advice })));
      continue;
    }
    const built = path.join(places.outDir, page);
    const file = path.relative(places.root, built);
    for (const { line, text } of unknownScriptsIn(readFileSync(built, 'utf8'), known))
      problems.push({
        file,
        line,
        field: '<script>',
        message: `${sha256Source(text)} ${JSON.stringify(text.trim().slice(0, 80))}: ${advice}`,
      });
  }
  return problems;
}

/** Inline scripts of a whole document that are not on the known list, with their lines. */
function unknownScriptsIn(html: string, known: ReadonlySet<string>): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const walk = (node: DefaultTreeAdapterTypes.Node) => {
    if ('tagName' in node && node.tagName === 'script' && !node.attrs.some((attr) => attr.name === 'src')) {
      const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      if (!known.has(sha256Source(text))) found.push({ line: node.sourceCodeLocation?.startLine ?? 1, text });
    }
    if ('content' in node) walk(node.content as DefaultTreeAdapterTypes.Node);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  return found;
}
