import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  type BuildManifest,
  hashFile,
  manifestFile,
  manifestOf,
  sourceOfModule,
  withModules,
} from './manifest.ts';

/**
 * Writes `build-manifest.json` into the built site: a content hash of every source the build read.
 * The checker compares it with the sources to refuse a stale `dist/` whatever the files' times say
 * (a checkout, a copy or a sync tool sets them at will). Modules are hashed as the build loads them,
 * and the rest as the build starts, so an edit made during the build makes it stale rather than
 * hiding behind it.
 */
export function buildManifestIntegration(): AstroIntegration {
  let root = '';
  let atStart: BuildManifest | undefined;
  const modules = new Map<string, string>();
  return {
    name: 'handbook-build-manifest',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        atStart = manifestOf(root);
        const record = (id: string) => {
          const file = sourceOfModule(id);
          if (file && !modules.has(file)) modules.set(file, hashFile(file));
        };
        updateConfig({
          vite: { plugins: [{ name: 'handbook-build-manifest', transform: (_, id) => record(id) }] },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const manifest = withModules(root, atStart ?? manifestOf(root), modules);
        writeFileSync(path.join(fileURLToPath(dir), manifestFile), `${JSON.stringify(manifest, null, 1)}\n`);
        logger.info(`${manifestFile} records ${Object.keys(manifest.files).length} source files`);
      },
    },
  };
}
