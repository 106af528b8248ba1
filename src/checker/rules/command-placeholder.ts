import type { Rule } from '../context.ts';
import { blockLine } from '../commands/blocks.ts';
import { finding } from '../findings.ts';

/** `command-placeholder`: `<tenant>`, `YOUR_TOKEN`, `CHANGEME`, `{{host}}` or `XXX` left in a command. */
export const commandPlaceholder: Rule = ({ pages }) =>
  pages.flatMap((page) =>
    page.blocks.flatMap((block) =>
      block.analysis.placeholders.map((placeholder) =>
        finding(
          'command-placeholder',
          { file: page.file, line: blockLine(block, placeholder.row) },
          `placeholder ${placeholder.text} in a command`,
          placeholder.text,
        ),
      ),
    ),
  );
