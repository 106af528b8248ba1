import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` whose name ends with `extension` (every file, without one), as full paths. */
export function filesUnder(dir: string, extension = ''): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The same files relative to `dir`, with `/` separators, as URLs and build manifests name them. */
export function relativeFilesUnder(dir: string, extension = ''): string[] {
  return filesUnder(dir, extension).map((file) => path.relative(dir, file).split(path.sep).join('/'));
}
