import { describe, expect, test } from 'vitest';
import { redact, scanForSecrets } from '../../src/checker/secrets/scan.ts';

// Secrets are assembled at run time so that this file holds none for scanners to flag.
const join = (...parts: string[]) => parts.join('');
const awsKey = join('AKIA', 'QYLPMN5HFIQR7XYZ');
const githubToken = join('ghp_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8');
const slackWebhook = join(
  'https://hooks.slack.com/services/',
  'T01ABCDEF/B02GHIJKL/',
  'q8Wm2Xz7Lp4Rt9Yv3Ns6Kd1F',
);
const jwt = join('eyJhbGciOiJIUzI1NiJ9', '.', 'eyJzdWIiOiJvbi1jYWxsIn0', '.', 'c2lnbmF0dXJlLXZhbHVlLTEyMzQ');

describe('scanForSecrets', () => {
  test.each([
    [`aws_access_key_id = ${awsKey}`, 'aws-access-token'],
    [`git clone https://x:${githubToken}@example.com/repo`, 'github-pat'],
    [`curl -X POST ${slackWebhook}`, 'slack-webhook-url'],
    [`Authorization: Bearer ${jwt}`, 'jwt'],
    ['DATABASE_URL=postgresql://company_view:hunter2x@db:5432/company_view', 'password-in-url'],
    [join('-----BEGIN RSA ', 'PRIVATE KEY-----'), 'private-key'],
    [join('ODOO_API_KEY=', '9f8e7d6c5b4a3928', '1706'), 'generic-api-key'],
  ])('finds %s as %s', (text, id) => {
    expect(scanForSecrets(`intro\n${text}`).map((match) => [match.line, match.id])).toEqual([[2, id]]);
  });

  test.each([
    'postgresql://company_view@db:5432/company_view',
    'postgresql://company_view:$DB_PASSWORD@db:5432/company_view',
    'postgresql://company_view:${DB_PASSWORD}@db:5432/company_view',
    'postgresql://company_view:****@db:5432/company_view',
    join('AKIA', 'IOSFODNN7EXAMPLE'),
    'BETTER_AUTH_SECRET=$(openssl rand -base64 32)',
    'password: correct-horse-battery-staple',
    'The API key rotates every 90 days.',
  ])('leaves %s alone', (text) => {
    expect(scanForSecrets(text)).toEqual([]);
  });

  test('never prints the secret itself', () => {
    const [match] = scanForSecrets(`key: ${awsKey}`);
    expect(match?.redacted).toBe('AKIA************');
    expect(redact('short')).toBe('*****');
  });
});
