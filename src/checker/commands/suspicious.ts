import type { ShellCommand } from './model.ts';

// Filters that never take `NAME=value` arguments: one after them is the next command, fused on.
const filters = new Set(
  'grep egrep fgrep rg head tail sort uniq wc cut tr jq cat less more column'.split(' '),
);
const shells = new Set(['sh', 'bash', 'zsh', 'dash']);

/**
 * Commands that parse but cannot be what the author meant, with why:
 * - `… | grep x NAME=$(…)`: two commands fused on one line (a lost newline or `;`);
 * - `sh -c 'grep 'a b' file'`: nested single quotes end the script early, and the words after it
 *   become `$0`, `$1`, so the inner command runs without its argument.
 */
export function suspiciousCommand(command: ShellCommand): string | undefined {
  const name = command.name.value ?? '';
  const fused = filters.has(name) && command.args.find((word) => /^[A-Z_][A-Z0-9_]*=\$\(/.test(word.raw));
  if (fused)
    return `\`${fused.raw.split('=')[0]}=…\` is an argument of ${name}: two commands fused on one line?`;
  if (!shells.has(name)) return undefined;
  // The wrapped script's words are not the wrapper's arguments (see `unwrap`), so read the text.
  const cut = /\s-[a-z]*c[a-z]*\s+('[^']*'[^'\s]\S*)\s+\S/.exec(command.text);
  if (cut)
    return `nested single quotes end the ${name} -c script early, at ${cut[1]}: the words after it are not run`;
  return undefined;
}
