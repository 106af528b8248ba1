import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSystemData } from '../../src/data/load.ts';
import { integrityProblems } from '../../src/integrity/check.ts';
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
