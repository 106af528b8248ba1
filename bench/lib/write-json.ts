import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';

/** Writes `value` as JSON formatted the way `npm run format` leaves it, so format checks stay green. */
export async function writeJson(file: string, value: unknown): Promise<void> {
  const config = (await prettier.resolveConfig(file)) ?? {};
  const text = await prettier.format(JSON.stringify(value), { ...config, filepath: file });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
