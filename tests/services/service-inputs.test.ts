import { describe, expect, test } from 'vitest';
import { loadSystemData } from '../../src/data/load.ts';
import { pageSchema } from '../../src/schemas/page.ts';

const system = loadSystemData('src/data');
const schema = pageSchema(system);
const issues = (input: unknown) =>
  schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('fill-once inputs a service declares once', () => {
  test('a page names a service input and gets its whole declaration, with the service', () => {
    const page = schema.parse({ services: ['company-view'], inputs: ['DB_PID'] });
    const declared = system.services
      .find((s) => s.id === 'company-view')!
      .inputs.find((i) => i.name === 'DB_PID');
    expect(page.inputs).toEqual([{ ...declared, service: 'company-view' }]);
    expect(page.inputs[0]!.pattern).toBe('[0-9]{1,10}');
  });

  test("a page's description says where to find the value on that page; the rest stays the service's", () => {
    const page = schema.parse({
      services: ['company-view'],
      inputs: [{ name: 'APP_CONTAINER', description: 'From step 4.' }],
    });
    expect(page.inputs[0]).toMatchObject({
      name: 'APP_CONTAINER',
      description: 'From step 4.',
      example: 'company-view-app-2',
      service: 'company-view',
    });
  });

  test('the example and pattern of a service input are kept in the data only', () => {
    expect(
      issues({
        services: ['company-view'],
        inputs: [{ name: 'DB_PID', description: 'x', example: '1', pattern: '[0-9]+' }],
      }),
    ).toEqual([
      'inputs.0.example: DB_PID is declared by service company-view in src/data/services.yaml; its example is kept there, remove it here',
      'inputs.0.pattern: DB_PID is declared by service company-view in src/data/services.yaml; its pattern is kept there, remove it here',
    ]);
  });

  test('a name no service of the page declares is refused, naming the service that does', () => {
    expect(issues({ services: ['odoo'], inputs: ['DB_PID'] })).toEqual([
      "inputs.0: DB_PID is no input of the page's services: company-view declares it: add that service to `services:`",
    ]);
    expect(issues({ services: ['company-view'], inputs: ['NOT_DECLARED'] })).toEqual([
      "inputs.0: NOT_DECLARED is no input of the page's services: declare it for one of the page's services in src/data/services.yaml, or give its description and example here",
    ]);
  });

  test("a page's own input is declared in full, and its example must match its pattern", () => {
    const own = { name: 'ODOO_MODULES', description: 'Modules.', example: 'a,b' };
    expect(schema.parse({ services: ['odoo'], inputs: [own] }).inputs).toEqual([own]);
    expect(issues({ services: ['odoo'], inputs: [{ ...own, pattern: '[a-z]+' }] })).toEqual([
      'inputs.0.example: example refused: it does not have the expected form ([a-z]+)',
    ]);
  });

  test('one name is one value per service: the example uses DB_PID on the runbook and on the card', () => {
    const names = system.services.flatMap((service) =>
      service.inputs.map((input) => `${service.id}:${input.name}`),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('company-view:DB_PID');
  });
});
