import type { Node, Parser } from 'web-tree-sitter';
import type { FenceRef } from '../site/collect.ts';
import { analyzeScript, type ScriptAnalysis } from './model.ts';
import { shellSyntaxProblem } from './parser.ts';

/** The shell script in a fence, with the file line of each of its rows. */
export interface ShellScript {
  text: string;
  lines: number[];
}

/** A shell fence, parsed and analysed, ready for the command rules. */
export interface CommandBlock extends ShellScript {
  fence: FenceRef;
  syntax: { line: number; message: string } | undefined;
  analysis: ScriptAnalysis;
}

/** `$ cmd` or `# cmd` (a root prompt); the rest of a console block is output. */
const prompt = /^\s*[$#](?: |$)/;

/**
 * The commands of a fence. In `console` fences only prompt lines count, with the lines that
 * continue them (a trailing `\`, an open heredoc); everything else is output.
 */
export function scriptOfFence(fence: FenceRef, parser: Parser): ShellScript {
  const rows = fence.value.split('\n');
  const first = fence.line + 1;
  if (fence.lang !== 'console') return { text: fence.value, lines: rows.map((_, index) => first + index) };
  const kept: string[] = [];
  const lines: number[] = [];
  for (let index = 0; index < rows.length; index++) {
    const match = prompt.exec(rows[index]!);
    if (!match) continue;
    const command = [rows[index]!.slice(match[0].length)];
    lines.push(first + index);
    while (index + 1 < rows.length && continues(command.join('\n'), parser)) {
      command.push(rows[++index]!);
      lines.push(first + index);
    }
    kept.push(...command);
  }
  return { text: kept.join('\n'), lines };
}

function continues(command: string, parser: Parser): boolean {
  if (command.endsWith('\\')) return true;
  const tree = parser.parse(command);
  const open = tree ? openHeredoc(tree.rootNode) : false;
  tree?.delete();
  return open;
}

const openHeredoc = (node: Node): boolean =>
  (node.type === 'heredoc_start' &&
    !node.parent?.children.some((sibling) => sibling?.type === 'heredoc_end')) ||
  node.children.some((child) => child !== null && openHeredoc(child));

/** Parses a fence: tree-sitter for its commands, sh-syntax for strict syntax errors. */
export async function analyzeFence(fence: FenceRef, parser: Parser): Promise<CommandBlock> {
  const script = scriptOfFence(fence, parser);
  const problem = await shellSyntaxProblem(script.text, fence.lang === 'zsh');
  const lineOf = (row: number) => script.lines[row] ?? script.lines.at(-1) ?? fence.line;
  return {
    ...script,
    fence,
    syntax: problem && { line: lineOf(problem.row), message: problem.message },
    analysis: analyzeScript(parser, script.text),
  };
}

/** File line of a row of the block's script. */
export const blockLine = (block: ShellScript & { fence: FenceRef }, row: number): number =>
  block.lines[row] ?? block.lines.at(-1) ?? block.fence.line;
