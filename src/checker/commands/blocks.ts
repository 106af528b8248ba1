import type { Parser } from 'web-tree-sitter';
import { readShellBlock, type ShellBlock } from '../../shell/block.ts';
import { isCatalogProgram } from '../../shell/catalog.ts';
import { otherLanguage } from '../../shell/language.ts';
import { shellLangOf } from '../../shell/langs.ts';
import { outputRows } from '../../shell/output.ts';
import { shellSyntaxProblem } from '../../shell/parser.ts';
import type { FenceRef } from '../site/collect.ts';
import { analyzeScript, type ScriptAnalysis } from './model.ts';
import { maskAnglePlaceholders } from './placeholders.ts';

/** The shell script in a fence, with the file line of each of its rows. */
export interface ShellScript {
  text: string;
  lines: number[];
}

/** Why a block tagged as shell is not read as shell: told once by `block-language`. */
export interface NotShell {
  /** `promql`, `sql`, … or `output`. */
  language: string;
  /** For output: the file lines that look like it. */
  lines: number[];
}

/** A shell fence, parsed and analysed, ready for the command rules. */
export interface CommandBlock extends ShellScript {
  fence: FenceRef;
  shell: ShellBlock;
  notShell: NotShell | undefined;
  syntax: { line: number; message: string } | undefined;
  analysis: ScriptAnalysis;
}

/** A fence as the badge plugin meets it: its own language, which may be `diff` with `lang="sh"`. */
export type FenceInput = Omit<FenceRef, 'shell'>;

/** Reads a fence with the shell-block model (`src/shell/`), which the badge and copy button share. */
export function shellBlockOf(fence: FenceInput, parser: Parser): ShellBlock {
  const lang = shellLangOf(fence.lang, fence.meta) ?? 'bash';
  return readShellBlock(parser, fence, lang);
}

/**
 * The commands of a fence, as the reader copies them: in a transcript only prompt lines and the
 * lines that continue them (a trailing `\`, an open heredoc, `> ` lines); else every line.
 */
export function scriptOfFence(fence: FenceInput, parser: Parser): ShellScript {
  const block = shellBlockOf(fence, parser);
  return { text: block.script, lines: block.rows.map((index) => fence.line + 1 + index) };
}

/** A word that starts a command: a known program, a path, a variable, an assignment, a keyword. */
function startsCommand(row: string): boolean {
  const words = row
    .trim()
    .replace(/^(\w+=\S*\s+)+/, '')
    .split(/\s+/);
  const first = words[0] === 'sudo' ? (words[1] ?? '') : (words[0] ?? '');
  return (
    isCatalogProgram(first) ||
    /[/$=]/.test(first) ||
    /^(if|then|else|elif|fi|for|while|until|do|done|case|esac|function|select|\{|\}|\(|\)|!)$/.test(first)
  );
}

/** The rows to check as shell: all of them, less output lines; none for a block in another language. */
function checkedRows(block: ShellBlock, fence: FenceInput): { rows: string[]; notShell?: NotShell } {
  const rows = block.script.split('\n');
  const language = otherLanguage(block.script);
  if (language) return { rows: rows.map(() => ''), notShell: { language, lines: [] } };
  if (block.transcript) return { rows };
  const roles = block.rows.map((index) => block.lines[index]!.role);
  const output = outputRows(rows, roles, startsCommand);
  if (output.size === 0) return { rows };
  const lines = [...output].sort((a, b) => a - b).map((row) => fence.line + 1 + block.rows[row]!);
  // Every command line but output: the block is output with a wrong tag.
  const commandRows = roles.filter((role) => role === 'command').length;
  const notShell: NotShell = { language: 'output', lines };
  if (commandRows === output.size) return { rows: rows.map(() => ''), notShell };
  return { rows: rows.map((row, index) => (output.has(index) ? '' : row)), notShell };
}

/** A fence read for checking: the model, and the script the rules parse (output and placeholders masked). */
export interface ReadBlock extends ShellScript {
  shell: ShellBlock;
  notShell: NotShell | undefined;
  /** The script with output rows blanked and `<placeholders>` masked, row for row as `text`. */
  checked: ReturnType<typeof maskAnglePlaceholders>;
}

/** Reads a fence once, for the checker and for the safety badge alike. */
export function readCommandBlock(fence: FenceInput, parser: Parser): ReadBlock {
  const shell = shellBlockOf(fence, parser);
  const lines = shell.rows.map((index) => fence.line + 1 + index);
  const { rows, notShell } = checkedRows(shell, fence);
  return { text: shell.script, lines, shell, notShell, checked: maskAnglePlaceholders(rows.join('\n')) };
}

/** Parses a fence: tree-sitter for its commands, sh-syntax for strict syntax errors. */
export async function analyzeFence(fence: FenceRef, parser: Parser): Promise<CommandBlock> {
  const { checked, ...block } = readCommandBlock(fence, parser);
  const problem = await shellSyntaxProblem(checked.text, block.shell.lang === 'zsh');
  const lineOf = (row: number) => block.lines[row] ?? block.lines.at(-1) ?? fence.line;
  return {
    ...block,
    fence,
    syntax: problem && { line: lineOf(problem.row), message: problem.message },
    analysis: analyzeScript(parser, checked.text, checked.placeholders),
  };
}

/** File line of a row of the block's script. */
export const blockLine = (block: ShellScript & { fence: FenceRef }, row: number): number =>
  block.lines[row] ?? block.lines.at(-1) ?? block.fence.line;
