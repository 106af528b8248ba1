import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright-core';

// Chromium here has no network beyond loopback; these flags stop it phoning home at start.
const quietFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

const serverlessOnlyFlags = new Set([
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
]);

/**
 * The Chromium to drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else the binary the
 * `@sparticuz/chromium` npm package ships. Never a browser downloaded at run time.
 */
export async function chromiumLaunchOptions(): Promise<LaunchOptions> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return { executablePath: fromEnv, args: quietFlags };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: quietFlags };
  const { default: packaged } = await import('@sparticuz/chromium');
  // The packaged flags are made for a serverless sandbox: single-process mode kills the browser when a
  // second context opens, and the others would switch off the same-origin checks tests rely on.
  const args = packaged.args.filter((flag) => !serverlessOnlyFlags.has(flag));
  return { executablePath: await packaged.executablePath(), args: [...args, ...quietFlags] };
}

/** A headless Chromium from {@link chromiumLaunchOptions}. */
export async function launchChromium() {
  return chromium.launch({ ...(await chromiumLaunchOptions()), headless: true });
}

export { chromium };
