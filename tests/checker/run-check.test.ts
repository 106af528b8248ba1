import { utimesSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConfigError, runCheck } from '../../src/checker/index.ts';
import { textReport } from '../../src/checker/reporters/text.ts';
import {
  checkFixture,
  docsOptions,
  findingTable,
  fixtureDir,
  fixtureOptions,
  prepareFixture,
} from './helpers.ts';
import { fixtureFetch, startUrlServer, type UrlServer } from './url-server.ts';

describe('runCheck on fixture sites', () => {
  test('finds nothing in a site that follows every convention', async () => {
    const report = await checkFixture('valid-site');
    expect(findingTable(report.findings)).toEqual([]);
    expect(report.summary).toMatchObject({
      files: 3,
      links: 9,
      urls: 2,
      commands: 28,
      errors: 0,
      warnings: 0,
    });
  });

  test('broken-links: missing pages and headings, unknown internal hosts', async () => {
    const report = await checkFixture('broken-links');
    expect(findingTable(report.findings)).toEqual([
      ['index.mdx', 8, 'link-broken'],
      ['index.mdx', 10, 'link-anchor'],
      ['index.mdx', 10, 'link-anchor'],
      ['index.mdx', 12, 'link-broken'],
      ['index.mdx', 14, 'url-unknown-host'],
      ['index.mdx', 18, 'url-unknown-host'],
      ['index.mdx', 19, 'url-unknown-host'],
    ]);
  });

  test('bad-commands: syntax, programs, placeholders, variables, destructive commands', async () => {
    const report = await checkFixture('bad-commands');
    expect(findingTable(report.findings)).toEqual([
      ['commands.mdx', 9, 'command-syntax'],
      ['commands.mdx', 15, 'command-unknown-program'],
      ['commands.mdx', 16, 'command-unknown-program'],
      ['commands.mdx', 17, 'command-unknown-program'],
      ['commands.mdx', 23, 'command-placeholder'],
      ['commands.mdx', 24, 'command-placeholder'],
      ['commands.mdx', 25, 'command-placeholder'],
      ['commands.mdx', 26, 'command-placeholder'],
      ['commands.mdx', 26, 'command-placeholder'],
      ['commands.mdx', 32, 'command-undeclared-env'],
      ['commands.mdx', 33, 'command-undeclared-env'],
      ['commands.mdx', 40, 'command-destructive'],
      ['commands.mdx', 50, 'command-destructive'],
      ['commands.mdx', 53, 'command-destructive'],
      ['commands.mdx', 61, 'command-destructive'],
    ]);
  });

  test('page-upkeep: orphans, secrets, missing sections, overdue reviews', async () => {
    const report = await checkFixture('page-upkeep');
    expect(findingTable(report.findings)).toEqual([
      ['orphan.mdx', 1, 'page-orphan'],
      ['orphan.mdx', 6, 'secret'],
      ['orphan.mdx', 10, 'secret'],
      ['runbooks/incomplete.mdx', 2, 'runbook-field'],
      ['runbooks/incomplete.mdx', 2, 'runbook-field'],
      ['runbooks/incomplete.mdx', 2, 'runbook-field'],
      ['runbooks/incomplete.mdx', 4, 'runbook-section'],
      ['runbooks/incomplete.mdx', 4, 'runbook-section'],
      ['runbooks/incomplete.mdx', 6, 'page-stale'],
    ]);
    expect(report.summary).toMatchObject({ errors: 7, warnings: 2 });
  });

  test('--strict makes warnings errors', async () => {
    const report = await checkFixture('page-upkeep', { strict: true });
    expect(report.findings.every((item) => item.severity === 'error')).toBe(true);
    expect(report.summary).toMatchObject({ errors: 9, warnings: 0 });
  });

  test('prints findings for people, grouped by file, with a fix and a link for each', async () => {
    const report = await checkFixture('page-upkeep');
    const text = textReport(
      { ...report, summary: { ...report.summary, durationMs: 42 } },
      { siteUrl: 'https://handbook.corp.internal/' },
    );
    expect(text).toMatchInlineSnapshot(`
      "src/content/docs/orphan.mdx
           1  warning  page-orphan  no other page links to /orphan/
              fix: Link it from its catalog, a related page or \`related:\`, or add it to the sidebar.
              docs: https://handbook.corp.internal/contributing/checks/#page-orphan
           6  error    secret  password in a connection string (password-in-url)
              s3cr*****
              fix: Remove it and rotate it; read credentials from the environment ("$DATABASE_URL") instead.
              docs: https://handbook.corp.internal/contributing/checks/#secret
          10  error    secret  private key block (private-key)
              -----BEGIN OPENSSH PRIVATE KEY-----
              fix: Remove it and rotate it; read credentials from the environment ("$DATABASE_URL") instead.
              docs: https://handbook.corp.internal/contributing/checks/#secret

      src/content/docs/runbooks/incomplete.mdx
           2  error    runbook-field  required on a runbook
              when
              fix: Add \`when\`, \`estimatedMinutes\` and \`rollback\` to the runbook's frontmatter.
              docs: https://handbook.corp.internal/contributing/checks/#runbook-field
           2  error    runbook-field  required on a runbook
              estimatedMinutes
              fix: Add \`when\`, \`estimatedMinutes\` and \`rollback\` to the runbook's frontmatter.
              docs: https://handbook.corp.internal/contributing/checks/#runbook-field
           2  error    runbook-field  required on a runbook
              rollback
              fix: Add \`when\`, \`estimatedMinutes\` and \`rollback\` to the runbook's frontmatter.
              docs: https://handbook.corp.internal/contributing/checks/#runbook-field
           4  error    runbook-section  a runbook page needs a "## Verify" section
              fix: Add the missing h2 section; \`npm run new\` writes every required heading.
              docs: https://handbook.corp.internal/contributing/checks/#runbook-section
           4  error    runbook-section  a runbook page needs a "## Escalation" section
              fix: Add the missing h2 section; \`npm run new\` writes every required heading.
              docs: https://handbook.corp.internal/contributing/checks/#runbook-section
           6  warning  page-stale  review was due on 2026-04-15 (every 90 days)
              2026-01-15
              fix: Check the page against the system, then update \`lastReviewed\`.
              docs: https://handbook.corp.internal/contributing/checks/#page-stale

      ✖ 7 errors, 2 warnings
        checked 3 pages, 1 link, 0 URLs, 0 commands in 42 ms"
    `);
  });
});

