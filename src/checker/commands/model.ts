import type { Node, Parser } from 'web-tree-sitter';
import { placeholdersOf } from './placeholders.ts';
import { redirectsOf, stdinOf, writesFile } from './redirects.ts';
import { literalWord, shellWord, type ShellWord } from './words.ts';
import { unwrap } from './wrappers.ts';

/** One simple command, as the shell would run it. */
export interface ShellCommand {
  name: ShellWord;
  /** Its own arguments; the words of a command it wraps belong to `inner`. */
  args: ShellWord[];
  /** Commands it runs: `docker compose exec db psql …`, `ssh host '…'`, `sudo …`. */
  inner: ShellCommand[];
  /** Heredoc and here-string text fed to it. */
  stdin: string[];
  /** Writes a file through `>` or `>>`. */
  writesFile: boolean;
  /** 0-based row in the script. */
  row: number;
  /** The command as written. */
  text: string;
}

/** A variable set or read, with where, so that "set earlier" can be decided. */
export interface VariableRef {
  name: string;
  row: number;
  /** Byte offset in the script: orders refs on one row. */
  offset: number;
}

export interface Expansion extends VariableRef {
  /** `${NAME:-default}` and friends work unset; `${NAME:?}` says the reader must set it. */
  hasDefault: boolean;
  /** Written `${NAME}` rather than `$NAME`. */
  braced: boolean;
}

/** A `for` loop: its variable and the byte range of its body. */
export interface LoopRef {
  variable: string;
  start: number;
  end: number;
}

/** Everything the command rules need from one script. */
export interface ScriptAnalysis {
  commands: ShellCommand[];
  assignments: VariableRef[];
  expansions: Expansion[];
  functions: string[];
  placeholders: { text: string; row: number }[];
  loops: LoopRef[];
}

const defaultOperators = new Set([':-', '-', ':=', '=', ':+', '+', ':?', '?']);
const readsInto = new Set(['read', 'mapfile', 'readarray', 'getopts']);
const refOf = (node: Node, name = node.text): VariableRef => ({
  name,
  row: node.startPosition.row,
  offset: node.startIndex,
});

// Node types the analysis reads; asking tree-sitter for them beats walking every node from JS.
const analyzedTypes = [
  'command',
  'variable_assignment',
  'for_statement',
  'declaration_command',
  'function_definition',
  'simple_expansion',
  'expansion',
];

/**
 * Parses a script with tree-sitter-bash and lists its commands, variables and placeholders.
 * `masked` are placeholders taken out before parsing (see `maskAnglePlaceholders`); those in a
 * comment do not count.
 */
export function analyzeScript(
  parser: Parser,
  script: string,
  masked: readonly { text: string; row: number; offset: number }[] = [],
): ScriptAnalysis {
  const tree = parser.parse(script);
  if (!tree) throw new Error('tree-sitter could not parse the script');
  const comments = masked.length === 0 ? [] : tree.rootNode.descendantsOfType('comment');
  const inComment = (offset: number) =>
    comments.some((node) => node !== null && node.startIndex <= offset && offset < node.endIndex);
  const analysis: ScriptAnalysis = {
    commands: [],
    assignments: [],
    expansions: [],
    functions: [],
    placeholders: [
      ...masked.filter((found) => !inComment(found.offset)).map(({ text, row }) => ({ text, row })),
      ...placeholdersOf(tree.rootNode),
    ],
    loops: [],
  };
  for (const node of tree.rootNode.descendantsOfType(analyzedTypes))
    if (node) collectNode(node, analysis, parser);
  for (const list of [analysis.assignments, analysis.expansions]) list.sort((a, b) => a.offset - b.offset);
  tree.delete();
  return analysis;
}

