import type { SourceRule } from '../context.ts';
import { problemFinding } from '../finding.ts';

/** `page-syntax`: Markdown or MDX that does not parse, at the line the parser stopped. */
export const pageSyntax: SourceRule = ({ pages }) =>
  pages.flatMap((page) => (page.syntaxProblem ? [problemFinding('page-syntax', page.syntaxProblem)] : []));
