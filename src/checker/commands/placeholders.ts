import type { Node } from 'web-tree-sitter';

/** A placeholder left in a command and where it starts in the text searched. */
export interface PlaceholderMatch {
  text: string;
  index: number;
}

// Go templates (`docker inspect -f '{{.State.Status}}'`) are real syntax, not placeholders.
const goTemplate =
  /^\s*(\.|"|\$|-|(end|else|range|if|with|json|index|len|printf|println|print|table|join|upper|lower|title|define|template|block)\b)/;

const patterns: {
  pattern: RegExp;
  /** Whether a match is a placeholder after all; `program` names the command it is an argument of. */
  keep?: (match: RegExpExecArray, program: () => string | undefined) => boolean;
}[] = [
  { pattern: /<[A-Za-z][A-Za-z0-9_.-]*>/g },
  { pattern: /\bYOUR_[A-Za-z0-9_]+/gi },
  { pattern: /\bCHANGE_?ME\b/gi },
  { pattern: /\{\{([^{}]*)\}\}/g, keep: (match) => !goTemplate.test(match[1] ?? '') },
  // `mktemp /tmp/backup.XXXXXX` is mktemp's own template syntax.
  { pattern: /\bX{3,}\b/g, keep: (_, program) => program() !== 'mktemp' },
];

// Every pattern needs one of these; most words have none and are not searched further.
const mayHavePlaceholder = /[<{X]|your_|change/i;

/** Placeholders such as `<tenant>`, `YOUR_TOKEN`, `CHANGEME`, `{{host}}` and `XXX` in one word's text. */
export function placeholdersIn(
  text: string,
  program: () => string | undefined = () => undefined,
): PlaceholderMatch[] {
  if (!mayHavePlaceholder.test(text)) return [];
  return patterns.flatMap(({ pattern, keep }) =>
    [...text.matchAll(pattern)]
      .filter((match) => !keep || keep(match, program))
      .map((match) => ({ text: match[0], index: match.index })),
  );
}

export {
  defaultPlaceholderStyles,
  placeholderStyleOf,
  placeholderStyles,
  type PlaceholderStyle,
} from '../../shell/placeholder-styles.ts';

/** A placeholder found before parsing, with its byte offset in the script. */
export interface MaskedPlaceholder {
  text: string;
  row: number;
  offset: number;
}

// `<name>` or `<words with spaces>`; not `<<EOF`, `<(…)`, `2>&1` or `< in.txt > out.txt`.
const anglePlaceholder = /(?<![<\w$])<([A-Za-z](?:[^<>\n]*[^<>\s])?)>(?![>&(])/g;

/**
 * Writes each `<placeholder>` as a word of underscores of the same length, so that the shell
 * parsers read it as the one argument it stands for, not as redirections or a syntax error.
 */
export function maskAnglePlaceholders(script: string): { text: string; placeholders: MaskedPlaceholder[] } {
  const placeholders: MaskedPlaceholder[] = [];
  const text = script.replace(anglePlaceholder, (match, _name, offset: number) => {
    placeholders.push({ text: match, offset, row: script.slice(0, offset).split('\n').length - 1 });
    return '_'.repeat(match.length);
  });
  return { text, placeholders };
}

/** Nodes whose text is one word or literal; a quoted heredoc body has no children and counts whole. */
const textTypes = new Set([
  'word',
  'string_content',
  'raw_string',
  'ansi_c_string',
  'variable_name',
  'heredoc_content',
]);
const isText = (node: Node) =>
  textTypes.has(node.type) || (node.type === 'heredoc_body' && node.namedChildCount === 0);

/** The program of the command a word belongs to, for exceptions such as `mktemp`. */
function programOf(node: Node): string | undefined {
  let current: Node | null = node;
  while (current && current.type !== 'command') current = current.parent;
  return current?.childForFieldName('name')?.text;
}

/** Every placeholder in a parsed script, with its 0-based row; comments do not count. */
export function placeholdersOf(root: Node): { text: string; row: number }[] {
  const found: { text: string; row: number }[] = [];
  for (const node of root.descendantsOfType([...textTypes, 'heredoc_body'])) {
    if (!node || !isText(node)) continue;
    for (const match of placeholdersIn(node.text, () => programOf(node))) {
      const row = node.startPosition.row + node.text.slice(0, match.index).split('\n').length - 1;
      found.push({ text: match.text, row });
    }
  }
  return [...found, ...splitPlaceholders(root)];
}

/** The token right after `node` in the source, wherever it hangs in the tree. */
function nextLeaf(node: Node): Node | undefined {
  let current: Node | null = node;
  while (current && !current.nextSibling) current = current.parent;
  let next = current?.nextSibling ?? null;
  while (next && next.childCount > 0) next = next.child(0);
  return next ?? undefined;
}

/** `a` then `b` with nothing between them. */
const touch = (a: Node | undefined, b: Node | undefined): b is Node =>
  !!a && !!b && a.endIndex === b.startIndex;

/**
 * Placeholders the shell splits into several tokens: an unquoted `<tenant>` parses as two
 * redirections (`< tenant` and `> …`), an unquoted `{{ host }}` as the words `{`, `{`, `host`, `}`, `}`.
 */
function splitPlaceholders(root: Node): { text: string; row: number }[] {
  const found: { text: string; row: number }[] = [];
  // Most scripts have neither shape; asking tree-sitter for every word of them is not free.
  const script = root.text;
  const [angles, braces] = [/<[A-Za-z]/.test(script), /\{\s*\{/.test(script)];
  for (const open of angles ? root.descendantsOfType('<') : []) {
    const word = open ? nextLeaf(open) : undefined;
    if (
      open &&
      touch(open, word) &&
      word.type === 'word' &&
      touch(word, nextLeaf(word)) &&
      nextLeaf(word)?.type === '>'
    )
      found.push({ text: `<${word.text}>`, row: open.startPosition.row });
  }
  for (const word of braces ? root.descendantsOfType('word') : []) {
    const second = word?.text === '{' ? nextLeaf(word) : undefined;
    if (!word || !touch(word, second) || second.text !== '{') continue;
    const tokens: string[] = [];
    for (
      let leaf = nextLeaf(second);
      leaf && leaf.startPosition.row === word.startPosition.row;
      leaf = nextLeaf(leaf)
    ) {
      const after = nextLeaf(leaf);
      if (leaf.text === '}' && touch(leaf, after) && after.text === '}') {
        const text = `{{ ${tokens.join(' ')} }}`;
        if (placeholdersIn(text).length > 0) found.push({ text, row: word.startPosition.row });
        break;
      }
      tokens.push(leaf.text);
    }
  }
  return found;
}
