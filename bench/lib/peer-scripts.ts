import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runMeasured } from './measure.ts';
import { repoRoot } from './sites.ts';

export interface PeerRun {
  script: string;
  /** `pending`: the script or its file does not exist yet; `failed`: it exited with an error. */
  state: 'ok' | 'failed' | 'pending';
  seconds: number | undefined;
  /** Its standard output, as it printed it. */
  output: string;
  /** Its standard output parsed, when it printed JSON. */
  json: unknown;
}

/**
 * Runs another engineer's benchmark, `npm run <script> -- <args>`, as it stands; this benchmark
 * only reports what it prints.
 */
export async function runPeerScript(
  script: string,
  file: string,
  args: readonly string[] = [],
): Promise<PeerRun> {
  const scripts = (
    JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    }
  ).scripts;
  if (!scripts?.[script] || !existsSync(path.join(repoRoot, file)))
    return {
      script,
      state: 'pending',
      seconds: undefined,
      output: `${file} and \`npm run ${script}\` do not exist yet`,
      json: undefined,
    };
  const result = await runMeasured('npm', ['run', '--silent', script, '--', ...args], { cwd: repoRoot });
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    json = undefined;
  }
  return {
    script,
    state: result.status === 0 ? 'ok' : 'failed',
    seconds: result.ms / 1000,
    output: (result.status === 0 ? result.stdout : result.output).trim(),
    json,
  };
}
