import type { SourceRule } from '../context.ts';
import { problemFinding } from '../finding.ts';

/** `page-frontmatter`: YAML that does not parse, and fields the page schema refuses (unknown owners, services, alerts). */
export const pageFrontmatter: SourceRule = ({ pages }) =>
  pages.flatMap((page) =>
    page.frontmatter.problems.map((problem) => problemFinding('page-frontmatter', problem)),
  );
