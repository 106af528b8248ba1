import path from 'node:path';
import { node, runMeasured, type Measured } from './measure.ts';
import { repoRoot } from './sites.ts';

const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');

/** Environment of a build: no telemetry, diagrams cached next to the site so a cold build renders them. */
export const buildEnv = (root: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  MERMAID_CACHE_DIR: path.join(root, '.mermaid-cache'),
  ...extra,
});

/** `astro build` of the project at `root` into `root/dist`; throws with the end of the log on failure. */
export async function buildSite(root: string, extra: Record<string, string> = {}): Promise<Measured> {
  const result = await runMeasured(node, [astro, 'build'], { cwd: root, env: buildEnv(root, extra) });
  if (result.status !== 0)
    throw new Error(`astro build failed in ${path.relative(repoRoot, root)}:\n${result.output.slice(-3000)}`);
  return result;
}
