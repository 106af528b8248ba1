import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/checker/findings.ts';
import { githubReport } from '../../src/checker/reporters/github.ts';
import { jsonReport } from '../../src/checker/reporters/json.ts';

const report: Report = {
  findings: [
    {
      rule: 'link-anchor',
      severity: 'error',
      file: 'src/content/docs/runbooks/a,b.mdx',
      line: 12,
      message: 'no heading #steps on /runbooks/x/\nat 100%',
      target: '/runbooks/x/#steps',
    },
    {
      rule: 'page-stale',
      severity: 'warning',
      file: 'src/content/docs/index.mdx',
      line: 6,
      message: 'review was due on 2026-04-15 (every 90 days)',
      target: '2026-01-15',
    },
  ],
  summary: { files: 2, links: 3, urls: 0, commands: 0, errors: 1, warnings: 1, durationMs: 5 },
};

describe('jsonReport', () => {
  test('prints one document with findings and summary', () => {
    expect(JSON.parse(jsonReport(report))).toEqual({ findings: report.findings, summary: report.summary });
  });
});

describe('githubReport', () => {
  test('prints one escaped annotation per finding and a summary notice', () => {
    expect(githubReport(report, { siteUrl: 'https://handbook.corp.internal/' }).split('\n')).toEqual([
      '::error file=src/content/docs/runbooks/a%2Cb.mdx,line=12,title=link-anchor%3A Link to a heading that does not exist::no heading #steps on /runbooks/x/%0Aat 100%25 (/runbooks/x/#steps)%0AUse the id of a heading on the target page: its text in lower case with dashes, such as #steps.%0Ahttps://handbook.corp.internal/contributing/checks/#link-anchor',
      '::warning file=src/content/docs/index.mdx,line=6,title=page-stale%3A Page overdue for review::review was due on 2026-04-15 (every 90 days) (2026-01-15)%0ACheck the page against the system, then update `lastReviewed`.%0Ahttps://handbook.corp.internal/contributing/checks/#page-stale',
      '::notice title=handbook check::1 error, 1 warning in 2 pages',
    ]);
  });
});
