import { blockLine, type CommandBlock } from '../commands/blocks.ts';
import { allCommands } from '../commands/model.ts';
import { suspiciousCommand } from '../commands/suspicious.ts';
import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';

/**
 * `command-syntax`: mvdan/sh rejects the block, or a Markdown heading stands inside it (a fence
 * left open swallowed the page). A `<placeholder>` is read as one word, never as a syntax error.
 */
export const commandSyntax: Rule = ({ pages }) =>
  pages.flatMap((page) =>
    page.blocks.flatMap((block) => {
      const heading = markdownHeading(block);
      if (heading)
        return [
          finding(
            'command-syntax',
            { file: page.file, line: heading.line },
            'a Markdown heading inside a shell block: is a fence above left open?',
            heading.text,
          ),
        ];
      if (!block.syntax) return suspiciousIn(block, page.file);
      // A placeholder left in a line breaks its syntax too; `command-placeholder` says so better.
      const placeholderLines = block.analysis.placeholders.map((placeholder) => block.lines[placeholder.row]);
      if (placeholderLines.includes(block.syntax.line)) return [];
      const line = block.text.split('\n')[block.lines.indexOf(block.syntax.line)] ?? '';
      return [
        finding(
          'command-syntax',
          { file: page.file, line: block.syntax.line },
          block.syntax.message,
          line.trim(),
        ),
      ];
    }),
  );

/** Commands that parse but cannot be meant (see `suspiciousCommand`). */
function suspiciousIn(block: CommandBlock, file: string) {
  return allCommands(block.analysis.commands).flatMap((command) => {
    const why = suspiciousCommand(command);
    return why
      ? [finding('command-syntax', { file, line: blockLine(block, command.row) }, why, command.text)]
      : [];
  });
}

/** `## Mitigation` between blank lines: a page's heading, not a script's comment. */
function markdownHeading(block: CommandBlock): { line: number; text: string } | undefined {
  const texts = block.shell.lines.map((line) => line.text);
  const blank = (index: number) => (texts[index] ?? '').trim() === '';
  const index = texts.findIndex(
    (text, at) => /^#{2,6} [A-Z][\w ]*$/.test(text) && blank(at - 1) && blank(at + 1) && at > 0,
  );
  return index === -1 ? undefined : { line: block.fence.line + 1 + index, text: texts[index]! };
}
