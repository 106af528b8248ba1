import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYamlSource } from '../lib/yaml-source.ts';
import type { SystemData } from './load.ts';

// Kept free of Astro and Zod: the checker's folder mode (`npx handbook-check`) reaches it without them.

/** Where the data lives: `HANDBOOK_DATA_DIR`, or `src/data` under the working directory. */
export function defaultDataDir(): string {
  return path.resolve(process.env['HANDBOOK_DATA_DIR'] ?? 'src/data');
}

/** File and line of a field in the system data, for problems found after loading. */
export function locateDataField(
  key: keyof SystemData,
  fieldPath: (string | number)[],
  dir = defaultDataDir(),
): { file: string; line: number } {
  const file = path.relative(process.cwd(), path.join(dir, `${key}.yaml`));
  return { file, line: parseYamlSource(readFileSync(file, 'utf8'), file).lineOf(fieldPath) };
}
