import { linkSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A temporary file beside `file`, written whole, so no reader ever sees half of it. */
function writeBeside(file: string, content: string | Uint8Array): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, content);
  return temporary;
}

/** Writes a new file whole; false, leaving everything untouched, when the file already exists. */
export function createFile(file: string, content: string | Uint8Array): boolean {
  const temporary = writeBeside(file, content);
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

/** Replaces a file's content whole (rename is atomic on one file system). */
export function replaceFile(file: string, content: string): void {
  renameSync(writeBeside(file, content), file);
}
