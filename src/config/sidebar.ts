import type { StarlightUserConfig } from '@astrojs/starlight/types';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

const section = (label: string, directory: string, collapsed = false) => ({
  label,
  collapsed,
  items: [{ autogenerate: { directory } }],
});

/**
 * Sections in the order on-call and new hires reach for them. Runbooks and troubleshooting pages
 * are reached through their generated catalogs and search, so every page's sidebar stays the
 * same size however many runbooks there are.
 */
export const sidebar: Sidebar = [
  { label: 'On-call home', link: '/' },
  section('Getting started', 'getting-started'),
  { label: 'Runbooks', link: '/runbooks/' },
  { label: 'Troubleshooting', link: '/troubleshooting/' },
  section('Rollback', 'rollback'),
  section('Incident response', 'incident-response'),
  section('Deployment', 'deployment', true),
  { label: 'Maintenance', link: '/maintenance/' },
  section('Reference', 'reference', true),
  section('Quick-reference cards', 'cards', true),
  { label: 'Contributing', link: '/contributing/' },
];
