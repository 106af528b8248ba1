import { describe, expect, test } from 'vitest';
import { correctQuery, editDistance, vocabularyFrom } from '../../src/scripts/client/search-correct.ts';

const vocabulary = vocabularyFrom({
  words: [
    ['connections', 40],
    ['connection', 30],
    ['certificate', 12],
    ['expired', 5],
    ['dashboard', 20],
    ['redirect', 3],
    ['restart', 9],
    ['too', 50],
    ['many', 30],
    ['template', 2],
  ],
});

describe('editDistance', () => {
  test('counts a swap of neighbours as one edit', () => {
    expect(editDistance('cahce', 'cache')).toBe(1);
    expect(editDistance('conections', 'connections')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('correctQuery', () => {
  test('replaces a typo by the closest word the handbook has', () => {
    expect(correctQuery('too many conections', vocabulary)).toEqual({
      term: 'too many connections',
      corrected: [['conections', 'connections']],
      unknown: [],
    });
    expect(correctQuery('certficate expird', vocabulary).term).toBe('certificate expired');
  });

  test('quotes a word no page has, so it matches nothing rather than a prefix', () => {
    expect(correctQuery('redis', vocabulary)).toEqual({ term: '"redis"', corrected: [], unknown: ['redis'] });
  });

  test('keeps known words, other forms of them, identifiers and a word still being typed', () => {
    expect(correctQuery('restarts', vocabulary).term).toBe('restarts');
    expect(correctQuery('Dashboard 5432', vocabulary).term).toBe('Dashboard 5432');
    expect(correctQuery('x-tenant-id', vocabulary).term).toBe('x-tenant-id');
    expect(correctQuery('templ', vocabulary).term).toBe('templ');
    expect(correctQuery('templ ', vocabulary).unknown).toEqual(['templ']);
  });

  test('leaves the query alone while the vocabulary has not loaded', () => {
    expect(correctQuery('conections', new Map())).toEqual({ term: 'conections', corrected: [], unknown: [] });
  });
});
