import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../../lib/files.ts';
import { ConfigError } from '../errors.ts';

const rebuild = 'run `npm run build` first, then `npm run check` again';

/**
 * Refuses a `dist/` that is missing, lacks a page, or was built before a source last changed:
 * checking links against an old build reports the wrong things.
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
  const missing = pagePaths.find((sitePath) => !existsSync(path.join(distDir, sitePath, 'index.html')));
  if (missing) throw new ConfigError(`${shown}/ has no page ${missing}: ${rebuild}.`);
  const builtAt = Math.min(...filesUnder(distDir, '.html').map((file) => statSync(file).mtimeMs));
  const newer = sources.find((file) => statSync(file).mtimeMs > builtAt);
  if (newer) throw new ConfigError(`${shown}/ is older than ${path.relative(root, newer)}: ${rebuild}.`);
}
