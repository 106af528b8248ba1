import { chromium, chromiumLaunchOptions } from '../../src/lib/browser.ts';

// @sparticuz/chromium's flags run everything in one process, where closing a context ends the
// browser; the benchmark needs a fresh context (empty cache) for every measurement.
const oneProcessFlags = new Set(['--single-process', '--no-zygote']);

/** The project's headless Chromium, able to open and close many contexts. */
export async function launchBenchChromium() {
  const options = await chromiumLaunchOptions();
  const args = (options.args ?? []).filter((flag) => !oneProcessFlags.has(flag));
  return chromium.launch({ ...options, args, headless: true });
}
