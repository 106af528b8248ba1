import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageTemplate } from '../../scripts/lib/page-template.ts';
import { describe, expect, test } from 'vitest';
import { loadSystemData } from '../../src/data/load.ts';
import { integrityFindings, integrityProblems } from '../../src/integrity/check.ts';
import { readSourcePages } from '../../src/integrity/pages.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { useTempSite } from '../helpers/temp-site.ts';

const runbook = (frontmatter: string) => `---
title: Restart
description: Restart the fixture app.
kind: runbook
owner: platform
${frontmatter}
---

## When to use

## Prerequisites

## Steps

## Verify

## Rollback

## Escalation
`;

const currentSite = useTempSite();

const problems = () =>
  integrityProblems(
    readSourcePages(path.join(currentSite().dir, 'src/content/docs')),
    loadSystemData('src/data'),
  ).map(formatProblem);

describe('integrityProblems', () => {
  test('finds nothing wrong with the tiny fixture site', () => {
    expect(problems()).toEqual([]);
  });

  test('names file, line, field and value of a related page that does not exist', () => {
    currentSite().write(
      'src/content/docs/runbooks/restart.mdx',
      runbook(`when: Down.
estimatedMinutes: 5
alerts: [fixture-down]
rollback: 'none: nothing'
related:
  - index
  - runbooks/missing`),
    );
    expect(problems()).toEqual([
      'src/content/docs/runbooks/restart.mdx:12 related.1: no page "runbooks/missing"',
    ]);
  });

  test('requires the runbook fields and reports each on its own', () => {
    currentSite().write('src/content/docs/runbooks/restart.mdx', runbook('alerts: [fixture-down]'));
    expect(problems()).toEqual([
      'src/content/docs/runbooks/restart.mdx:2 when: required on a runbook',
      'src/content/docs/runbooks/restart.mdx:2 estimatedMinutes: required on a runbook',
      'src/content/docs/runbooks/restart.mdx:2 rollback: required on a runbook',
    ]);
  });

  test('fails a runbook whose alert does not name it back, and an alert whose runbook does not list it', () => {
    currentSite().write(
      'src/content/docs/runbooks/other.mdx',
      runbook(`when: Down.
estimatedMinutes: 5
alerts: [fixture-down]
rollback: runbooks/restart`),
    );
    currentSite().write(
      'src/content/docs/runbooks/restart.mdx',
      runbook(`when: Down.
estimatedMinutes: 5
rollback: 'none: nothing'`),
    );
    expect(problems()).toEqual([
      'src/content/docs/runbooks/other.mdx:8 alerts.0: alert "fixture-down" names runbook "runbooks/restart", not this page',
      'src/data/alerts.yaml:4 0.runbook: alert "fixture-down": src/content/docs/runbooks/restart.mdx does not list it in `alerts`',
    ]);
  });

  test('reports unknown owners and services at their line', () => {
    currentSite().write(
      'src/content/docs/guide.mdx',
      `---
title: Guide
description: A guide.
owner: nobody
services: [fixture-app, billing]
---
`,
    );
    expect(problems()).toEqual([
      'src/content/docs/guide.mdx:4 owner: Invalid input: expected "platform"',
      'src/content/docs/guide.mdx:5 services.1: Invalid input: expected "fixture-app"',
    ]);
  });

  test('names a rollback page that does not exist', () => {
    currentSite().write(
      'src/content/docs/runbooks/restart.mdx',
      runbook(`when: Down.
estimatedMinutes: 5
alerts: [fixture-down]
rollback: /rollback/nowhere/`),
    );
    expect(problems()).toEqual([
      'src/content/docs/runbooks/restart.mdx:9 rollback: no page "rollback/nowhere"',
    ]);
  });
});

describe('source rules beside the integrity checks', () => {
  const findings = () =>
    integrityFindings(
      readSourcePages(path.join(currentSite().dir, 'src/content/docs')),
      loadSystemData('src/data'),
    ).map((item) => [item.rule, `${item.file}:${item.line}`, item.message]);

  test('two files at one address (x.md beside x.mdx, a case variant): an error naming both', () => {
    const guide = `---\ntitle: Guide\ndescription: A guide.\n---\n\nText.\n`;
    currentSite().write('src/content/docs/notes.md', guide);
    currentSite().write('src/content/docs/notes.mdx', guide);
    currentSite().write('src/content/docs/runbooks/Restore.mdx', guide);
    const docs = 'src/content/docs';
    expect(findings().filter(([rule]) => rule === 'page-duplicate')).toEqual([
      [
        'page-duplicate',
        `${docs}/notes.md:1`,
        `${docs}/notes.md and ${docs}/notes.mdx are both the page /notes/: one replaces the other`,
      ],
      [
        'page-duplicate',
        `${docs}/notes.mdx:1`,
        `${docs}/notes.mdx and ${docs}/notes.md are both the page /notes/: one replaces the other`,
      ],
      [
        'page-duplicate',
        `${docs}/runbooks/Restore.mdx:1`,
        `${docs}/runbooks/Restore.mdx and ${docs}/runbooks/restore.mdx are both the page /runbooks/restore/: one replaces the other`,
      ],
      [
        'page-duplicate',
        `${docs}/runbooks/restore.mdx:1`,
        `${docs}/runbooks/restore.mdx and ${docs}/runbooks/Restore.mdx are both the page /runbooks/restore/: one replaces the other`,
      ],
    ]);
  });

  test('a data string cut short by a YAML comment, in the data files and in frontmatter', () => {
    const teams = readFileSync('src/data/teams.yaml', 'utf8');
    currentSite().write(
      'src/data/teams.yaml',
      teams.replace('description: Runs the fixture.', 'description: Runs the fixture, ask in #fixture.'),
    );
    currentSite().write(
      'src/content/docs/guide.mdx',
      `---\ntitle: Guide\ndescription: Ask in #fixture first.\n---\n`,
    );
    expect(findings().filter(([rule]) => rule === 'yaml-comment')).toEqual([
      [
        'yaml-comment',
        'src/content/docs/guide.mdx:3',
        'the value stops before "#fixture first.": YAML reads a space and # as the start of a comment',
      ],
      [
        'yaml-comment',
        'src/data/teams.yaml:3',
        'the value stops before "#fixture.": YAML reads a space and # as the start of a comment',
      ],
    ]);
  });

  test('text left from the template of npm run new', () => {
    currentSite().write(
      'src/content/docs/runbooks/new.mdx',
      pageTemplate('runbook', 'Rotate the key', new Date('2026-11-01')),
    );
    expect(
      findings()
        .filter(([rule]) => rule === 'page-template')
        .map(([, at]) => at),
    ).toEqual([
      'src/content/docs/runbooks/new.mdx:3',
      'src/content/docs/runbooks/new.mdx:7',
      'src/content/docs/runbooks/new.mdx:10',
      ...[16, 20, 24, 28, 32, 36].map((line) => `src/content/docs/runbooks/new.mdx:${line}`),
    ]);
  });
});
