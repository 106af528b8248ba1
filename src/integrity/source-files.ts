import path from 'node:path';
import { filesUnder } from '../lib/files.ts';

// Kept free of heavy imports: the checker loads it too, and its start-up time counts.

/** Every `.md`/`.mdx` file under `docsDir` except `_`-prefixed ones, which Starlight ignores too. */
export function sourceFiles(docsDir: string): string[] {
  return filesUnder(docsDir)
    .filter((file) => /\.mdx?$/.test(file))
    .filter(
      (file) =>
        !path
          .relative(docsDir, file)
          .split(path.sep)
          .some((part) => part.startsWith('_')),
    )
    .sort();
}

/** `runbooks/Scaling.mdx` → `runbooks/scaling`; `runbooks/index.mdx` → `runbooks`; `index.mdx` → `index`. */
export function pageIdOf(relativePath: string): string {
  const withoutExtension = relativePath
    .split(path.sep)
    .join('/')
    .replace(/\.mdx?$/, '');
  return withoutExtension.replace(/\/index$/, '').toLowerCase();
}
