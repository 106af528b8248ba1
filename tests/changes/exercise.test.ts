import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSystemData } from '../../src/data/load.ts';
import { integrityProblems } from '../../src/integrity/check.ts';
import { readSourcePages } from '../../src/integrity/pages.ts';
import { runbookUnexercised } from '../../src/integrity/rules/runbook-unexercised.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { dueAfter, exerciseStatus, parseInterval } from '../../src/scripts/client/exercise-due.ts';
import { useTempSite } from '../helpers/temp-site.ts';

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe('exerciseEvery and the due day', () => {
  test('reads days, weeks and calendar months, and nothing else', () => {
    expect(parseInterval('90d')).toEqual({ count: 90, unit: 'd' });
    expect(parseInterval('12w')).toEqual({ count: 12, unit: 'w' });
    expect(parseInterval('6m')).toEqual({ count: 6, unit: 'm' });
    for (const bad of ['90', 'd', '0d', '3 months', '1y', '-2w']) expect(parseInterval(bad)).toBeUndefined();
  });

  test('adds calendar months, ending on the last day of a shorter month', () => {
    expect(iso(dueAfter(utc('2026-01-31'), { count: 1, unit: 'm' }))).toBe('2026-02-28');
    expect(iso(dueAfter(utc('2026-11-15'), { count: 3, unit: 'm' }))).toBe('2027-02-15');
    expect(iso(dueAfter(utc('2026-01-01'), { count: 90, unit: 'd' }))).toBe('2026-04-01');
    expect(iso(dueAfter(utc('2026-01-01'), { count: 2, unit: 'w' }))).toBe('2026-01-15');
  });

  test('judges by the day it is given: on time through the due day, overdue after it', () => {
    const dates = [utc('2026-01-01'), utc('2026-02-01')];
    const every = { count: 30, unit: 'd' } as const;
    expect(exerciseStatus(dates, every, new Date('2026-03-03T23:59:00Z'))).toMatchObject({
      state: 'current',
    });
    const late = exerciseStatus(dates, every, utc('2026-03-04'));
    expect(late.state).toBe('overdue');
    expect(late.state !== 'never' && iso(late.last)).toBe('2026-02-01');
    expect(exerciseStatus(dates, undefined, utc('2099-01-01')).state).toBe('current');
    expect(exerciseStatus([], every, utc('2026-01-01'))).toEqual({ state: 'never' });
  });
});

const runbook = (fields: string) => `---
title: Restart
description: Restart the fixture app.
kind: runbook
owner: platform
when: The fixture is down.
estimatedMinutes: 5
alerts: [fixture-down]
rollback: 'none: a restart changes nothing to undo'
${fields}
---

## When to use

When \`fixture-down\` fires.

## Prerequisites

Access to the host.

## Steps

Restart it.

## Verify

The health check passes.

## Rollback

Nothing to undo.

## Escalation

The platform team.
`;

const currentSite = useTempSite();
const docs = () => path.join(currentSite().dir, 'src/content/docs');
const system = () => loadSystemData('src/data');
const restart = 'src/content/docs/runbooks/restart.mdx';

describe('exercised: in the frontmatter', () => {
  test('names file, line and field of every bad entry at once', () => {
    currentSite().write(
      restart,
      runbook(`exercised:
  - date: last spring
    kind: drill
    outcome: Worked.
  - date: 2026-10-01
    kind: fire drill
    outcome: ''
    link: wiki page
exerciseEvery: 3 months`),
    );
    const problems = integrityProblems(readSourcePages(docs()), system()).map(formatProblem);
    expect(problems).toEqual([
      `${restart}:11 exercised.0.date: use a date such as 2026-11-01`,
      `${restart}:15 exercised.1.kind: use one of: drill, game day, tabletop, real incident`,
      `${restart}:16 exercised.1.outcome: say what came of it, in one line`,
      `${restart}:17 exercised.1.link: use a handbook path such as /incident-response/postmortem/ or an http(s) URL`,
      `${restart}:18 exerciseEvery: use a duration such as 90d, 12w or 6m`,
    ]);
  });
});

describe('runbook-unexercised', () => {
  const findings = (now: Date) => {
    const schema = pageSchema(system()).loose();
    const pages = readSourcePages(docs()).map((page) => page.validate(schema));
    return runbookUnexercised({ pages, system: system(), dataFiles: [], handbook: true, now }).map(
      ({ file, line, target, message, severity }) => `${severity} ${file}:${line} ${target}: ${message}`,
    );
  };
  const restore = 'src/content/docs/runbooks/restore.mdx';

  test('warns for each runbook never exercised, at its kind, and for no other kind of page', () => {
    expect(findings(utc('2026-06-01')).sort()).toEqual([
      `warning ${restart}:4 exercised: never exercised: no \`exercised:\` entry (drill, game day or real incident)`,
      `warning ${restore}:4 exercised: never exercised: no \`exercised:\` entry (drill, game day or real incident)`,
    ]);
  });

  test('warns once the newest exercise is older than exerciseEvery on the day given, not before', () => {
    currentSite().write(
      restart,
      runbook(`exercised:
  - date: 2026-01-10
    kind: game day
    outcome: Worked as written.
  - date: 2026-03-01
    kind: real incident
    outcome: Step 3 named the wrong host; fixed.
    link: /runbooks/restore/
exerciseEvery: 3m`),
    );
    const mine = (now: Date) => findings(now).filter((line) => line.includes(restart));
    expect(mine(utc('2026-06-01'))).toEqual([]);
    expect(mine(utc('2026-06-02'))).toEqual([
      `warning ${restart}:18 exerciseEvery: last exercised on 2026-03-01; due again on 2026-06-01 (every 3m)`,
    ]);
  });

  test('leaves a draft runbook alone', () => {
    currentSite().write(restart, runbook('draft: true'));
    expect(findings(utc('2026-06-01')).filter((line) => line.includes(restart))).toEqual([]);
  });
});
