import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { starlightConfig } from '../../config/starlight.ts';

/**
 * Which of the site's colours each Mermaid theme variable takes (Mermaid's `base` theme, the one meant
 * to be given colours). Every fill that carries text is paired with text in `--sl-color-white`, the
 * site's body text, so a diagram reads like the page around it in light and in dark:
 * nodes in the accent's low tint, edges and borders in its greys, labels on the page background.
 */
export const paletteRoles = {
  background: '--sl-color-bg',
  mainBkg: '--sl-color-accent-low',
  primaryColor: '--sl-color-accent-low',
  primaryTextColor: '--sl-color-white',
  primaryBorderColor: '--sl-color-accent',
  nodeBorder: '--sl-color-accent',
  nodeTextColor: '--sl-color-white',
  secondaryColor: '--sl-color-gray-6',
  secondaryTextColor: '--sl-color-white',
  secondaryBorderColor: '--sl-color-gray-4',
  tertiaryColor: '--sl-color-gray-6',
  tertiaryTextColor: '--sl-color-white',
  tertiaryBorderColor: '--sl-color-gray-4',
  clusterBkg: '--sl-color-gray-6',
  clusterBorder: '--sl-color-gray-4',
  titleColor: '--sl-color-white',
  textColor: '--sl-color-white',
  lineColor: '--sl-color-gray-3',
  edgeLabelBackground: '--sl-color-bg',
  noteBkgColor: '--sl-color-gray-6',
  noteTextColor: '--sl-color-white',
  noteBorderColor: '--sl-color-gray-4',
  actorBkg: '--sl-color-accent-low',
  actorTextColor: '--sl-color-white',
  actorBorder: '--sl-color-accent',
  signalColor: '--sl-color-white',
  signalTextColor: '--sl-color-white',
  labelTextColor: '--sl-color-white',
  labelBoxBkgColor: '--sl-color-gray-6',
  labelBoxBorderColor: '--sl-color-gray-4',
  loopTextColor: '--sl-color-white',
} as const;

const require = createRequire(import.meta.url);
// Starlight's colour properties sit beside the one stylesheet its package exports.
const starlightProps = path.join(
  path.dirname(require.resolve('@astrojs/starlight/style/markdown.css')),
  'props.css',
);

/**
 * The stylesheets that define the site's theme: Starlight's colours, then the handbook's own CSS
 * (which may set them), in the order the site loads them.
 */
export const themeStylesheets: readonly string[] = [
  starlightProps,
  ...(starlightConfig.customCss ?? []).filter((file) => file.endsWith('.css')),
];

/** The stylesheets as `file:` URLs, for the page diagrams are drawn in. */
export const themeStylesheetUrls = themeStylesheets.map((file) => pathToFileURL(file).href);

/**
 * What a diagram's colours depend on besides its source: the roles and the theme's stylesheets.
 * Part of the cache key, so a change to the site's colours draws every diagram again.
 */
export const paletteFingerprint = createHash('sha256')
  .update(JSON.stringify(paletteRoles))
  .update(themeStylesheets.map((file) => readFileSync(file, 'utf8')).join('\0'))
  .digest('hex');
