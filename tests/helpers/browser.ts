import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/lib/browser.ts';

export { launchChromium };

/** A browser for one test file: launched once, closed after. */
export async function withBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await launchChromium();
  return { browser, close: () => browser.close() };
}
