// `npm run init -- --service ID --team ID [--service-name NAME] [--team-name NAME]`: takes the
// Company View example out (into examples/company-view/) and leaves an empty handbook that builds.
import { parseArgs } from 'node:util';
import { initHandbook } from '../src/adoption/init-handbook.ts';
import { siteLocation } from '../src/config/site.ts';

const usage = `Usage: npm run init -- --service <id> --team <id> [--service-name "<Name>"] [--team-name "<Name>"]`;
const id = /^[a-z0-9][a-z0-9-]*$/;

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        service: { type: 'string' },
        team: { type: 'string' },
        'service-name': { type: 'string' },
        'team-name': { type: 'string' },
      },
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
  const { service, team } = values;
  if (!service || !team) return fail(`Both --service and --team are needed.\n${usage}`);
  if (!id.test(service) || !id.test(team)) return fail('Ids are lowercase letters, digits and dashes.');
  try {
    const lines = initHandbook({
      root: process.cwd(),
      service,
      serviceName: values['service-name'] ?? service,
      team,
      teamName: values['team-name'] ?? `${team} team`,
      today: new Date().toISOString().slice(0, 10),
      siteUrl: siteLocation().site,
    });
    console.log(lines.join('\n'));
    console.log('Next: npm run build, then add pages with npm run new or npm run import.');
    return 0;
  } catch (error) {
    return fail(`npm run init: ${(error as Error).message}`);
  }
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
