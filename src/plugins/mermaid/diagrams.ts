import path from 'node:path';
import type { Code, Root } from 'mdast';
import type { ElementContent } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createDiagramRenderer, type Rendered, type Theme } from './render.ts';

export interface RemarkMermaidOptions {
  /** Where rendered SVGs are kept between builds. */
  cacheDir: string;
}

/**
 * Replaces ```mermaid fences with inline SVG rendered at build time, one SVG per colour theme;
 * CSS shows the one matching Starlight's theme, so no Mermaid script reaches the browser.
 */
export function remarkMermaid({ cacheDir }: RemarkMermaidOptions) {
  const render = createDiagramRenderer(cacheDir);
  return () => async (tree: Root, file: VFile) => {
    const fences: Code[] = [];
    visit(tree, 'code', (node) => {
      if (node.lang === 'mermaid') fences.push(node);
    });
    if (fences.length === 0) return;
    const sources = fences.map((fence) => fence.value);
    const [light, dark] = await Promise.all([render(sources, 'light'), render(sources, 'dark')]);
    fences.forEach((fence, index) => {
      const variants = { light: light[index]!, dark: dark[index]! };
      Object.assign(
        fence,
        diagramNode(variants, () => failure(file, fence, variants.light)),
      );
    });
  };
}

function diagramNode(variants: Record<Theme, Rendered>, fail: () => never) {
  const children = (['light', 'dark'] as const).map((theme): ElementContent => {
    const rendered = variants[theme];
    if (!('svg' in rendered)) return fail();
    return {
      type: 'element',
      tagName: 'div',
      properties: { className: ['mermaid-diagram', `mermaid-${theme}`] },
      children: fromHtmlIsomorphic(rendered.svg, { fragment: true }).children as ElementContent[],
    };
  });
  return {
    type: 'mermaidDiagram',
    data: { hName: 'figure', hProperties: { className: ['mermaid-figure'] }, hChildren: children },
  };
}

function failure(file: VFile, fence: Code, rendered: Rendered): never {
  const where = `${path.relative(process.cwd(), file.path)}:${fence.position?.start.line ?? 1}`;
  const message = 'error' in rendered ? rendered.error : 'unknown error';
  throw new Error(`Mermaid diagram at ${where} does not parse:\n${message}`);
}
