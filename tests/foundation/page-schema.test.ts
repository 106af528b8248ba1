import { describe, expect, test } from 'vitest';
import { loadSystemData } from '../../src/data/load.ts';
import { normalizePageRef, pageSchema, reviewEveryDays } from '../../src/schemas/page.ts';

const schema = pageSchema(loadSystemData('src/data'));
const issues = (input: unknown) =>
  schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('pageSchema', () => {
  test('accepts the frontmatter other tools generate', () => {
    const result = schema.parse({ kind: 'guide', owner: 'platform', lastReviewed: '2026-11-01' });
    expect(result.kind).toBe('guide');
    expect(result.lastReviewed).toEqual(new Date('2026-11-01'));
  });

  test('makes a page with no handbook fields a guide', () => {
    expect(schema.parse({}).kind).toBe('guide');
  });

  test('rejects an unknown kind, naming the field and the allowed values', () => {
    expect(issues({ kind: 'tutorial' })).toMatchInlineSnapshot(`
      [
        "kind: Invalid option: expected one of "guide"|"runbook"|"troubleshooting"|"incident"|"reference"|"card"|"checklist"",
      ]
    `);
  });

  test('rejects an owner that is not a team in the system data', () => {
    expect(issues({ owner: 'marketing' })).toMatchInlineSnapshot(`
      [
        "owner: Invalid option: expected one of "platform"|"erp"|"security"",
      ]
    `);
  });

  test('rejects a date that is not a date', () => {
    expect(issues({ lastReviewed: 'last tuesday' })).toMatchInlineSnapshot(`
      [
        "lastReviewed: use a date such as 2026-11-01",
      ]
    `);
  });

  test('rejects unknown services and alerts', () => {
    expect(issues({ services: ['billing'], alerts: ['cv-nope'] })?.map((line) => line.split(':')[0])).toEqual(
      ['services.0', 'alerts.0'],
    );
  });

  test('turns rollback shorthand into one shape', () => {
    expect(schema.parse({ rollback: '/rollback/application/#manual' }).rollback).toEqual({
      page: 'rollback/application',
      section: 'manual',
    });
    expect(schema.parse({ rollback: 'none: read-only checks' }).rollback).toEqual({
      none: 'read-only checks',
    });
  });
});

describe('normalizePageRef', () => {
  test('strips slashes so every spelling names one page', () => {
    expect(['/runbooks/scaling/', 'runbooks/scaling'].map(normalizePageRef)).toEqual([
      'runbooks/scaling',
      'runbooks/scaling',
    ]);
    expect(normalizePageRef('/')).toBe('index');
  });
});

describe('reviewEveryDays', () => {
  test('uses the per-kind default unless the page sets one', () => {
    expect(reviewEveryDays({ kind: 'runbook' })).toBe(90);
    expect(reviewEveryDays({ kind: 'guide', reviewEvery: 30 })).toBe(30);
  });
});
