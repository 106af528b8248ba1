import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/lib/browser.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { builtSite } from '../helpers/built-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

export interface SiteUnderTest {
  origin: string;
  dir: string;
  browser: Browser;
  close(): Promise<void>;
}

async function serveWithBrowser(dir: string, cleanup = () => {}): Promise<SiteUnderTest> {
  const [server, browser]: [StaticServer, Browser] = await Promise.all([serveStatic(dir), launchChromium()]);
  return {
    origin: server.origin,
    dir,
    browser,
    async close() {
      await browser.close();
      await server.close();
      cleanup();
    },
  };
}

/** The tiny fixture site, built for this test file, served on loopback, with a browser. */
export async function fixtureSite(): Promise<SiteUnderTest> {
  const out = mkdtempSync(path.join(tmpdir(), 'handbook-oncall-'));
  const build = astroBuild('tests/fixtures/tiny-site', out);
  if (build.status !== 0) throw new Error(build.output);
  return serveWithBrowser(out, () => rmSync(out, { recursive: true, force: true }));
}

/**
 * The handbook as `npm run build` left it in dist/ (or a build in `HANDBOOK_SITE_DIR`), served on
 * loopback, with a browser.
 */
export const handbookSite = (): Promise<SiteUnderTest> =>
  serveWithBrowser(
    process.env['HANDBOOK_SITE_DIR'] ? path.resolve(process.env['HANDBOOK_SITE_DIR']) : builtSite(),
  );
