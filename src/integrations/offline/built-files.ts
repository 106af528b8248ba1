import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { relativeFilesUnder } from '../../lib/files.ts';

/** One file of a finished build, read and hashed once. */
export interface BuiltFile {
  /** Relative to the build directory, with `/` separators. */
  path: string;
  content: Buffer;
  /** SHA-256 of `content`. */
  digest: Buffer;
}

// Post-build steps each go over every file of the build (the offline manifest hashes them all, the
// Content-Security-Policy parses every page): at 1,000 pages that is over 100 MB read and hashed
// per step. The first step to ask reads them; the others get the same files until the build is done.
const builds = new Map<string, BuiltFile[]>();

/** Every file under `dir` now, read once per build (`forgetBuiltFiles` ends that). */
export function builtFilesOf(dir: string): BuiltFile[] {
  let files = builds.get(dir);
  if (!files) {
    files = relativeFilesUnder(dir).map((file) => {
      const content = readFileSync(path.join(dir, file));
      return { path: file, content, digest: createHash('sha256').update(content).digest() };
    });
    builds.set(dir, files);
  }
  return files;
}

/** Lets the files of the build in `dir` go: call it when the last step that reads them is done. */
export function forgetBuiltFiles(dir: string): void {
  builds.delete(dir);
}
