import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { finding, type Finding } from '../checker/findings.ts';
import type { Page } from '../model/index.ts';
import { closeDiagramBrowser, createDiagramRenderer } from '../plugins/mermaid/render.ts';

/**
 * `diagram-syntax`: every ```mermaid fence rendered as the build renders it (same cache, so a
 * diagram seen before needs no browser), at the fence's line; the build fails on the same ones.
 */
export async function diagramFindings(pages: readonly Page[], cacheDir: string): Promise<Finding[]> {
  const fences = pages.flatMap((page) => mermaidFences(page).map((fence) => ({ page, fence })));
  if (fences.length === 0) return [];
  const render = createDiagramRenderer(cacheDir);
  try {
    const rendered = await render(
      fences.map(({ fence }) => fence.value),
      'light',
    );
    return fences.flatMap(({ page, fence }, index) => {
      const result = rendered[index]!;
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
