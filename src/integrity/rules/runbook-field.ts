import { finding } from '../../checker/findings.ts';
import type { SourceRule } from '../context.ts';

const required = ['when', 'estimatedMinutes', 'rollback'] as const;

/** `runbook-field`: a runbook without `when`, `estimatedMinutes` or `rollback`. */
export const runbookField: SourceRule = ({ pages }) =>
  pages.flatMap((page) => {
    const data = page.frontmatter.data;
    if (data?.kind !== 'runbook') return [];
    return required
      .filter((field) => data[field] === undefined)
      .map((field) =>
        finding(
          'runbook-field',
          { file: page.file, line: page.lineOf([field]) },
          'required on a runbook',
          field,
        ),
      );
  });
