// Prints the nginx configuration for a handbook build: `npm run nginx:config -- --root /srv/handbook`.
import { parseArgs } from 'node:util';
import { siteLocation } from '../../src/config/site.ts';
import { nginxServerConfig } from './server-config.ts';

const usage = `Usage: npm run nginx:config -- [--root DIR] [--listen ADDR] [--server-name NAME] [--include FILE]...
  --root         directory the build is deployed to (default /srv/handbook)
  --listen       nginx listen parameters (default 80)
  --server-name  host name (default: the host of SITE_URL)
  --include      a file of server-level directives, such as deploy/nginx/oauth2-proxy.conf
The base path is BASE_PATH, as for the build.`;

function main(): void {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: '/srv/handbook' },
      listen: { type: 'string', default: '80' },
      'server-name': { type: 'string' },
      include: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const { site, base } = siteLocation();
  process.stdout.write(
    nginxServerConfig({
      root: values.root,
      base,
      listen: values.listen,
      serverName: values['server-name'] ?? new URL(site).hostname,
      includes: values.include,
    }),
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(usage);
  process.exitCode = 1;
}
