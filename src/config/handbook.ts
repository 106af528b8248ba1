import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { AstroUserConfig } from 'astro';
import { changesIntegration } from '../integrations/changes/integration.ts';
import { buildManifestIntegration } from '../integrations/build-manifest/integration.ts';
import { cspIntegration } from '../integrations/csp/integration.ts';
import { offlineIntegration } from '../integrations/offline/integration.ts';
import { withSearchIndex } from '../integrations/search/search-index.ts';
import { systemData } from '../data/load.ts';
import { serviceOverviewIntegration } from '../integrations/services/integration.ts';
import { integrityIntegration } from '../integrity/integration.ts';
import { closeDiagramBrowser } from '../plugins/mermaid/render.ts';
import { withoutHeadInjectWarnings } from './build-logs.ts';
import { markdownProcessor } from './markdown.ts';
import { siteLocation } from './site.ts';
import { starlightConfig } from './starlight.ts';

export interface HandbookOptions {
  /** Starlight settings that replace the handbook's own, for fixture sites. */
  starlight?: Partial<StarlightUserConfig>;
  /** Where rendered diagrams are cached; `MERMAID_CACHE_DIR` or node_modules/.cache/handbook-mermaid. */
  mermaidCacheDir?: string;
}

/** The whole Astro configuration of a handbook site. */
export function handbookConfig(options: HandbookOptions = {}): AstroUserConfig {
  const cacheDir =
    options.mermaidCacheDir ?? process.env['MERMAID_CACHE_DIR'] ?? 'node_modules/.cache/handbook-mermaid';
  const location = siteLocation();
  // Read once for the whole process: the integrity step and the Markdown plugins get it passed in,
  // and the components and the content schema (loaded by Vite) are given the same object.
  const system = systemData();
  const starlightOptions = { ...starlightConfig, ...options.starlight } as StarlightUserConfig;
  return {
    ...location,
    markdown: { processor: markdownProcessor({ cacheDir, base: location.base, system }) },
    // On a slow link every request costs a round trip: CSS inside the page paints it one trip sooner.
    build: { inlineStylesheets: 'always' },
    vite: { build: { rolldownOptions: { onLog: withoutHeadInjectWarnings } } },
    integrations: [
      integrityIntegration({ system, mermaidCacheDir: cacheDir }),
      withSearchIndex(starlight(starlightOptions), starlightOptions.pagefind !== false),
      mdx(),
      changesIntegration(),
      // /services/<id>/ for each documented service, in fixture sites too.
      serviceOverviewIntegration(),
      // After Starlight: they read the finished build, Pagefind index included.
      offlineIntegration(),
      cspIntegration(),
      // Last of the site's files: says which sources this dist/ was built from (the checker reads it).
      buildManifestIntegration(),
      // Diagrams render in one browser for the whole build; it closes when the build is done.
      {
        name: 'handbook-mermaid',
        hooks: { 'astro:build:done': closeDiagramBrowser, 'astro:server:done': closeDiagramBrowser },
      },
    ],
  };
}
