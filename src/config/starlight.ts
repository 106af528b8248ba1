import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { sidebar } from './sidebar.ts';

/** Starlight's settings for the handbook; astro.config.mjs only wires this in. */
export const starlightConfig: StarlightUserConfig = {
  title: 'Operations Handbook',
  description: 'Deploy, run, troubleshoot, roll back and recover Company View.',
  sidebar,
  // Absolute, so fixture sites with another root get the same styles.
  customCss: [fileURLToPath(new URL('../styles/handbook.css', import.meta.url))],
  components: {
    PageTitle: fileURLToPath(new URL('../components/overrides/PageTitle.astro', import.meta.url)),
  },
  lastUpdated: false,
  pagination: false,
};
