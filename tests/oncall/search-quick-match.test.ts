import { describe, expect, test } from 'vitest';
import type { IncidentEntry } from '../../src/integrations/search/incident-index.ts';
import { quickIndexFrom, quickSearch, withinEdits } from '../../src/scripts/client/search-quick.ts';

// Entries in the form the build writes (src/integrations/search/incident-index.ts), made up here.
const entries: IncidentEntry[] = [
  [
    '/t/db/',
    'Database connection errors',
    'troubleshooting',
    ['App'],
    'db down',
    'connect ECONNREFUSED · ECONNREFUSED 5432 · too many clients',
    'When the app cannot reach its database.',
  ],
  [
    '/t/memory/',
    'High memory',
    'troubleshooting',
    ['App'],
    'out of memory',
    'OOMKilled · exit code 137',
    'Containers killed for memory.',
  ],
  [
    '/r/sync/',
    'ERP sync stuck',
    'runbook',
    ['ERP'],
    'data from yesterday',
    'erp-sync-lag',
    'Restart the ERP sync.',
  ],
];
const index = quickIndexFrom(entries);
const titles = (query: string, service?: string) => quickSearch(index, query, service).map((r) => r.title);

describe('quick answers from the compact incident index', () => {
  test('count a swap of two letters as one edit', () => {
    expect(withinEdits('memroy', 'memory', 1)).toBe(true);
    expect(withinEdits('memory', 'mammal', 1)).toBe(false);
  });

  test('find a page from a typo, an error string, an alert id or what readers say', () => {
    expect(titles('out of memroy')[0]).toBe('High memory');
    expect(titles('ECONNREFUSED')[0]).toBe('Database connection errors');
    expect(titles('erp-sync-lag')[0]).toBe('ERP sync stuck');
    expect(titles('data from yesterday')[0]).toBe('ERP sync stuck');
  });

  test('do not hold the numbers of a pasted log line against a page', () => {
    expect(titles('connect ECONNREFUSED 172.18.0.3:5432')[0]).toBe('Database connection errors');
  });

  test('find nothing for words no entry has, and keep to a service when asked', () => {
    expect(titles('kubernetes ingress')).toEqual([]);
    expect(titles('ECONNREFUSED', 'ERP')).toEqual([]);
    expect(titles('sync', 'ERP')).toEqual(['ERP sync stuck']);
  });
});
