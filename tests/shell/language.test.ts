import { describe, expect, test } from 'vitest';
import { otherLanguage } from '../../src/shell/language.ts';
import { looksLikeOutput } from '../../src/shell/output.ts';

describe('otherLanguage', () => {
  test.each([
    ['rate(http_requests_total{job="shop"}[5m])', 'promql'],
    ['histogram_quantile(0.99, sum by (le) (rate(latency_bucket[5m])))', 'promql'],
    ['up{job="shop"} == 0', 'promql'],
    ['SELECT count(*) FROM orders;', 'sql'],
    ['SHOW SLAVE STATUS\\G', 'sql'],
    ['replicas: 3\nimage: shop:1.2', 'yaml'],
    ['{"replicas": 3}', 'json'],
    ['Get-Process shop', 'powershell'],
    ["require 'yaml'\nputs YAML.load_file('a.yml')\nend", 'ruby'],
    ['rs.status()\ndb.orders.find({state: "stuck"})', 'javascript'],
    // Shell that must stay shell.
    ['kubectl get pods', undefined],
    ['max() { sort -n | tail -1; }', undefined],
    ['set -euo pipefail', undefined],
    ['update-alternatives --config java', undefined],
    ['createdb shop', undefined],
    ['curl -s \'http://prometheus:9090/api/v1/query?query=up{job="shop"}\'', undefined],
    ['echo "apiVersion: v1" > pod.yaml', undefined],
  ])('%s is %s', (script, language) => {
    expect(otherLanguage(script)).toBe(language);
  });
});

describe('looksLikeOutput', () => {
  test.each([
    ['NAME        READY   STATUS', true],
    ['web-1       1/1     Running   0   3d', true],
    ['Name:         shop-api', true],
    ['net.core.somaxconn = 4096', true],
    ['...', true],
    ['1) "jobs"', true],
    ['(integer) 5100', true],
    ['level=error ts=2026-01-01 msg="scrape failed"', true],
    ['kubectl get pods', false],
    ['docker compose ps', false],
  ])('%s: %s', (line, expected) => {
    expect(looksLikeOutput(line)).toBe(expected);
  });
});
