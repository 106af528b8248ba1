import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspDirectory } from '../csp/integration.ts';
import { builtFilesOf, type BuiltFile } from './built-files.ts';
import { precacheManifest } from './manifest.ts';

const workerSource = fileURLToPath(new URL('./service-worker.js', import.meta.url));
const workerFile = 'sw.js';
// Fired on window by src/scripts/client/search-warmup.ts when it is done, or has nothing to do.
const searchWarmEvent = 'handbook:search-warm';

/**
 * Offline reading: after a first visit a service worker keeps every page, asset and search file of the
 * build, so the handbook opens and searches while its host or the network is down. Writes `sw.js` at
 * the end of the build (list it after Starlight, whose Pagefind index it includes) and registers it from
 * a bundled page script, so the Content-Security-Policy needs no hash for it.
 */
export function offlineIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook-offline',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // Only built sites have a worker to register; `astro dev` must never be served from a cache.
        if (command === 'build') injectScript('page', registration(base));
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { version, entries } = precacheManifest(builtFiles(root), base);
        const header = [
          `const VERSION = ${JSON.stringify(version)};`,
          `const BASE = ${JSON.stringify(base)};`,
          `const PRECACHE = ${JSON.stringify(entries)};`,
          `const PAGE_TIMEOUT_MS = ${pageTimeout()};`,
          '',
        ].join('\n');
        writeFileSync(path.join(root, workerFile), header + readFileSync(workerSource, 'utf8'));
        logger.info(`${workerFile} keeps ${entries.length} files offline (version ${version})`);
      },
    },
  };
}

/**
 * How long the worker waits for the host before it serves a page from its copy. A page comes from the
 * network when it answers within this long, so a fix deployed mid-incident shows at once; a host that is
 * down or hanging, or a weak link, gets the offline copy instead. A healthy internal network answers well
 * within a second. `HANDBOOK_PAGE_TIMEOUT_MS` sets another bound: tests that check what a reader sees
 * from a host that answers use a long one, since a busy test machine can take longer than a second.
 */
function pageTimeout(): number {
  const raw = process.env['HANDBOOK_PAGE_TIMEOUT_MS'] ?? '1000';
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`HANDBOOK_PAGE_TIMEOUT_MS must be a positive number of milliseconds, not "${raw}"`);
  return value;
}

/**
 * Registers the worker once search has warmed up (src/scripts/client/search-warmup.ts announces it),
 * or half a minute after the page loaded: the offline copy downloads the whole handbook, and on a weak
 * link the page's own requests must not wait behind it.
 */
function registration(base: string): string {
  const url = JSON.stringify(`${base}${workerFile}`);
  return `if ('serviceWorker' in navigator) {
  let asked = false;
  const register = () => {
    if (asked) return;
    asked = true;
    navigator.serviceWorker.register(${url}, { scope: ${JSON.stringify(base)} }).catch((error) => console.warn('No offline copy:', error));
  };
  window.addEventListener(${JSON.stringify(searchWarmEvent)}, register, { once: true });
  const fallback = () => setTimeout(register, 30000);
  if (document.readyState === 'complete') fallback();
  else window.addEventListener('load', fallback, { once: true });
}`;
}

/** Every file the host serves, except the worker itself and the policy the host reads but never serves. */
function builtFiles(root: string): BuiltFile[] {
  return builtFilesOf(root).filter(
    (file) => file.path !== workerFile && !file.path.startsWith(`${cspDirectory}/`),
  );
}