function collectNode(node: Node, analysis: ScriptAnalysis, parser: Parser): void {
  switch (node.type) {
    case 'command':
      analysis.commands.push(commandOf(node, parser));
      readTargets(node).forEach((target) => analysis.assignments.push(refOf(target)));
      break;
    case 'variable_assignment':
    case 'for_statement': {
      const name = node.childForFieldName(node.type === 'for_statement' ? 'variable' : 'name');
      if (name) analysis.assignments.push(refOf(name));
      const body = node.type === 'for_statement' ? node.childForFieldName('body') : null;
      if (name && body)
        analysis.loops.push({ variable: name.text, start: body.startIndex, end: body.endIndex });
      break;
    }
    case 'declaration_command':
      for (const child of node.namedChildren)
        if (child?.type === 'variable_name') analysis.assignments.push(refOf(child));
      break;
    case 'function_definition':
      analysis.functions.push(node.childForFieldName('name')?.text ?? '');
      break;
    case 'simple_expansion': {
      const name = node.namedChildren[0];
      if (name?.type === 'variable_name' && !/^\d+$/.test(name.text))
        analysis.expansions.push({ ...refOf(node, name.text), hasDefault: false, braced: false });
      break;
    }
    case 'expansion': {
      const name = node.namedChildren.find(
        (child) => child?.type === 'variable_name' || child?.type === 'subscript',
      );
      const variable = name?.type === 'subscript' ? name.childForFieldName('name') : name;
      if (variable && !/^\d+$/.test(variable.text)) {
        const hasDefault = node.children.some((child) => child !== null && defaultOperators.has(child.type));
        analysis.expansions.push({ ...refOf(node, variable.text), hasDefault, braced: true });
      }
      break;
    }
  }
}

/** `read -r NAME`, `mapfile -t NAME`, `getopts spec NAME`: the names they set. */
function readTargets(node: Node): Node[] {
  const name = node.childForFieldName('name')?.text ?? '';
  if (!readsInto.has(name)) return [];
  return node
    .childrenForFieldName('argument')
    .filter((arg): arg is Node => arg !== null && /^[A-Za-z_][A-Za-z0-9_]*$/.test(arg.text));
}

function commandOf(node: Node, parser: Parser): ShellCommand {
  const nameNode = node.childForFieldName('name')?.namedChildren[0] ?? node.childForFieldName('name');
  const name = nameNode ? shellWord(nameNode) : literalWord('');
  const words = node.childrenForFieldName('argument').flatMap((arg) => (arg ? [shellWord(arg)] : []));
  const redirects = redirectsOf(node);
  const stdin = stdinOf(redirects);
  const base = { stdin, writesFile: false, row: node.startPosition.row, text: node.text };
  return { ...wrapCommand(name, words, base, parser), writesFile: writesFile(redirects) };
}

type CommandBase = Pick<ShellCommand, 'stdin' | 'writesFile' | 'row' | 'text'>;

/** Splits a wrapper's own words from the command it runs, recursively (`sudo docker compose exec …`). */
function wrapCommand(name: ShellWord, words: ShellWord[], base: CommandBase, parser: Parser): ShellCommand {
  const unwrapped = name.value === undefined ? undefined : unwrap(name.value, words);
  if (!unwrapped) return { ...base, name, args: words, inner: [] };
  if ('script' in unwrapped) {
    // Commands in the string run where the wrapper stands, and read what it is fed.
    const relocate = (command: ShellCommand): ShellCommand => ({
      ...command,
      row: base.row,
      stdin: [...command.stdin, ...base.stdin],
      inner: command.inner.map(relocate),
    });
    const inner = analyzeScript(parser, unwrapped.script).commands.map(relocate);
    return { ...base, name, args: words.slice(0, unwrapped.at), inner };
  }
  const [innerName, ...innerWords] = words.slice(unwrapped.at);
  const inner = innerName ? [wrapCommand(innerName, innerWords, { ...base, writesFile: false }, parser)] : [];
  return { ...base, name, args: words.slice(0, unwrapped.at), inner };
}

/** The commands and every command they wrap, outermost first. */
export function allCommands(commands: readonly ShellCommand[]): ShellCommand[] {
  return commands.flatMap((command) => [command, ...allCommands(command.inner)]);
}
