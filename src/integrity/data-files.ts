import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYamlSource, type YamlSource } from '../lib/yaml-source.ts';

const dataKeys = ['teams', 'services', 'environment', 'tools', 'alerts'] as const;

/** The system data files as parsed YAML, for rules that point into them (file relative to `root`). */
export function readDataFiles(dataDir: string, root = process.cwd()): (YamlSource & { file: string })[] {
  return dataKeys
    .map((key) => path.join(dataDir, `${key}.yaml`))
    .filter((absolute) => existsSync(absolute))
    .map((absolute) => {
      const file = path.relative(root, absolute).split(path.sep).join('/');
      return { ...parseYamlSource(readFileSync(absolute, 'utf8'), file), file };
    });
}
