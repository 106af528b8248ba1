import type { Rule } from '../context.ts';
import { blockLine } from '../commands/blocks.ts';
import { commandSafety } from '../commands/safety.ts';
import { finding } from '../findings.ts';

/** `command-destructive`: a command the tools data marks destructive, with no caution aside right before its block. */
export const commandDestructive: Rule = ({ pages, system }) =>
  pages.flatMap((page) =>
    page.blocks.flatMap((block) => {
      if (block.fence.cautioned) return [];
      return block.analysis.commands.flatMap((command) => {
        const safety = commandSafety(command, system.tools);
        if (safety.level !== 'destructive') return [];
        const at = { file: page.file, line: blockLine(block, command.row) };
        return [
          finding(
            'command-destructive',
            at,
            `${safety.reason} Put a caution aside right before this block.`,
            command.text,
          ),
        ];
      });
    }),
  );
