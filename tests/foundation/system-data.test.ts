import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadSystemData } from '../../src/data/load.ts';
import { useTempSite } from '../helpers/temp-site.ts';

const currentSite = useTempSite();

const loadError = () => {
  try {
    loadSystemData('src/data');
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('loadSystemData', () => {
  test('loads the handbook data with every record kind filled', () => {
    const data = loadSystemData(fileURLToPath(new URL('../../src/data', import.meta.url)));
    expect(data.environment.map((variable) => variable.name)).toEqual([
      'DATABASE_URL',
      'BETTER_AUTH_SECRET',
      'BETTER_AUTH_URL',
      'ODOO_URL',
      'ODOO_DB',
      'ODOO_USERNAME',
      'ODOO_API_KEY',
      'PORT',
    ]);
    expect(data.teams.map((team) => team.id)).toEqual(['platform', 'erp', 'security']);
  });

  test('names file, line and field of an invalid value', () => {
    currentSite().write(
      'src/data/alerts.yaml',
      `- id: fixture-down
  condition: The health check fails twice.
  severity: SEV9
  runbook: runbooks/restart
`,
    );
    expect(loadError()).toMatchInlineSnapshot(`
      "Invalid system data:
        src/data/alerts.yaml:3 0.severity: Invalid option: expected one of "SEV1"|"SEV2"|"SEV3""
    `);
  });

  test('names a service owned by a team that does not exist', () => {
    currentSite().write(
      'src/data/services.yaml',
      `- id: fixture-app
  name: Fixture app
  owner: marketing
  description: The service of the fixture.
  environments: [{ id: production, url: 'https://fixture.corp.internal', hosts: [fixture.corp.internal] }]
`,
    );
    expect(loadError()).toContain('src/data/services.yaml:3 0.owner: unknown team "marketing"');
  });

  test('reports YAML syntax errors with their line', () => {
    currentSite().write('src/data/tools.yaml', '- name: curl\n  purpose: [unclosed\n');
    expect(loadError()).toMatch(/src\/data\/tools\.yaml:\d+ \(yaml\): /);
  });
});
