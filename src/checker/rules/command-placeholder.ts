import type { Rule } from '../context.ts';
import { blockLine } from '../commands/blocks.ts';
import { conventionalStyles } from '../commands/conventions.ts';
import { placeholderStyleOf } from '../commands/placeholders.ts';
import { finding } from '../findings.ts';

/**
 * `command-placeholder`: `<tenant>`, `YOUR_TOKEN`, `CHANGEME`, `{{host}}` or `XXX` left in a
 * command, unless the docs use that style on purpose: the config's `placeholders` lists it, or it
 * is found on several pages (see `conventionPages`).
 */
export const commandPlaceholder: Rule = ({ pages, options }) => {
  const found = pages.flatMap((page) =>
    page.blocks.flatMap((block) =>
      block.analysis.placeholders.map((placeholder) => ({
        file: page.file,
        style: placeholderStyleOf(placeholder.text),
        line: blockLine(block, placeholder.row),
        text: placeholder.text,
      })),
    ),
  );
  const accepted = new Set([
    ...options.placeholders,
    ...conventionalStyles(found.map(({ file, style }) => [file, style] as const)),
  ]);
  return found
    .filter(({ style }) => !accepted.has(style))
    .map(({ file, line, text }) =>
      finding('command-placeholder', { file, line }, `placeholder ${text} in a command`, text),
    );
};
