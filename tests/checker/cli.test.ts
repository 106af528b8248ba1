import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { fixtureDir, prepareFixture } from './helpers.ts';

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
    // No time limit of its own: on a busy machine starting the checker alone took over 30 s, and
    // Vitest's test timeout still ends a run that hangs.
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

describe('npm run check -- --docs DIR', () => {
  test('checks a folder of Markdown with no built site, with the JSON contract and exit 1', () => {
    const result = runCli(fixtureDir('team-docs'), '--docs', '.', '--offline', '--format', 'json');
    expect(result.status, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report.summary).sort()).toEqual(
      ['commands', 'durationMs', 'errors', 'files', 'links', 'urls', 'warnings'].sort(),
    );
    expect(report.findings[0]).toEqual({
      rule: 'link-broken',
      severity: 'error',
      file: 'README.md',
      line: 10,
      message: 'no page /databases/postgres/missing.md in the folder',
      target: 'databases/postgres/missing.md',
    });
  });

  test('exits 2 naming every unknown key of the config file with its line', () => {
    const result = runCli(fixtureDir('team-docs'), '.', '--offline', '--config', 'bad-config.yaml');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('bad-config.yaml:3 severity: unknown key "severity"');
    expect(result.stderr).toContain('bad-config.yaml:5 rules.link-anchr: no rule "link-anchr"');
    expect(result.stdout).toBe('');
  });
});

describe('npx handbook-check DIR from a packed tarball', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'handbook-check-pack-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const run = (command: string, args: string[], cwd: string) =>
    spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 480_000 });

  test('installs and checks a folder, exit 1 on a broken link', { timeout: 600_000 }, () => {
    const packed = run('npm', ['pack', '--ignore-scripts', '--pack-destination', scratch], repo);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'))!;
    const project = path.join(scratch, 'project');
    cpSync(fixtureDir('team-docs'), path.join(project, 'docs'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), '{"name":"team-docs","private":true}\n');
    const installed = run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(scratch, tarball)],
      project,
    );
    expect(installed.status, installed.stderr).toBe(0);
    const checked = run('npx', ['handbook-check', 'docs', '--offline', '--format', 'json'], project);
    expect(checked.status, checked.stderr).toBe(1);
    expect(checked.stderr).toBe('');
    const report = JSON.parse(checked.stdout);
    expect(
      report.findings.map((item: { file: string; line: number }) => `${item.file}:${item.line}`),
    ).toEqual(['docs/README.md:10', 'docs/README.md:11', 'docs/README.md:15']);
  });
});
