import { finding } from '../../checker/findings.ts';
import { missingSections } from '../sections.ts';
import type { SourceRule } from '../context.ts';

/** `runbook-section`: a runbook (or another kind with required sections) lacks one of its h2 sections. */
export const runbookSection: SourceRule = ({ pages, handbook }) =>
  handbook
    ? pages.flatMap((page) =>
        // An imported page gets one `page-imported` warning instead of one error per section.
        (page.frontmatter.data?.imported ? [] : missingSections(page.tree, page.kind)).map((heading) =>
          finding(
            'runbook-section',
            { file: page.file, line: page.lineOf(['kind']) },
            `a ${page.kind} page needs a "## ${heading}" section`,
            `## ${heading}`,
          ),
        ),
      )
    : [];
