import { describe, expect, test } from 'vitest';
import { parseCheckArguments } from '../../src/checker/arguments.ts';

describe('parseCheckArguments', () => {
  test('defaults to a text report with the network and the cache', () => {
    expect(parseCheckArguments([])).toEqual({
      offline: false,
      format: 'text',
      strict: false,
      noCache: false,
      alertRules: [],
    });
  });

  test('reads every option', () => {
    expect(parseCheckArguments(['--offline', '--format', 'github', '--strict', '--no-cache'])).toEqual({
      offline: true,
      format: 'github',
      strict: true,
      noCache: true,
      alertRules: [],
    });
  });

  test.each([[['--format', 'xml']], [['--fast']], [['extra']]])('refuses %j with the usage line', (argv) => {
    expect(() => parseCheckArguments(argv)).toThrow(/usage: npm run check -- \[--offline\]/);
  });
});
