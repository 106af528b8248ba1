import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type BuildManifest, manifestFile, staleSource } from '../../integrations/build-manifest/manifest.ts';
import { filesUnder } from '../../lib/files.ts';
import { ConfigError } from '../errors.ts';

const rebuild = 'run `npm run build` first, then `npm run check` again';

/**
 * Refuses a `dist/` that is missing, lacks a page, or was built from other sources: checking links
 * against an old build reports the wrong things. The build's manifest says by content which sources
 * it was made from; a site built without one (by another tool) is judged by file times instead.
 */
export function assertFreshBuild(
  distDir: string,
  sources: string[],
  pagePaths: string[],
  root: string,
): void {
  const shown = path.relative(root, distDir) || '.';
  if (!existsSync(path.join(distDir, 'index.html')))
    throw new ConfigError(`${shown}/ has no built site: ${rebuild}.`);
  const manifest = readManifest(path.join(distDir, manifestFile), shown);
  const stale = manifest && staleSource(root, manifest);
  if (stale) throw new ConfigError(`${shown}/ was built before ${stale}: ${rebuild}.`);
  const missing = pagePaths.find((sitePath) => !existsSync(path.join(distDir, sitePath, 'index.html')));
  if (missing) throw new ConfigError(`${shown}/ has no page ${missing}: ${rebuild}.`);
  if (!manifest) assertNewerThanSources(distDir, sources, shown, root);
}

function readManifest(file: string, shown: string): BuildManifest | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
    if (manifest.version === 1 && typeof manifest.files === 'object' && Array.isArray(manifest.dirs))
      return manifest;
  } catch {
    // Reported below, as any manifest that is not one.
  }
  throw new ConfigError(`${shown}/${manifestFile} is not a build manifest: ${rebuild}.`);
}

function assertNewerThanSources(distDir: string, sources: string[], shown: string, root: string) {
  const builtAt = Math.min(...filesUnder(distDir, '.html').map((file) => statSync(file).mtimeMs));
  const newer = sources.find((file) => statSync(file).mtimeMs > builtAt);
  if (newer) throw new ConfigError(`${shown}/ is older than ${path.relative(root, newer)}: ${rebuild}.`);
}
