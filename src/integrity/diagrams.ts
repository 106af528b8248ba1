import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { finding, type Finding } from '../checker/findings.ts';
import type { Page } from '../model/index.ts';
import { closeDiagramBrowser, createDiagramRenderer, themes } from '../plugins/mermaid/render.ts';

/**
 * `diagram-syntax`: every ```mermaid fence rendered as the build renders it, in both themes, into the
 * build's cache, at the fence's line; the build fails on the same ones. Drawing both themes here, in
 * one browser, leaves the Markdown step nothing to draw: it reads every SVG from the cache and never
 * starts a browser of its own.
 */
export async function diagramFindings(pages: readonly Page[], cacheDir: string): Promise<Finding[]> {
  const fences = pages.flatMap((page) => mermaidFences(page).map((fence) => ({ page, fence })));
  if (fences.length === 0) return [];
  const render = createDiagramRenderer(cacheDir);
  const sources = fences.map(({ fence }) => fence.value);
  try {
    const [light] = await Promise.all(themes.map((theme) => render(sources, theme)));
    return fences.flatMap(({ page, fence }, index) => {
      const result = light![index]!;
      if ('svg' in result) return [];
      const message = `the diagram does not parse: ${result.error.split('\n')[0]}`;
      return [
        finding(
          'diagram-syntax',
          { file: page.file, line: fence.position?.start.line ?? 1 },
          message,
          'mermaid',
        ),
      ];
    });
  } finally {
    await closeDiagramBrowser();
  }
}

function mermaidFences(page: Page): Code[] {
  const fences: Code[] = [];
  visit(page.tree, 'code', (node: Code) => {
    if (node.lang === 'mermaid') fences.push(node);
  });
  return fences;
}
