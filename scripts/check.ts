// `npm run check`: verifies every link, URL and shell command in the docs against the built site;
// with `--docs DIR` (or `npx handbook-check DIR`), any folder of Markdown against its file tree.
// Exit 0: no errors; 1: errors (warnings too with --strict); 2: usage or configuration error.
import path from 'node:path';
import { parseCheckArguments, type CheckArguments } from '../src/checker/arguments.ts';
import { ConfigError, resolveOptions, runCheck, type CheckOverrides } from '../src/checker/index.ts';
import { reporters } from '../src/checker/reporters/index.ts';

/** The options the command line asks for. */
function overridesOf(args: CheckArguments): CheckOverrides {
  const common = {
    offline: args.offline,
    strict: args.strict,
    alertRules: args.alertRules,
    network: { readCache: !args.noCache },
  };
  if (args.docs === undefined) return common;
  // Another team's folder: paths in findings relative to where the command runs, no build, no
  // internal hosts until its config names some.
  return {
    ...common,
    mode: 'docs',
    root: process.cwd(),
    docsDir: path.resolve(args.docs),
    internalHosts: [],
    requireFreshBuild: false,
  };
}

async function main(): Promise<number> {
  try {
    const args = parseCheckArguments(process.argv.slice(2));
    const report = await runCheck(overridesOf(args), { configFile: args.config });
    console.log(reporters[args.format](report, { siteUrl: resolveOptions().siteUrl }));
    return report.summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`handbook check: ${error.message}`);
    return 2;
  }
}

process.exitCode = await main();
