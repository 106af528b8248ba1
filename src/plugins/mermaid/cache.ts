import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Rendered SVGs on disk, keyed by a hash of everything that changes the output. */
export function diagramCache(dir: string) {
  mkdirSync(dir, { recursive: true });
  const fileOf = (key: string) => path.join(dir, `${key}.svg`);
  return {
    keyOf: (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 24),
    get(key: string): string | undefined {
      try {
        return readFileSync(fileOf(key), 'utf8');
      } catch {
        return undefined;
      }
    },
    set(key: string, svg: string): void {
      // Write then rename, so a build killed mid-write never leaves half an SVG in the cache.
      const temporary = `${fileOf(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, svg);
      renameSync(temporary, fileOf(key));
    },
  };
}
