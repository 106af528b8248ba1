import { describe, expect, test } from 'vitest';
import { sidebar, sidebarFor } from '../../src/config/sidebar.ts';
import { serviceSchema } from '../../src/data/schema.ts';

const service = (id: string, documented: boolean) =>
  serviceSchema.parse({
    id,
    name: `Service ${id}`,
    owner: 'platform',
    description: 'A service.',
    documented,
  });
const labels = (sidebar: ReturnType<typeof sidebarFor>) =>
  sidebar.map((entry) => (typeof entry === 'string' ? entry : entry.label));

describe('the sidebar', () => {
  test('of a handbook documenting one service is the same as ever: sections only', () => {
    const one = sidebarFor([
      service('company-view', true),
      service('grafana', false),
      service('odoo', false),
    ]);
    expect(one).toEqual(sidebarFor([]));
    expect(labels(one)).not.toContain('Service company-view');
  });

  test('of a handbook documenting several services has a group per service after the home page', () => {
    const sidebar = sidebarFor([
      service('payments', true),
      service('grafana', false),
      service('ledger', true),
    ]);
    expect(labels(sidebar).slice(0, 4)).toEqual([
      'On-call home',
      'Service payments',
      'Service ledger',
      'Getting started',
    ]);
    expect(sidebar[1]).toMatchObject({
      items: [
        { label: 'Overview', link: '/services/payments/' },
        { label: 'Runbooks', link: '/services/payments/#runbooks' },
        { label: 'Troubleshooting', link: '/services/payments/#troubleshooting' },
        { label: 'Alerts', link: '/services/payments/#alerts' },
      ],
    });
  });

  test('of the Company View example, which documents one service and links to others, has no group', () => {
    expect(sidebar).toEqual(sidebarFor([]));
  });
});
