import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';

/**
 * `command-syntax`: mvdan/sh rejects the block. An unquoted `<placeholder>` also breaks the
 * syntax; `command-placeholder` says so more usefully, so that line is left to it.
 */
export const commandSyntax: Rule = ({ pages }) =>
  pages.flatMap((page) =>
    page.blocks.flatMap((block) => {
      if (!block.syntax) return [];
      const placeholderRows = new Set(
        block.analysis.placeholders.map((placeholder) => block.lines[placeholder.row]),
      );
      if (placeholderRows.has(block.syntax.line)) return [];
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
