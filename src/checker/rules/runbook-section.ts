import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';
import { missingSections } from '../../integrity/sections.ts';

/** `runbook-section`: a runbook (or another kind with required sections) lacks one of its h2 sections. */
export const runbookSection: Rule = ({ pages }) =>
  pages.flatMap((page) =>
    // An imported page gets one `page-imported` warning instead of one error per section.
    (page.data?.imported ? [] : missingSections(page.tree, page.kind)).map((heading) =>
      finding(
        'runbook-section',
        { file: page.file, line: page.frontmatter.lineOf(['kind']) },
        `a ${page.kind} page needs a "## ${heading}" section`,
        `## ${heading}`,
      ),
    ),
  );
