import { spawnSync } from 'node:child_process';
import path from 'node:path';

const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');

/** The environment a person's shell would give a build: without what Vitest sets for its own Vite. */
export function userEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || ['NODE_ENV', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR'].includes(key))
      delete env[key];
  }
  return { ...env, ...extra };
}

/** Runs a real `astro build` of the site at `root`; returns its exit status and output. */
export function astroBuild(root: string, outDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
    cwd: root,
    env: userEnvironment(env),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
