import { describe, expect, test } from 'vitest';
import { applySeverityPolicy, type Finding, type SeverityPolicy } from '../../src/checker/findings.ts';

const at = (file: string, rule: Finding['rule'], severity: Finding['severity']): Finding => ({
  rule,
  severity,
  file,
  line: 3,
  message: 'm',
  target: 't',
});

const findings = [
  at('docs/reviewed.md', 'link-broken', 'error'),
  at('docs/reviewed.md', 'link-anchor', 'error'),
  at('docs/reviewed.md', 'page-stale', 'warning'),
  at('docs/imported.md', 'link-broken', 'error'),
  at('docs/imported.md', 'command-syntax', 'error'),
];

const policy = (changes: Partial<SeverityPolicy>): SeverityPolicy => ({
  rules: {},
  imported: new Set(['docs/imported.md']),
  strict: false,
  ...changes,
});

const severities = (list: Finding[]) => list.map((item) => `${item.file} ${item.rule} ${item.severity}`);

describe('the severity step: config settings, imported pages and --strict together', () => {
  test("a rule's setting replaces its severity and `off` drops it, on every page", () => {
    const result = applySeverityPolicy(
      findings,
      policy({ rules: { 'link-broken': 'off', 'link-anchor': 'warning', 'page-stale': 'error' } }),
    );
    expect(severities(result)).toEqual([
      'docs/reviewed.md link-anchor warning',
      'docs/reviewed.md page-stale error',
      'docs/imported.md command-syntax warning',
    ]);
  });

  test('on a page not reviewed since import every finding is a warning, even a rule set to error', () => {
    const result = applySeverityPolicy(findings, policy({ rules: { 'command-syntax': 'error' } }));
    expect(severities(result).filter((line) => line.startsWith('docs/imported.md'))).toEqual([
      'docs/imported.md link-broken warning',
      'docs/imported.md command-syntax warning',
    ]);
  });

  test('--strict makes every kept finding an error, imported pages included; off stays off', () => {
    const result = applySeverityPolicy(findings, policy({ strict: true, rules: { 'page-stale': 'off' } }));
    expect(severities(result)).toEqual([
      'docs/reviewed.md link-broken error',
      'docs/reviewed.md link-anchor error',
      'docs/imported.md link-broken error',
      'docs/imported.md command-syntax error',
    ]);
  });
});
