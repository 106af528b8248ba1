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

  test('reads a folder to check, as --docs DIR or a bare DIR, and a config file', () => {
    expect(parseCheckArguments(['--docs', 'runbooks', '--config', 'check.yaml'])).toMatchObject({
      docs: 'runbooks',
      config: 'check.yaml',
    });
    expect(parseCheckArguments(['runbooks', '--offline'])).toMatchObject({ docs: 'runbooks', offline: true });
  });

  test.each([[['--format', 'xml']], [['--fast']], [['one', 'two']], [['--docs', 'a', 'b']]])(
    'refuses %j with the usage line',
    (argv) => {
      expect(() => parseCheckArguments(argv)).toThrow(/usage: npm run check -- \[--offline\]/);
    },
  );
});
