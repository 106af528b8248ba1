import { describe, expect, test } from 'vitest';
import { searchAliases } from '../../src/components/page/search-aliases.ts';

describe('searchAliases', () => {
  test('joins the inner runs of hyphenated identifiers, as Pagefind looks them up', () => {
    expect(searchAliases(['missing x-tenant-id header'])).toEqual(['xtenant', 'tenantid']);
    expect(searchAliases(['cv-db-connections-high'])).toEqual([
      'cvdb',
      'dbconnections',
      'connectionshigh',
      'cvdbconnections',
      'dbconnectionshigh',
    ]);
  });

  test('keeps underscores in the runs of snake-case identifiers', () => {
    expect(searchAliases(['BETTER_AUTH_SECRET'])).toEqual(['better_auth', 'auth_secret']);
  });

  test('splits camelCase and dotted names', () => {
    expect(searchAliases(['errorsBySection not empty'])).toEqual(['errorsby', 'bysection']);
    expect(searchAliases(['odoo.exceptions.AccessDenied'])).toEqual([
      'odooexceptions',
      'exceptionsaccess',
      'accessdenied',
      'odooexceptionsaccess',
      'exceptionsaccessdenied',
    ]);
  });

  test('adds nothing for words Pagefind already finds whole', () => {
    expect(searchAliases(['ECONNREFUSED', 'too many connections', 'tenant-id', 'OOMKilled'])).toEqual([]);
  });

  test('skips addresses, versions and other runs of numbers', () => {
    expect(searchAliases(['connect ECONNREFUSED 172.18.0.3:5432', 'v1.8.0'])).toEqual([]);
  });

  test('lists each alias once', () => {
    expect(searchAliases(['x-tenant-id', 'missing x-tenant-id'])).toEqual(['xtenant', 'tenantid']);
  });
});
