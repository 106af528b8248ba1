import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Tool } from '../../data/schema.ts';
import type { AnalyzedPage, Rule } from '../context.ts';
import { blockLine } from '../commands/blocks.ts';
import { allCommands } from '../commands/model.ts';
import { isCommonProgram } from '../commands/programs.ts';
import { findTool, programKey } from '../commands/safety.ts';
import { finding } from '../findings.ts';

/** Whether a program name is something the docs may run. */
function isKnownProgram(
  name: string,
  tools: readonly Tool[],
  functions: ReadonlySet<string>,
  root: string,
): boolean {
  if (isCommonProgram(name) || findTool(tools, name) || functions.has(name)) return true;
  if (!name.includes('/')) return false;
  if (name.startsWith('/')) {
    // `/usr/bin/env`, or a repository script run from where the repository is checked out.
    return (
      isCommonProgram(path.posix.basename(name)) ||
      tools.some((tool) => tool.name.includes('/') && name.endsWith(`/${tool.name}`))
    );
  }
  return existsSync(path.join(root, programKey(name)));
}

const functionsOf = (page: AnalyzedPage) => new Set(page.blocks.flatMap((block) => block.analysis.functions));

/** `command-unknown-program`: a program that is not a builtin, a common utility, a tool or a repository script. */
export const commandUnknownProgram: Rule = ({ pages, system, options }) =>
  pages.flatMap((page) => {
    const functions = functionsOf(page);
    return page.blocks.flatMap((block) =>
      allCommands(block.analysis.commands).flatMap((command) => {
        const name = command.name.value;
        if (name === undefined || name === '' || isKnownProgram(name, system.tools, functions, options.root))
          return [];
        const message = name.includes('/')
          ? `${name} is neither in src/data/tools.yaml nor in this repository`
          : `${name} is not a shell builtin, a common utility or a tool in src/data/tools.yaml`;
        return [
          finding(
            'command-unknown-program',
            { file: page.file, line: blockLine(block, command.row) },
            message,
            command.text,
          ),
        ];
      }),
    );
  });
