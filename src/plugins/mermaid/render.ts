import { createRequire } from 'node:module';
import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import { chromium, chromiumLaunchOptions } from '../../lib/browser.ts';
import { diagramCache } from './cache.ts';

export type Theme = 'light' | 'dark';

const mermaidVersion: string = createRequire(import.meta.url)('mermaid/package.json').version;
const mermaidThemes: Record<Theme, string> = { light: 'default', dark: 'dark' };

/** Result of rendering one diagram: its SVG, or the parser's message. */
export type Rendered = { svg: string } | { error: string };

/**
 * Renders Mermaid sources to SVG, reading from and filling the on-disk cache. The browser starts
 * only when a diagram is missing from the cache, once per process.
 */
export function createDiagramRenderer(cacheDir: string) {
  const cache = diagramCache(cacheDir);
  let renderer: Promise<MermaidRenderer> | undefined;
  const browser = () =>
    (renderer ??= chromiumLaunchOptions().then((launchOptions) =>
      createMermaidRenderer({ browserType: chromium as never, launchOptions }),
    ));

  return async function render(sources: string[], theme: Theme): Promise<Rendered[]> {
    const keys = sources.map((source) => cache.keyOf(mermaidVersion, theme, source));
    const results: (Rendered | undefined)[] = keys.map((key) => {
      const svg = cache.get(key);
      return svg === undefined ? undefined : { svg };
    });
    const missing = results.flatMap((result, index) => (result ? [] : [index]));
    if (missing.length === 0) return results as Rendered[];
    const renderMissing = await browser();
    await Promise.all(
      missing.map(async (index) => {
        // One call a diagram so each SVG's ids derive from its own hash and never collide on a page.
        const [outcome] = await renderMissing([sources[index]!], {
          prefix: `mermaid-${keys[index]!.slice(0, 12)}`,
          mermaidConfig: { theme: mermaidThemes[theme] as never },
        });
        if (outcome?.status === 'fulfilled') {
          cache.set(keys[index]!, outcome.value.svg);
          results[index] = { svg: outcome.value.svg };
        } else {
          results[index] = { error: String(outcome?.reason?.message ?? outcome?.reason) };
        }
      }),
    );
    return results as Rendered[];
  };
}
