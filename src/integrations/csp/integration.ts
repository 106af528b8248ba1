import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HandbookError } from '../../lib/problems.ts';
import { builtFilesOf, forgetBuiltFiles } from '../offline/built-files.ts';
import { knownScripts } from './known-scripts.ts';
import { nginxDirectives } from './nginx-directives.ts';
import { contentSecurityPolicy } from './policy.ts';
import { inlineSourcesCache } from './sources-cache.ts';
import { unknownScriptProblems, type BuiltPage } from './unknown-scripts.ts';

/** Where in the build the policy is written; the nginx configuration includes it and never serves it. */
export const cspDirectory = '_csp';

/**
 * Computes the Content-Security-Policy from the HTML the build emitted and writes it next to the pages
 * it belongs to: `_csp/policy.txt` (the bare policy, for any host or proxy) and `_csp/nginx.conf` (the
 * directives that send it, which deploy/nginx's server block includes). Shipping the policy inside the
 * build keeps pages and policy from drifting apart on deploy. List it after Starlight, so it runs last
 * and sees the final HTML.
 */
export function cspIntegration(): AstroIntegration {
  let cacheFile = '';
  let root = '';
  let docsDir = '';
  return {
    name: 'handbook-csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheFile = path.join(fileURLToPath(config.cacheDir), 'handbook-csp/inline-sources.json');
        root = fileURLToPath(config.root);
        docsDir = path.join(fileURLToPath(config.srcDir), 'content/docs');
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Unchanged pages are not parsed again: their inline sources are cached by a hash of their HTML.
        const cache = inlineSourcesCache(cacheFile);
        // The files as the offline step read them (or reads them now), so no page is read twice.
        const pages = builtFilesOf(outDir)
          .filter((file) => file.path.endsWith('.html'))
          .map((file): BuiltPage => ({
            page: file.path,
            sources: cache.sourcesOf(file.content.toString('utf8'), file.digest),
          }));
        forgetBuiltFiles(outDir);
        cache.save();
        const known = new Set(knownScripts.map((script) => script.hash));
        const problems = unknownScriptProblems(pages, known, { root, docsDir, outDir });
        if (problems.length > 0)
          throw new HandbookError('Inline scripts the Content-Security-Policy does not trust:', problems);
        const policy = contentSecurityPolicy(pages.map((page) => page.sources));
        const out = path.join(outDir, cspDirectory);
        mkdirSync(out, { recursive: true });
        writeFileSync(path.join(out, 'policy.txt'), `${policy}\n`);
        writeFileSync(path.join(out, 'nginx.conf'), nginxDirectives(policy));
        logger.info(
          `Content-Security-Policy of ${policy.length} bytes for ${pages.length} pages in ${cspDirectory}/`,
        );
        // Many proxies accept no more than 4 to 8 KB of response headers unless told otherwise.
        if (policy.length > 8192)
          logger.warn(
            'The policy is over 8 KB: make sure any proxy in front of nginx accepts headers that big (see the hosting guide).',
          );
      },
    },
  };
}
