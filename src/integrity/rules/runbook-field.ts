import { finding } from '../../checker/findings.ts';
import type { SourceRule } from '../context.ts';
import { missingFields } from '../sections.ts';

/** `runbook-field`: a runbook without `when`, `estimatedMinutes` or `rollback`. */
export const runbookField: SourceRule = ({ pages }) =>
  pages.flatMap((page) => {
    const data = page.frontmatter.data;
    // An imported page is flagged for review instead (the checker's `page-imported` warning).
    if (!data || data.imported) return [];
    return missingFields(data).map((field) =>
      finding(
        'runbook-field',
        { file: page.file, line: page.lineOf([field]) },
        'required on a runbook',
        field,
      ),
    );
  });
