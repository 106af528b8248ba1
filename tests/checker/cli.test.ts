import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { prepareFixture } from './helpers.ts';

const script = fileURLToPath(new URL('../../scripts/check.ts', import.meta.url));

/** Runs `node scripts/check.ts` in a fixture site, as `npm run check` does in the handbook. */
function runCli(root: string, ...args: string[]) {
  const env = { ...process.env };
  for (const name of ['HANDBOOK_DATA_DIR', 'HANDBOOK_INTERNAL_HOSTS', 'SITE_URL', 'BASE_PATH'])
    delete env[name];
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  test('exits 0 when there are no errors', () => {
    const result = runCli(prepareFixture('valid-site'), '--offline');
    expect(result.stdout).toContain('✔ 0 errors, 0 warnings');
    expect(result.status).toBe(0);
  });

  test('exits 1 on errors, and prints JSON on request', () => {
    const result = runCli(prepareFixture('broken-links'), '--offline', '--format', 'json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.summary).toMatchObject({ files: 2, errors: 7, warnings: 0 });
    expect(report.findings[0]).toEqual({
      rule: 'link-broken',
      severity: 'error',
      file: 'src/content/docs/index.mdx',
      line: 8,
      message: 'no page /runbooks/missing/ in the built site',
      target: '/runbooks/missing/',
    });
  });

  test('exits 2 without a built site, saying to build first', () => {
    const result = runCli(prepareFixture('valid-site', { withDist: false }), '--offline');
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'handbook check: dist/ has no built site: run `npm run build` first, then `npm run check` again.\n',
    });
  });
});
