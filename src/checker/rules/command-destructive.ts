import type { Rule } from '../context.ts';
import { blockLine } from '../commands/blocks.ts';
import type { ShellCommand } from '../commands/model.ts';
import { commandSafety } from '../commands/safety.ts';
import { literalWord } from '../commands/words.ts';
import { finding } from '../findings.ts';

/** `k delete pod x` is `kubectl delete pod x` when the config says `k: kubectl`. */
function resolveAliases(command: ShellCommand, aliases: Readonly<Record<string, string>>): ShellCommand {
  const program = aliases[command.name.value ?? ''];
  return {
    ...command,
    name: program ? literalWord(program) : command.name,
    inner: command.inner.map((inner) => resolveAliases(inner, aliases)),
  };
}

/**
 * `command-destructive`: a command the tools data or the recall list (`src/shell/destructive.yaml`)
 * marks destructive, in a block the page does not announce: no caution aside and no "Clean up"
 * heading right before it.
 */
export const commandDestructive: Rule = ({ pages, system, options }) =>
  pages.flatMap((page) =>
    page.blocks.flatMap((block) => {
      if (block.fence.cautioned) return [];
      return block.analysis.commands.flatMap((command) => {
        const safety = commandSafety(resolveAliases(command, options.aliases), system.tools);
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
