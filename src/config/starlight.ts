import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { sidebar } from './sidebar.ts';

/**
 * How Pagefind ranks results. Starlight's defaults (pageLength 0.1, termSaturation 2) hardly
 * penalise long pages, so a long reference page that mentions an error in passing outranks the
 * short troubleshooting page that lists it as a symptom. Weighing page length and term frequency
 * at 0.5 does better on the on-call query suite: `npm run bench:search` prints both.
 */
export const searchRanking = {
  termSimilarity: 1,
  pageLength: 0.5,
  termFrequency: 0.5,
  termSaturation: 1.4,
};

const component = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Starlight's settings for the handbook; astro.config.mjs only wires this in. */
export const starlightConfig: StarlightUserConfig = {
  title: 'Operations Handbook',
  description: 'Deploy, run, troubleshoot, roll back and recover Company View.',
  sidebar,
  // Absolute, so fixture sites with another root get the same styles.
  customCss: [
    component('../styles/handbook.css'),
    component('../styles/reading.css'),
    component('../styles/offline-notice.css'),
    component('../styles/alerts.css'),
  ],
  components: {
    Head: component('../components/overrides/Head.astro'),
    PageTitle: component('../components/overrides/PageTitle.astro'),
    Search: component('../components/overrides/Search.astro'),
    Footer: component('../components/overrides/Footer.astro'),
    Pagination: component('../components/overrides/Pagination.astro'),
    Sidebar: component('../components/overrides/Sidebar.astro'),
  },
  pagefind: { ranking: searchRanking },
  // Prometheus runbooks fence their queries as ```promql, which Shiki has no grammar for; read them as
  // plain text (no highlighting) rather than warn "language not found" on every imported page.
  expressiveCode: { shiki: { langAlias: { promql: 'txt' } } },
  // src/pages/404.astro: search and the most used pages.
  disable404Route: true,
  lastUpdated: false,
  // Only the sections read in order show them (src/components/overrides/Pagination.astro).
  pagination: true,
};
