import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';

/**
 * `block-language`: a block tagged as shell that is another language (PromQL, SQL, YAML, …) or
 * holds output. One warning per block; its lines are not checked as shell.
 */
export const blockLanguage: Rule = ({ pages }) =>
  pages.flatMap((page) =>
    page.blocks.flatMap((block) => {
      const { notShell, fence } = block;
      if (!notShell) return [];
      const message =
        notShell.language === 'output'
          ? `${notShell.lines.length === 1 ? 'line' : 'lines'} ${notShell.lines.join(', ')} of this ${fence.lang} block look like output: put \`$ \` before each command and tag it console, or move the output to a text block`
          : `this block tagged ${fence.lang} looks like ${notShell.language}: tag it ${notShell.language}`;
      return [finding('block-language', { file: page.file, line: fence.line }, message, fence.lang)];
    }),
  );
