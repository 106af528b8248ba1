// `npm test` runs this first (`pretest`): it installs the Debian packages the tests need when they are
// missing and this run may (root, with apt-get), and otherwise stops at once with the command to run.
import { spawnSync } from 'node:child_process';
import { installCommand, planTestTools, thisMachine } from './lib/test-tools.ts';

function main(): number {
  const plan = planTestTools(thisMachine());
  if (plan.action === 'ready') return 0;
  if (plan.action === 'stop') return stop(plan.message);
  console.log(`Installing the Debian packages the tests need: ${plan.packages.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...plan.packages],
  ]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0)
      return stop(
        `apt-get ${args[0]} failed. Install by hand, then run npm test again:\n  ${installCommand(plan.packages, false)}`,
      );
  }
  const after = planTestTools(thisMachine());
  return after.action === 'ready' ? 0 : stop(`still missing after apt-get: ${JSON.stringify(after)}`);
}

function stop(message: string): number {
  console.error(`npm test: ${message}`);
  return 1;
}

process.exitCode = main();
