import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { system } from '../data/index.ts';
import type { Service } from '../data/schema.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

const section = (label: string, directory: string, collapsed = false) => ({
  label,
  collapsed,
  items: [{ autogenerate: { directory } }],
});

/** A documented service's group: its overview page (src/pages/services/[id].astro) and the parts of it. */
const serviceGroup = (service: Service) => ({
  label: service.name,
  collapsed: true,
  items: [
    { label: 'Overview', link: `/services/${service.id}/` },
    { label: 'Runbooks', link: `/services/${service.id}/#runbooks` },
    { label: 'Troubleshooting', link: `/services/${service.id}/#troubleshooting` },
    { label: 'Alerts', link: `/services/${service.id}/#alerts` },
  ],
});

/**
 * Sections in the order on-call and new hires reach for them. Runbooks and troubleshooting pages
 * are reached through their generated catalogs and search, so every page's sidebar stays the
 * same size however many runbooks there are. A handbook that documents more than one service
 * (`documented: true` in src/data/services.yaml) adds a group per service after the home page,
 * each leading to that service's own catalogs; with one service the sidebar stays as it is.
 */
export function sidebarFor(services: readonly Service[]): Sidebar {
  const documented = services.filter((service) => service.documented);
  return [
    { label: 'On-call home', link: '/' },
    ...(documented.length > 1 ? documented.map(serviceGroup) : []),
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
}

export const sidebar: Sidebar = sidebarFor(system.services);
