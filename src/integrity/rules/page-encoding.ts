import type { SourceRule } from '../context.ts';
import { problemFinding } from '../finding.ts';

/** `page-encoding`: a page that is not UTF-8, at the line of its first bad byte. */
export const pageEncoding: SourceRule = ({ pages }) =>
  pages.flatMap((page) =>
    page.encodingProblem ? [problemFinding('page-encoding', page.encodingProblem)] : [],
  );
