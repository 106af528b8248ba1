import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseCheckArguments } from '../../src/checker/arguments.ts';
import { durationMs, topLevelComparisons } from '../../src/checker/alert-rules/promql.ts';
import { ConfigError, runCheck } from '../../src/checker/index.ts';
import { loadSystemData } from '../../src/data/load.ts';

// The handbook's own pages and alerts against rule files written for Company View. The alert rules
// read no HTML, so an empty folder stands in for dist/.
const emptyDist = mkdtempSync(path.join(tmpdir(), 'handbook-alert-rules-'));
afterAll(() => rmSync(emptyDist, { recursive: true, force: true }));
const fixture = (name: string) => `tests/alerts/fixtures/${name}`;
const system = loadSystemData();

async function alertFindings(...files: string[]) {
  const report = await runCheck({
    alertRules: files.map(fixture),
    distDir: emptyDist,
    requireFreshBuild: false,
    offline: true,
    siteUrl: 'https://handbook.corp.internal/',
    base: '/',
  });
  return report.findings
    .filter((item) => item.rule.startsWith('alert-'))
    .map(({ rule, severity, file, line, target }) => ({ rule, severity, file, line, target }));
}

describe('npm run check -- --alert-rules', () => {
  test('finds nothing in rule files that agree with the handbook', async () => {
    expect(await alertFindings('company-view.rules.yml')).toEqual([]);
  }, 120_000);

  test('reports every kind of disagreement, at its line', async () => {
    const file = fixture('drifted.rules.yml');
    const findings = await alertFindings('drifted.rules.yml');
    const inRules = findings.filter((item) => item.file === file);
    expect(inRules).toEqual([
      { rule: 'alert-no-runbook', severity: 'error', file, line: 6, target: 'cv-queue-backlog' },
      {
        rule: 'alert-runbook-url',
        severity: 'error',
        file,
        line: 16,
        target: 'https://handbook.corp.internal/runbooks/major-incident-response/',
      },
      { rule: 'alert-runbook-url', severity: 'error', file, line: 18, target: 'cv-error-rate-high' },
      {
        rule: 'alert-runbook-url',
        severity: 'error',
        file,
        line: 26,
        target: 'https://handbook.corp.internal/alerts/cv-latency-p95-high/?TENANT_ID={{ $labels.tenant }}',
      },
      {
        rule: 'alert-drift',
        severity: 'warning',
        file,
        line: 29,
        target: 'sum(pg_stat_activity_count) / sum(pg_settings_max_connections) > 0.9',
      },
      { rule: 'alert-drift', severity: 'warning', file, line: 36, target: '30m' },
    ]);
  }, 120_000);

  test('warns about each alert of the data that no given file deploys, at its line in the data', async () => {
    const deployed = [
      'cv-health-fail',
      'cv-error-rate-high',
      'cv-latency-p95-high',
      'cv-db-connections-high',
    ];
    const notDeployed = (await alertFindings('drifted.rules.yml')).filter(
      (item) => item.rule === 'alert-not-deployed',
    );
    expect(notDeployed.map((item) => item.target)).toEqual(
      system.alerts
        .map((alert) => alert.id)
        .filter((id) => !deployed.includes(id) && id !== 'cv-memory-high'),
    );
    expect(
      notDeployed.every((item) => item.file === 'src/data/alerts.yaml' && item.severity === 'warning'),
    ).toBe(true);
  }, 120_000);

  test('reads several files as one deployment', async () => {
    const findings = await alertFindings('drifted.rules.yml', 'company-view.rules.yml');
    expect(findings.filter((item) => item.rule === 'alert-not-deployed')).toEqual([]);
  }, 120_000);

  test('refuses a file promtool would refuse, naming every problem with its line', async () => {
    const error = await alertFindings('not-rules.yml').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as Error).message.split('\n').slice(1);
    expect(lines).toEqual([
      expect.stringMatching(/not-rules\.yml:5 groups\.0\.rules\.0\.expr: the PromQL expression is missing/),
      expect.stringMatching(/not-rules\.yml:5 groups\.0\.rules\.0: Unrecognized key: "exprr"/),
      expect.stringMatching(
        /not-rules\.yml:7 groups\.0\.rules\.1: a rule has exactly one of `record` and `alert`/,
      ),
      expect.stringMatching(/not-rules\.yml:12 groups\.0\.rules\.2\.for: not a Prometheus duration/),
      expect.stringMatching(/not-rules\.yml:13 groups\.1\.name: duplicate group "company-view"/),
    ]);
  }, 120_000);

  test('names a file that does not exist', async () => {
    const error = await alertFindings('missing.yml').catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/missing\.yml:1 \(file\): ENOENT/);
  }, 120_000);
});

describe('the command line', () => {
  test('takes the files after --alert-rules, or the option repeated', () => {
    expect(parseCheckArguments(['--offline', '--alert-rules', 'a.yml', 'b.yml']).alertRules).toEqual([
      'a.yml',
      'b.yml',
    ]);
    expect(parseCheckArguments(['--alert-rules', 'a.yml', '--alert-rules=b.yml']).alertRules).toEqual([
      'a.yml',
      'b.yml',
    ]);
    expect(parseCheckArguments(['--offline']).alertRules).toEqual([]);
  });

  test('refuses a file name without --alert-rules', () => {
    expect(() => parseCheckArguments(['--offline', 'a.yml'])).toThrow(/unexpected argument "a.yml"/);
  });
});

describe('reading PromQL', () => {
  test.each([
    ['rate(x{code=~"5.."}[5m]) / rate(x[5m]) > 0.05', ['> 0.05']],
    ['0.5 > hits / total', ['< 0.5']],
    ['up == bool 0', ['== 0']],
    ['(a - time()) / 86400 < 14', ['< 14']],
    ['a{le="0.5"} > b', []],
    ['histogram_quantile(0.95, sum by (le) (rate(h[5m]))) > 2', ['> 2']],
    ['x > 1e3 and y < 2', ['> 1000', '< 2']],
  ])('%s compares with %j', (expr, expected) => {
    expect(topLevelComparisons(expr).map((item) => `${item.op} ${item.value}`)).toEqual(expected);
  });

  test('reads Prometheus durations', () => {
    expect(durationMs('1h30m')).toBe(5_400_000);
    expect(durationMs('90s')).toBe(90_000);
    expect(durationMs('5 minutes')).toBeUndefined();
  });
});
