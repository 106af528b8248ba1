import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/lib/browser.ts';

/** The shared Chromium, which keeps web security on: what the hosting tests check depends on it. */
export const launchStrictChromium = (): Promise<Browser> => launchChromium();