describe('runCheck with external URLs', () => {
  let server: UrlServer;
  beforeAll(async () => {
    server = await startUrlServer({ slowMs: 120_000 });
  });
  afterAll(() => server.close());

  const network = () => ({
    fetch: fixtureFetch(server),
    timeoutMs: 2000,
    retries: 1,
    backoffBaseMs: 5,
    retryAfterCapMs: 20,
    probeHost: 'localhost',
  });

  test('fetches each URL once and reports each place a bad one occurs', async () => {
    const root = prepareFixture('external-urls');
    const report = await runCheck(
      fixtureOptions(root, {
        offline: false,
        skipHosts: [],
        network: { ...network(), cacheDir: path.join(root, 'cache') },
      }),
    );
    expect(report.findings.map((item) => [item.line, item.rule, item.target])).toEqual([
      [10, 'url-broken', 'http://urls.test/not-found'],
      [10, 'url-broken', 'http://urls.test/gone'],
      [11, 'url-broken', 'http://urls.test/loop-a'],
      [11, 'url-broken', 'http://gone.test/'],
      [13, 'url-unreachable', 'http://urls.test/rate-limited'],
      [13, 'url-unreachable', 'http://urls.test/slow'],
      [14, 'url-unreachable', 'http://urls.test/drop'],
      [18, 'url-broken', 'http://urls.test/not-found'],
    ]);
    // /not-found occurs twice and /ok three times (once with #top); /redirect ends at /ok once more.
    expect(server.hits.get('HEAD /not-found')).toBe(1);
    expect(server.hits.get('HEAD /ok')).toBe(2);
  });

  test('offline, says once how many external URLs were not checked', async () => {
    const report = await checkFixture('external-urls', { skipHosts: [] });
    expect(report.findings).toEqual([
      {
        rule: 'url-unchecked',
        severity: 'warning',
        file: 'src/content/docs/index.mdx',
        line: 6,
        message: '11 external URLs were not checked: --offline is set',
        target: 'http://urls.test/ok',
      },
    ]);
  });
});

describe('runCheck refuses to run', () => {
  test('without a built site', async () => {
    const root = prepareFixture('valid-site', { withDist: false });
    await expect(runCheck(fixtureOptions(root))).rejects.toThrow(
      /dist\/ has no built site: run `npm run build` first/,
    );
  });

  test('on a built site older than a page', async () => {
    const root = prepareFixture('valid-site');
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'src/content/docs/reference/tools.mdx'), later, later);
    await expect(runCheck(fixtureOptions(root))).rejects.toThrow(
      new ConfigError(
        'dist/ is older than src/content/docs/reference/tools.mdx: run `npm run build` first, then `npm run check` again.',
      ),
    );
  });
});

describe('runCheck on a folder of Markdown (--docs)', () => {
  test('resolves links as GitHub does: relative .md, folders, extensionless and .html, anchors', async () => {
    const report = await runCheck(docsOptions('team-docs'));
    expect(findingTable(report.findings)).toEqual([
      ['README.md', 10, 'link-broken'],
      ['README.md', 11, 'link-anchor'],
      ['README.md', 15, 'link-anchor'],
    ]);
    expect(report.findings.map((item) => item.message)).toEqual([
      'no page /databases/postgres/missing.md in the folder',
      'no heading #check-it-worked on /databases/postgres/restart.md',
      'no heading #pager-policy on this page',
    ]);
    // drafts/ is ignored by the folder's .handbook-check.yaml, and pgctl is a program it declares.
    expect(report.summary).toMatchObject({ files: 6, links: 19, errors: 3, warnings: 0 });
  });

  test("another config file: its severities apply, and what the folder's own declared counts again", async () => {
    const empty = path.join(fixtureDir('team-docs'), 'strict-config.yaml');
    const report = await runCheck(docsOptions('team-docs'), { configFile: empty });
    // strict-config.yaml turns link-broken off and makes link-anchor a warning.
    expect(report.findings.filter((item) => item.rule.startsWith('link-'))).toMatchObject([
      { file: 'README.md', line: 11, rule: 'link-anchor', severity: 'warning' },
      { file: 'README.md', line: 15, rule: 'link-anchor', severity: 'warning' },
    ]);
    expect(report.summary.files).toBe(7);
    expect(report.findings.filter((item) => item.rule === 'command-unknown-program').length).toBeGreaterThan(
      0,
    );
  });

  test('refuses a config file with unknown keys, naming each with its line', async () => {
    const bad = path.join(fixtureDir('team-docs'), 'bad-config.yaml');
    const run = runCheck(docsOptions('team-docs'), { configFile: bad });
    await expect(run).rejects.toThrow(ConfigError);
    await expect(run).rejects.toThrow(
      /bad-config\.yaml:3 severity: unknown key "severity"[^]*bad-config\.yaml:5 rules\.link-anchr: no rule "link-anchr"[^]*bad-config\.yaml:6 rules\.link-broken: Invalid option/,
    );
  });
});
