import type { AstroIntegration } from 'astro';

/**
 * `/changes/` and its Atom feed `/changes.xml`, added as routes so that every handbook site built
 * with `handbookConfig` has them, fixture sites included (a file in src/pages belongs to one site).
 */
export function changesIntegration(): AstroIntegration {
  return {
    name: 'handbook-changes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/changes', entrypoint: new URL('./ChangesPage.astro', import.meta.url) });
        injectRoute({ pattern: '/changes.xml', entrypoint: new URL('./feed.ts', import.meta.url) });
      },
    },
  };
}
