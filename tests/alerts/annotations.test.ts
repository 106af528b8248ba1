import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { userEnvironment } from '../helpers/astro-build.ts';

interface PrintedRule {
  alert: string;
  annotations: { runbook_url: string };
}

/** Runs `npm run alerts:annotations` as a person would, with the given SITE_URL and BASE_PATH. */
function printAnnotations(env: Record<string, string> = {}) {
  const clean = userEnvironment(env);
  if (!env['SITE_URL']) delete clean['SITE_URL'];
  if (!env['BASE_PATH']) delete clean['BASE_PATH'];
  const result = spawnSync(process.execPath, ['scripts/alert-annotations.ts'], {
    env: clean,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, rules: parse(result.stdout) as PrintedRule[], stderr: result.stderr };
}

const urls = (rules: { alert?: string; annotations?: { runbook_url?: string } }[]) =>
  Object.fromEntries(
    rules.flatMap((rule) => (rule.alert ? [[rule.alert, rule.annotations?.runbook_url]] : [])),
  );

describe('npm run alerts:annotations', () => {
  test('prints, as rule-file YAML, the annotations the in-step rule file carries', () => {
    const { status, rules } = printAnnotations();
    expect(status).toBe(0);
    const file = parse(readFileSync('tests/alerts/fixtures/company-view.rules.yml', 'utf8')) as {
      groups: { rules: PrintedRule[] }[];
    };
    expect(urls(rules)).toEqual(urls(file.groups.flatMap((group) => group.rules)));
    expect(urls(rules)['cv-db-connections-high']).toBe(
      'https://handbook.corp.internal/alerts/cv-db-connections-high/?DB_PID={{ $labels.pid | urlquery }}',
    );
  });

  test('follows SITE_URL and BASE_PATH', () => {
    const { rules } = printAnnotations({
      SITE_URL: 'https://docs.example.internal',
      BASE_PATH: '/handbook/',
    });
    expect(urls(rules)['cv-backup-missing']).toBe(
      'https://docs.example.internal/handbook/alerts/cv-backup-missing/',
    );
  });

  test('says what is wrong with SITE_URL and exits 2', () => {
    const { status, stderr } = printAnnotations({ SITE_URL: 'handbook' });
    expect(status).toBe(2);
    expect(stderr).toContain('SITE_URL must be an absolute URL');
  });
});
