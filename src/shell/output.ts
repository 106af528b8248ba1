import type { LineRole } from './block.ts';

/**
 * Lines that look like what a command printed rather than a command: a table (columns two or
 * more spaces apart), `Key:   value`, `name = value`, `…`, numbered or bracketed results. Only
 * lines whose first word is no program the checker knows are asked.
 */
const outputShapes = [
  /^\s*(\.\.\.|…)\s*$/,
  /^[A-Z][A-Z0-9_-]*(\s{2,}[A-Z][A-Z0-9_() -]*)+\s*$/,
  /^\S+(\s{2,}\S+){2,}/,
  /^\s*[\w.-]+:(\s|$)/,
  /^\s*"[\w-]+"\s*:/,
  /^\s*[\w.-]+(\.[\w-]+)+\s+=\s+\S/,
  /^\s*\d+[).:]?\s/,
  /^\s*\(\w+\)\s/,
  /^\s*\w+=\S+\s+(\.\.\.|\S+\s+)*\w+="/,
  /^\s*\d{4}-\d\d-\d\d[T ]\d\d:/,
];

/** An HTTP request written as `POST /path {json}`: what to send, not a command. */
const httpRequest = /^\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S*/;

/** A sentence a program prints (`Need to get 109 MB of archives.`): capitalised words, no shell syntax. */
const sentence = /^[A-Z][a-z]+(\s+[\w'(),.%/-]+){2,}[.?!:\]]?\s*$/;
/** Markdown that a fence left open pulls in: a heading, a list item, emphasis, a link. */
const markdown = /^\s*(#{1,6} |[-*+] |\d+\. )|\*\*|\]\(|`/;

// Programs print no command substitution: `NAME=$(… | awk -v limit="…")` is an assignment, not
// `key=value key="…"` log output.
const commandSubstitution = /\$\(/;

export function looksLikeOutput(line: string): boolean {
  return !commandSubstitution.test(line) && outputShapes.some((shape) => shape.test(line));
}

/**
 * Lines of a script without prompts that are output: lines of output shape, and sentences that
 * follow the block's last command with no blank line and no Markdown in between (a program's
 * answer, such as apt's). `isCommand` says whether a line's first word is a known program.
 */
export function outputRows(
  rows: readonly string[],
  roles: readonly LineRole[],
  isCommand: (row: string) => boolean,
): Set<number> {
  const found = new Set<number>();
  const asked = (index: number) => roles[index] === 'command' && !isCommand(rows[index]!);
  rows.forEach((row, index) => {
    if (asked(index) && looksLikeOutput(row)) found.add(index);
  });
  requestRows(rows).forEach((index) => found.add(index));
  const lastCommand = rows.findLastIndex(
    (_, index) => roles[index] === 'command' && !found.has(index) && !asked(index),
  );
  if (lastCommand === -1) return found;
  for (let index = lastCommand + 1; index < rows.length; index++) {
    const row = rows[index]!;
    if (roles[index] !== 'command' || markdown.test(row)) break;
    if (found.has(index) || sentence.test(row.trim())) found.add(index);
    else break;
  }
  return found;
}

/** `POST /path {` and its body up to the closing `}`. */
function requestRows(rows: readonly string[]): number[] {
  const found: number[] = [];
  for (let index = 0; index < rows.length; index++) {
    if (!httpRequest.test(rows[index]!)) continue;
    found.push(index);
    if (!/\{\s*$/.test(rows[index]!)) continue;
    while (index + 1 < rows.length && !/^\s*}/.test(rows[index]!)) found.push(++index);
  }
  return found;
}
