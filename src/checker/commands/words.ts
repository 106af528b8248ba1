import type { Node } from 'web-tree-sitter';

/** A word of a command line. */
export interface ShellWord {
  /** The value after quote removal, or undefined when it depends on an expansion. */
  value: string | undefined;
  /** As written. */
  raw: string;
}

const unescapeWord = (text: string) => text.replace(/\\(.)/gs, '$1');
const unescapeDoubleQuoted = (text: string) => text.replace(/\\([$`"\\\n])/g, '$1');

/** The word a tree-sitter-bash argument node stands for. */
export function shellWord(node: Node): ShellWord {
  return { value: literalValue(node), raw: node.text };
}

function literalValue(node: Node): string | undefined {
  switch (node.type) {
    case 'word':
    case 'number':
      return unescapeWord(node.text);
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'ansi_c_string':
      return node.text.slice(2, -1);
    case 'string':
      return node.namedChildren.every((child) => child?.type === 'string_content')
        ? unescapeDoubleQuoted(node.text.slice(1, -1))
        : undefined;
    case 'concatenation': {
      const parts = node.namedChildren.map((child) => (child ? literalValue(child) : undefined));
      return parts.every((part) => part !== undefined) ? parts.join('') : undefined;
    }
    default:
      return undefined;
  }
}

/** A word made from text, for commands unwrapped from a string such as `ssh host 'cmd'`. */
export const literalWord = (value: string): ShellWord => ({ value, raw: value });
