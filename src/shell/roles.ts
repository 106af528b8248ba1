import type { Node, Parser } from 'web-tree-sitter';
import type { LineRole } from './block.ts';

// Nodes a line can start inside of, so that the line carries on the command before it.
const spanning = ['string', 'raw_string', 'ansi_c_string', 'command_substitution', 'translated_string'];

/**
 * The role of each row of a script: `heredoc` for a heredoc's body and terminator, `comment` for a
 * line that is only a comment, `continuation` after a trailing `\`, `|`, `&&` or `||` or inside a
 * quoted string, `blank`, else `command`.
 */
export function scriptRoles(parser: Parser, script: string): LineRole[] {
  const rows = script.split('\n');
  const roles: LineRole[] = rows.map((row) => (row.trim() === '' ? 'blank' : 'command'));
  const tree = parser.parse(script);
  if (!tree) return roles;
  const heredoc = new Set<number>();
  const inside = new Set<number>();
  for (const node of tree.rootNode.descendantsOfType(['heredoc_body', 'heredoc_end', ...spanning])) {
    if (!node) continue;
    const target = node.type.startsWith('heredoc') ? heredoc : inside;
    const from = node.type === 'heredoc_body' ? node.startPosition.row : node.startPosition.row + 1;
    for (let row = from; row <= node.endPosition.row; row++) target.add(row);
  }
  const comments = new Set(
    tree.rootNode
      .descendantsOfType('comment')
      .flatMap((node) => (node && isWholeLine(node, rows) ? [node.startPosition.row] : [])),
  );
  tree.delete();
  rows.forEach((_, index) => {
    const previous = rows[index - 1];
    if (heredoc.has(index)) roles[index] = 'heredoc';
    else if (roles[index] === 'blank') return;
    else if (comments.has(index)) roles[index] = 'comment';
    else if (inside.has(index) || (previous !== undefined && /(\\|\||&&)\s*$/.test(previous)))
      roles[index] = 'continuation';
  });
  return roles;
}

const isWholeLine = (node: Node, rows: readonly string[]) =>
  rows[node.startPosition.row]!.slice(0, node.startPosition.column).trim() === '';
