import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';

/**
 * `command-invisible-char`: a control, zero-width or bidirectional character in a command. The
 * page shows it and the copy button copies it as `[U+…]`, so it never runs unseen; the source
 * still has to lose it.
 */
export const commandInvisibleChar: Rule = ({ pages }) =>
  pages.flatMap((page) =>
    page.blocks.flatMap((block) =>
      block.shell.invisible.map((char) =>
        finding(
          'command-invisible-char',
          { file: page.file, line: block.fence.line + 1 + char.line },
          `invisible character ${char.code} in a command, column ${char.column + 1}`,
          char.code,
        ),
      ),
    ),
  );
