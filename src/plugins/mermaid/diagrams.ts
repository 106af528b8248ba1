import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import type { HastPluginObject } from '../types.ts';
import { createDiagramRenderer, themes, type Rendered, type Theme } from './render.ts';

export interface MermaidDiagramsOptions {
  /** Where rendered SVGs are kept between builds (the integrity step has drawn them there already). */
  cacheDir: string;
}

/**
 * Replaces ```mermaid fences with inline SVG rendered at build time, one SVG per colour theme;
 * CSS shows the one matching Starlight's theme, so no Mermaid script reaches the browser. It runs
 * before the shell-block and Expressive Code plugins, which then never see the fence.
 */
export function mermaidDiagrams({ cacheDir }: MermaidDiagramsOptions): HastPluginObject {
  const render = createDiagramRenderer(cacheDir);
  return {
    name: 'handbook-mermaid',
    element: {
      filter: ['pre'],
      async visit(pre, ctx) {
        const code = pre.children[0];
        if (code?.type !== 'element' || (code.data as { lang?: unknown } | undefined)?.lang !== 'mermaid')
          return undefined;
        const source = ctx.textContent(code).replace(/\n$/, '');
        const [light, dark] = await Promise.all(themes.map((theme) => render([source], theme)));
        const where = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'a page';
        return diagramFigure({ light: light![0]!, dark: dark![0]! }, where);
      },
    },
  };
}

function diagramFigure(variants: Record<Theme, Rendered>, where: string): Element {
  const children = themes.map((theme): ElementContent => {
    const rendered = variants[theme];
    if (!('svg' in rendered))
      throw new Error(`A Mermaid diagram in ${where} does not parse:\n${rendered.error}`);
    return {
      type: 'element',
      tagName: 'div',
      properties: { className: ['mermaid-diagram', `mermaid-${theme}`] },
      children: fromHtmlIsomorphic(rendered.svg, { fragment: true }).children as ElementContent[],
    };
  });
  return { type: 'element', tagName: 'figure', properties: { className: ['mermaid-figure'] }, children };
}
