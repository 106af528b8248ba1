import { finding } from '../../checker/findings.ts';
import type { PageFrontmatter } from '../../schemas/page.ts';
import { exerciseStatus, intervalText } from '../../scripts/client/exercise-due.ts';
import type { SourceRule } from '../context.ts';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Why a runbook needs exercising at `now`, or nothing when it is on time. */
function unexercised(data: PageFrontmatter, now: Date): { message: string; target: string } | undefined {
  const status = exerciseStatus(
    (data.exercised ?? []).map((entry) => entry.date),
    data.exerciseEvery,
    now,
  );
  if (status.state === 'never')
    return {
      message: 'never exercised: no `exercised:` entry (drill, game day or real incident)',
      target: 'exercised',
    };
  if (status.state === 'current' || !status.due || !data.exerciseEvery) return undefined;
  return {
    message: `last exercised on ${day(status.last)}; due again on ${day(status.due)} (every ${intervalText(data.exerciseEvery)})`,
    target: 'exerciseEvery',
  };
}

/**
 * `runbook-unexercised`: a published runbook nobody has run for practice or for real, or whose
 * last exercise is older than its `exerciseEvery`. The date it is judged on is the run's (`now`).
 */
export const runbookUnexercised: SourceRule = ({ pages, now = new Date() }) =>
  pages.flatMap((page) => {
    const data = page.frontmatter.data;
    // Drafts are not published; an imported page is flagged for review as a whole (`page-imported`).
    if (!data || data.kind !== 'runbook' || page.draft || data.imported) return [];
    const problem = unexercised(data, now);
    if (!problem) return [];
    const field = data.exercised?.length ? problem.target : 'kind';
    return [
      finding(
        'runbook-unexercised',
        { file: page.file, line: page.lineOf([field]) },
        problem.message,
        problem.target,
      ),
    ];
  });
