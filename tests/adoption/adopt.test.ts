import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, userEnvironment } from '../helpers/astro-build.ts';
import { tempProject } from '../helpers/temp-project.ts';

const source = path.resolve('tests/fixtures/import-source');

/** Runs one of the project's scripts the way `npm run` would, in the scratch project. */
function run(root: string, script: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join('scripts', script), ...args], {
    cwd: root,
    env: userEnvironment(),
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a team adopts the handbook: npm run init, then npm run import', () => {
  let project: ReturnType<typeof tempProject>;
  let init: ReturnType<typeof run>;
  let imported: ReturnType<typeof run>;
  let build: ReturnType<typeof astroBuild>;
  const page = (address: string) =>
    readFileSync(path.join(project.dir, 'dist', address, 'index.html'), 'utf8');

  beforeAll(() => {
    project = tempProject();
    init = run(project.dir, 'init-handbook.ts', ['--service', 'payments', '--team', 'payments-team']);
    imported = run(project.dir, 'import-docs.ts', [source, '--service', 'payments']);
    build = astroBuild(project.dir, path.join(project.dir, 'dist'));
  });
  afterAll(() => project.remove());

  it('takes the example out and keeps it under examples/company-view/', () => {
    expect(init.status, init.stderr).toBe(0);
    expect(existsSync(path.join(project.dir, 'examples/company-view/docs/runbooks/scaling.mdx'))).toBe(true);
    expect(existsSync(path.join(project.dir, 'src/content/docs/runbooks/scaling.mdx'))).toBe(false);
    const teams = parse(readFileSync(path.join(project.dir, 'src/data/teams.yaml'), 'utf8'));
    expect(teams.map((team: { id: string }) => team.id)).toEqual(['payments-team']);
  });

  it('refuses to run init a second time, changing nothing', () => {
    const again = run(project.dir, 'init-handbook.ts', ['--service', 'other', '--team', 'other']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('initialised already; nothing changed');
  });

  it('reports each file, and skips a file that is not UTF-8 naming its line', () => {
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('skipped   legacy/old-notes.md: not UTF-8 (line 3)');
    expect(imported.stdout).toContain('skipped   guides/widget.mdx: imports components (line 1)');
    expect(imported.stdout).toMatch(
      /imported {2}README\.md → src\/content\/docs\/runbooks\/import-source\/index\.md/,
    );
    expect(imported.stdout).toContain('db/restore.md:22: link "./missing.md" does not resolve in the source');
    expect(existsSync(path.join(project.dir, 'src/content/docs/runbooks/import-source/legacy'))).toBe(false);
  });

  it('records the alert-named page in the alerts data with the page as its runbook', () => {
    const alerts = parse(readFileSync(path.join(project.dir, 'src/data/alerts.yaml'), 'utf8'));
    expect(alerts).toEqual([
      expect.objectContaining({
        id: 'payments-api-down',
        runbook: 'runbooks/import-source/guides/paymentsapidown',
      }),
    ]);
    const services = parse(readFileSync(path.join(project.dir, 'src/data/services.yaml'), 'utf8'));
    expect(services.map((service: { id: string }) => service.id)).toEqual(['payments', 'handbook']);
  });

  it('builds, with the imported pages at their new addresses', () => {
    expect(build.status, build.output).toBe(0);
    for (const address of [
      'runbooks/import-source',
      'runbooks/import-source/db/restore',
      'runbooks/import-source/guides',
    ])
      expect(existsSync(path.join(project.dir, 'dist', address, 'index.html')), address).toBe(true);
  });

  it('builds without warnings, though an imported page fences PromQL', () => {
    expect(build.status, build.output).toBe(0);
    expect(page('runbooks/import-source/guides/paymentsapidown')).toContain('probe_success');
    expect(build.output).not.toMatch(/could not be found|\[WARN\]/);
  });

  it('lists on the 404 page only pages the started-empty handbook has', () => {
    const notFound = readFileSync(path.join(project.dir, 'dist/404.html'), 'utf8');
    const list = /<ul class="not-found-pages"[^>]*>([\s\S]*?)<\/ul>/.exec(notFound)?.[1] ?? '';
    const hrefs = [...list.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
    expect(hrefs).toEqual(expect.arrayContaining(['/', '/runbooks/', '/getting-started/']));
    expect(hrefs).not.toContain('/cards/on-call/');
    for (const href of hrefs)
      expect(existsSync(path.join(project.dir, 'dist', href, 'index.html')), href).toBe(true);
  });

  it('gives the service an overview of its imported runbooks and alerts, and keeps a one-service sidebar', () => {
    const overview = page('services/payments');
    expect(overview).toContain('href="/runbooks/import-source/guides/paymentsapidown/"');
    expect(overview).toContain('payments-api-down');
    expect(page('runbooks/import-source')).not.toContain('href="/services/payments/"');
  });

  it('rewrites relative links, folder pages, extensionless and .html links, anchors and images', () => {
    const readme = page('runbooks/import-source');
    expect(readme).toContain('href="/runbooks/import-source/db/restore/"');
    expect(readme).toContain('href="/runbooks/import-source/guides/"');
    expect(readme).toContain('href="/runbooks/import-source/guides/check-health/"');
    expect(readme).toContain('id="getting-help"');
    const restore = page('runbooks/import-source/db/restore');
    expect(restore).toContain('href="/runbooks/import-source/guides/check-health/#verify"');
    expect(restore).toContain('href="/runbooks/import-source/#getting-help"');
    expect(restore).toContain('src="/runbooks/import-source/images/diagram.png"');
    expect(existsSync(path.join(project.dir, 'dist/runbooks/import-source/images/diagram.png'))).toBe(true);
    expect(page('runbooks/import-source/guides')).toContain(
      'href="/runbooks/import-source/guides/check-health/"',
    );
    expect(page('runbooks/import-source/guides/check-health')).toContain('id="verify"');
  });

  it('flags every imported page for review and keeps its title from the first heading', () => {
    const health = page('runbooks/import-source/guides/check-health');
    expect(health).toContain('<title>Check the API&#39;s health');
    expect(health).toContain('Imported from <code>guides/check-health.md</code>');
  });

  it('passes the checker with warnings only: each imported page is "imported, review me"', () => {
    const check = run(project.dir, 'check.ts', ['--offline', '--format', 'json']);
    const report = JSON.parse(check.stdout) as {
      findings: { rule: string; severity: string; file: string }[];
    };
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const flagged = report.findings.filter((finding) => finding.rule === 'page-imported').map((f) => f.file);
    expect(flagged).toHaveLength(5);
    expect(check.status).toBe(0);
  });
});
