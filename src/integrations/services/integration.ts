import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * `/services/<id>/`, the overview of each service the handbook documents (src/routes/service-overview.astro),
 * injected rather than kept in src/pages so that every site built with the handbook's configuration has
 * it, fixture sites and a team's own root included.
 */
export function serviceOverviewIntegration(): AstroIntegration {
  const entrypoint = fileURLToPath(new URL('../../routes/service-overview.astro', import.meta.url));
  return {
    name: 'handbook-service-overview',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => injectRoute({ pattern: '/services/[id]', entrypoint }),
    },
  };
}
