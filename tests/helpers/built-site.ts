import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The handbook as `npm run build` left it in dist/. `npm test` builds before running Vitest; a test
 * run on its own says what to do instead of failing obscurely.
 */
export function builtSite(): string {
  const dir = path.resolve('dist');
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error('dist/ has no build: run `npm run build` first');
  return dir;
}
