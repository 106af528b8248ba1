import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveOptions } from '../../src/checker/config.ts';
import type { CheckContext } from '../../src/checker/context.ts';
import { secret } from '../../src/checker/rules/secret.ts';
import { redact, scanForSecrets } from '../../src/checker/secrets/scan.ts';

// Secrets are assembled at run time so that this file holds none for scanners to flag.
const join = (...parts: string[]) => parts.join('');
const awsKey = join('AKIA', 'QYLPMN5HFIQR7XYZ');
const awsSecret = join('wJ8rXq2LmN', '/K7pZt4Vb+', 'Hc9sYd3Fg6', 'Rk1Tn5Wx0Q');
const githubToken = join('ghp_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8');
const slackWebhook = join(
  'https://hooks.slack.com/services/',
  'T01ABCDEF/B02GHIJKL/',
  'q8Wm2Xz7Lp4Rt9Yv3Ns6Kd1F',
);
const jwt = join('eyJhbGciOiJIUzI1NiJ9', '.', 'eyJzdWIiOiJvbi1jYWxsIn0', '.', 'c2lnbmF0dXJlLXZhbHVlLTEyMzQ');
const bearer = join('t0k3n', 'Qz8Lp2', 'Xv9Rm4Wc');
const base64Key = join('q7Zk2N/8vXr+', 'Lp4Tm9Wc3Yb6', 'Hd1Fs5Gj');
const twilioKey = join('SK', '3f9a1c7e5b2d8046', 'a9c1e7f3b5d20864');
const azureKey = join(
  'Xq3Lp8Zt2Vb7Nc4Rk9Wd1Fs6Gh5Jm0Qa',
  'Ey2Tu7Io3Pz8Lk4Mj9Nh1Bg6Vf5Cd0Xs',
  'Wa3Qe8Rt2Yu7Io1Pl6Kj+9',
  '==',
);

describe('scanForSecrets', () => {
  test.each([
    [`aws_access_key_id = ${awsKey}`, 'aws-access-token'],
    [`aws_secret_access_key = ${awsSecret}`, 'aws-secret-access-key'],
    [`export AWS_SECRET_ACCESS_KEY="${awsSecret}"`, 'aws-secret-access-key'],
    [`git clone https://x:${githubToken}@example.com/repo`, 'github-pat'],
    [`curl -X POST ${slackWebhook}`, 'slack-webhook-url'],
    [`Authorization: Bearer ${jwt}`, 'jwt'],
    [`curl -H "Authorization: Bearer ${bearer}" https://api.internal/v1`, 'curl-auth-header'],
    [`curl -s --header 'X-Api-Key: ${bearer}' https://api.internal/v1`, 'curl-auth-header'],
    [`curl -H 'Authorization: Basic ${join('b3BzOmh1bnRl', 'cjItc3RhcGxl')}' https://x`, 'curl-auth-header'],
    [`api_key: ${base64Key}`, 'generic-api-key'],
    [`TWILIO_API_KEY_SID=${twilioKey}`, 'twilio-api-key'],
    [`AZURE_STORAGE_CONNECTION_STRING="AccountName=cvstore;AccountKey=${azureKey};"`, 'azure-storage-key'],
    ['DATABASE_URL=postgresql://company_view:hunter2x@db:5432/company_view', 'password-in-url'],
    [`Server=db01;Database=cv;User Id=cv_app;Password=${join('Pq7!zR', '2#xw')};`, 'password-assignment'],
    [`mysql -u root --password=${join('S3cure', '!Pass')} company_view`, 'password-assignment'],
    [`STRIPE_KEY=${join('sk_live_', 'Xq83mLp0Zt7Vb2Nc9Rk4Wd1F')}`, 'stripe-access-token'],
    [join('-----BEGIN RSA ', 'PRIVATE KEY-----'), 'private-key'],
    [join('ODOO_API_KEY=', '9f8e7d6c5b4a3928', '1706'), 'generic-api-key'],
  ])('finds %s as %s', (text, id) => {
    expect(scanForSecrets(`intro\n${text}`).map((match) => [match.line, match.id])).toEqual([[2, id]]);
  });

  test('reports a curl header on its own line when the command goes on over several', () => {
    const text = `curl -X POST \\\n  -H 'Content-Type: application/json' \\\n  -H "Authorization: Bearer ${bearer}" \\\n  https://api.internal/v1`;
    expect(scanForSecrets(text).map((match) => [match.line, match.id])).toEqual([[3, 'curl-auth-header']]);
  });

  test.each([
    'postgresql://company_view@db:5432/company_view',
    'postgresql://company_view:$DB_PASSWORD@db:5432/company_view',
    'postgresql://company_view:${DB_PASSWORD}@db:5432/company_view',
    'postgresql://company_view:****@db:5432/company_view',
    'postgresql://company_view:a-secret-password@db:5432/company_view',
    join('AKIA', 'IOSFODNN7EXAMPLE'),
    `aws_access_key_id = ${join('AKIA', 'IOSFODNN7EXAMPLE')}`,
    `aws_secret_access_key = ${join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY')}`,
    `AccountKey=${join('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/', 'K1SZFPTOtr/KBHBeksoGMGw==')}`,
    'BETTER_AUTH_SECRET=$(openssl rand -base64 32)',
    'NEW_PASSWORD=$(openssl rand -hex 24)',
    'OLDPWD=/srv/company-view/releases/v2',
    'PASSWORD_RESET_URL=https://erp.corp.internal/web/reset_password2',
    'password: correct-horse-battery-staple',
    'password: a-secret-password',
    'mysql --password=a-secret-password',
    'The API key rotates every 90 days.',
    'curl -H "Authorization: Bearer $TOKEN" https://api.internal/v1',
    "curl -H 'Authorization: Bearer <token>' https://api.internal/v1",
    'secretName: default-token-x7k2p',
    'token: web-7d9f8b6c4-x2k9p',
    'GPG key ID: 0x4AEE18F83AFDEB23',
    'signing_key: 7C1A9F4B2E8D3605A1B7C9E2F4D6083B5A7C1E9F',
    'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  ])('leaves %s alone', (text) => {
    expect(scanForSecrets(text)).toEqual([]);
  });

  test('never prints the secret itself', () => {
    const [match] = scanForSecrets(`key: ${awsKey}`);
    expect(match?.redacted).toBe('AKIA************');
    expect(redact('short')).toBe('*****');
  });
});

describe('the secret rule', () => {
  test('scans the system data YAML as well as the pages, naming file and line', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'handbook-secret-'));
    const dataDir = path.join(root, 'src/data');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(
      path.join(dataDir, 'services.yaml'),
      `services:\n  - id: erp\n    apiToken: "${base64Key}"\n`,
    );
    writeFileSync(path.join(dataDir, 'teams.yaml'), 'teams:\n  - id: platform\n');
    const context = { options: resolveOptions({ root, dataDir }), pages: [] } as unknown as CheckContext;
    expect(secret(context).map((item) => [item.file, item.line, item.message])).toEqual([
      ['src/data/services.yaml', 3, 'key, token, secret or password assigned a value (generic-api-key)'],
    ]);
  });
});
