import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { sidebar } from './sidebar.ts';

/** Starlight's settings for the handbook; astro.config.mjs only wires this in. */
export const starlightConfig: StarlightUserConfig = {
  title: 'Operations Handbook',
  description: 'Deploy, run, troubleshoot, roll back and recover Company View.',
  sidebar,
  customCss: ['./src/styles/handbook.css'],
  lastUpdated: false,
  pagination: false,
};
