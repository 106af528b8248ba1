import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Tool } from '../../data/schema.ts';
import { isCatalogProgram } from '../../shell/catalog.ts';
import type { AnalyzedPage, Rule } from '../context.ts';
import { blockLine } from '../commands/blocks.ts';
import { allCommands } from '../commands/model.ts';
import { isCommonProgram } from '../commands/programs.ts';
import { findTool, programKey } from '../commands/safety.ts';
import type { CheckOptions } from '../config.ts';
import { finding } from '../findings.ts';

/**
 * Whether a program name is something the docs may run: a builtin, a program of the catalog
 * (`src/shell/programs.yaml`), a tool, a name or alias from the config, a function of the page.
 * A path is never unknown: a script of the repository, or of the system the reader is on.
 */
function isKnownProgram(name: string, tools: readonly Tool[], known: ReadonlySet<string>): boolean {
  if (name.includes('/')) return true;
  return isCommonProgram(name) || isCatalogProgram(name) || !!findTool(tools, name) || known.has(name);
}

const functionsOf = (page: AnalyzedPage) => page.blocks.flatMap((block) => block.analysis.functions);

/**
 * A relative path (`./scripts/x.sh`, `scripts/x.sh`) into a folder the repository keeps scripts in
 * (one that exists, or that the tools data names), missing from it: a script moved or renamed. A
 * path anywhere else is never unknown: it belongs to the system or the repository the reader is in.
 */
function missingScript(name: string, tools: readonly Tool[], root: string): boolean {
  const key = programKey(name);
  if (!key.includes('/') || /^[/~$.]/.test(key) || findTool(tools, name)) return false;
  const folder = `${key.split('/')[0]}/`;
  const scriptFolder =
    tools.some((tool) => tool.name.startsWith(folder)) || existsSync(path.join(root, folder));
  return scriptFolder && !existsSync(path.join(root, key));
}

/** `command-unknown-program`: a program that is not a builtin, a known program, a tool or a repository script. */
export const commandUnknownProgram: Rule = ({ pages, system, options }) =>
  pages.flatMap((page) => {
    const known = new Set([...functionsOf(page), ...options.programs, ...Object.keys(options.aliases)]);
    return page.blocks.flatMap((block) =>
      allCommands(block.analysis.commands).flatMap((command) => {
        const name = command.name.value;
        if (name === undefined || name === '') return [];
        const unknown = !isKnownProgram(name, system.tools, known);
        if (!unknown && !missingScript(name, system.tools, options.root)) return [];
        return [
          finding(
            'command-unknown-program',
            { file: page.file, line: blockLine(block, command.row) },
            messageFor(name, options),
            command.text,
          ),
        ];
      }),
    );
  });

function messageFor(name: string, options: CheckOptions): string {
  if (name.includes('/')) return `${name} is not in this repository`;
  const where = options.programs.length > 0 ? 'the config' : 'src/data/tools.yaml or the config';
  return `${name} is not a shell builtin, a well-known program or a program in ${where}`;
}
