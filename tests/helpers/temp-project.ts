import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

/** What a build of the handbook reads; a scratch copy of these is a complete project. */
const projectParts = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/**
 * A scratch copy of the whole handbook inside `tests/fixtures/` (git-ignored), so that it finds
 * this checkout's `node_modules` the way Node and Vite look for it: in a parent folder.
 */
export function tempProject(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.resolve('tests/fixtures/.tmp-project-'));
  for (const part of projectParts) cpSync(part, path.join(dir, part), { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
