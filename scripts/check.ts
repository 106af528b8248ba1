// `npm run check`: verifies every link, URL and shell command in the docs against the built site.
// Exit 0: no errors; 1: errors (warnings too with --strict); 2: usage or configuration error.
import { parseCheckArguments } from '../src/checker/arguments.ts';
import { ConfigError, resolveOptions, runCheck } from '../src/checker/index.ts';
import { reporters } from '../src/checker/reporters/index.ts';

async function main(): Promise<number> {
  try {
    const args = parseCheckArguments(process.argv.slice(2));
    const report = await runCheck({
      offline: args.offline,
      strict: args.strict,
      alertRules: args.alertRules,
      network: { readCache: !args.noCache },
    });
    console.log(reporters[args.format](report, { siteUrl: resolveOptions().siteUrl }));
    return report.summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`handbook check: ${error.message}`);
    return 2;
  }
}

process.exitCode = await main();
