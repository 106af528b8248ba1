import { readdirSync } from 'node:fs';
import path from 'node:path';

// Kept free of heavy imports: the checker loads it too, and its start-up time counts.

/** Every `.md`/`.mdx` file under `docsDir` except `_`-prefixed ones, which Starlight ignores too. */
export function sourceFiles(docsDir: string): string[] {
  return readdirSync(docsDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
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
