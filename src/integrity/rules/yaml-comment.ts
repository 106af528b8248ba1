import type { SourceRule } from '../context.ts';
import { problemFinding } from '../finding.ts';

/** `yaml-comment`: an unquoted value that ` #word` cut short, in frontmatter or in the data files. */
export const yamlComment: SourceRule = ({ pages, dataFiles }) =>
  [
    ...pages.flatMap((page) => page.frontmatter.source.commentCuts),
    ...dataFiles.flatMap((source) => source.commentCuts),
  ].map((problem) => problemFinding('yaml-comment', problem));
