import type { Node, Parser } from 'web-tree-sitter';
import { invisibleChars, showInvisible, type InvisibleChar } from './invisible.ts';
import type { ShellLang } from './langs.ts';
import { markLines } from './markers.ts';
import { promptOf, secondaryPrompt } from './prompts.ts';
import { scriptRoles } from './roles.ts';

/**
 * What a line of a shell block is. `command` starts a command; `continuation` carries on the one
 * before (`\`, an open quote, a pipe); `heredoc` is a heredoc's body or terminator; `prompt` is a
 * prompt with nothing after it; `output` is what a transcript's commands printed; `removed` is a
 * line marked deleted (`del={…}`, a `-` line of a `diff` fence); `blank` is empty.
 */
export type LineRole =
  'command' | 'continuation' | 'heredoc' | 'comment' | 'prompt' | 'output' | 'removed' | 'blank';

export interface BlockLine {
  /** The line as shown (a `diff` fence's sign column taken off). */
  text: string;
  role: LineRole;
  /** The prompt it starts with (`$ `, `> `), or ''. */
  prompt: string;
  /** What the line gives the shell: the text after its prompt. Empty for output and removed lines. */
  command: string;
}

/** A shell fence read once: every line's role, and the exact text its copy button copies. */
export interface ShellBlock {
  lang: ShellLang;
  /** The block has prompts: only prompt lines and what continues them are commands. */
  transcript: boolean;
  lines: BlockLine[];
  /** The commands as the shell reads them (= what is copied), one row per script line. */
  script: string;
  /** For each row of `script`, the 0-based index of its line in the block. */
  rows: number[];
  /** Characters a reader cannot see, in the command lines; shown as `[U+…]` in `script`. */
  invisible: (InvisibleChar & { line: number })[];
}

export interface FenceSource {
  /** The fence's own language: `bash`, or `diff` with `lang="sh"` in its meta. */
  lang: string;
  meta?: string | undefined;
  value: string;
}

/** Reads a shell fence: `lang` is its shell language (see `shellLangOf`). */
export function readShellBlock(parser: Parser, fence: FenceSource, lang: ShellLang): ShellBlock {
  const marked = markLines(fence.lang, fence.meta, fence.value);
  const lines: BlockLine[] = marked.map(({ text, removed }) => ({
    text,
    role: removed ? 'removed' : text.trim() === '' ? 'blank' : 'output',
    prompt: '',
    command: '',
  }));
  const kept = lines.flatMap((line, index) => (line.role === 'removed' ? [] : [index]));
  const transcript = kept.some((index) => promptOf(lines[index]!.text, lang) !== undefined);
  const groups = transcript ? promptGroups(parser, lines, kept, lang) : [kept];
  if (!transcript) for (const index of kept) lines[index]!.command = lines[index]!.text;
  const rows = trimBlankEnds(groups.flat(), lines);
  const script = rows.map((index) => lines[index]!.command);
  const roles = scriptRoles(parser, script.join('\n'));
  // In a transcript, a line after the prompt line carries on that one command.
  const continued = new Set(transcript ? groups.flatMap((group) => group.slice(1)) : []);
  rows.forEach((index, row) => {
    const role = roles[row]!;
    lines[index]!.role = continued.has(index) && role === 'command' ? 'continuation' : role;
  });
  lines.forEach((line, index) => {
    if (line.prompt && !continued.has(index) && line.command.trim() === '') line.role = 'prompt';
  });
  const invisible = rows.flatMap((index) =>
    invisibleChars(lines[index]!.command).map((char) => ({ ...char, line: index })),
  );
  return {
    lang,
    transcript,
    lines,
    script: script.map(showInvisible).join('\n'),
    rows,
    invisible,
  };
}

/** The indexes without the blank lines at either end. */
function trimBlankEnds(indexes: number[], lines: readonly BlockLine[]): number[] {
  const blank = (index: number) => lines[index]!.command.trim() === '';
  let [start, end] = [0, indexes.length];
  while (start < end && blank(indexes[start]!)) start++;
  while (end > start && blank(indexes[end - 1]!)) end--;
  return indexes.slice(start, end);
}

/**
 * A transcript's commands: each prompt line with the lines that continue it (a trailing `\`, an
 * open heredoc, an unfinished command on `> ` lines). Sets `prompt` and `command` of those lines.
 */
function promptGroups(parser: Parser, lines: BlockLine[], kept: number[], lang: ShellLang): number[][] {
  const groups: number[][] = [];
  for (let at = 0; at < kept.length; at++) {
    const line = lines[kept[at]!]!;
    const prompt = promptOf(line.text, lang);
    if (prompt === undefined) continue;
    Object.assign(line, { prompt, command: line.text.slice(prompt.length) });
    const group = [kept[at]!];
    const commandText = () => group.map((index) => lines[index]!.command).join('\n');
    while (at + 1 < kept.length) {
      const next = lines[kept[at + 1]!]!;
      const state = openness(parser, commandText());
      const ps2 = secondaryPrompt.exec(next.text)?.[0];
      if (state === 'closed' || (state === 'unfinished' && ps2 === undefined)) break;
      if (state !== 'heredoc' && promptOf(next.text, lang) !== undefined) break;
      const strip = ps2 ?? '';
      Object.assign(next, { prompt: strip, command: next.text.slice(strip.length) });
      group.push(kept[++at]!);
    }
    groups.push(group);
  }
  return groups;
}

/**
 * Whether a command needs more lines: `continued` by a trailing `\`, `|`, `&&` or `||`; `heredoc`
 * while a heredoc is open; `unfinished` when it does not parse yet (an open quote or `if`), which
 * only the shell's `> ` prompt on the next line confirms.
 */
function openness(parser: Parser, command: string): 'closed' | 'continued' | 'heredoc' | 'unfinished' {
  if (/(\\|\||&&)\s*$/.test(command)) return 'continued';
  const tree = parser.parse(command);
  if (!tree) return 'closed';
  const state = openHeredoc(tree.rootNode) ? 'heredoc' : tree.rootNode.hasError ? 'unfinished' : 'closed';
  tree.delete();
  return state;
}

const openHeredoc = (node: Node): boolean =>
  (node.type === 'heredoc_start' &&
    !node.parent?.children.some((sibling) => sibling?.type === 'heredoc_end' && !sibling.isMissing)) ||
  node.children.some((child) => child !== null && openHeredoc(child));
