import { sqlHasPhrase, sqlWords } from './sql.ts';
import type { ShellWord } from './words.ts';

/**
 * A pattern from `src/data/tools.yaml`: `compose down -v` is words in order plus flags anywhere;
 * `sql: DROP` is a phrase in the SQL the command is given.
 */
export type ArgPattern =
  { kind: 'args'; words: string[]; flags: string[] } | { kind: 'sql'; words: string[] };

export function parsePattern(text: string): ArgPattern {
  const sql = /^sql:\s*(.+)$/i.exec(text.trim());
  if (sql) return { kind: 'sql', words: sql[1]!.trim().toUpperCase().split(/\s+/) };
  if (text.trim() === '') return { kind: 'args', words: [], flags: [] };
  const tokens = text.trim().split(/\s+/);
  return {
    kind: 'args',
    words: tokens.filter((token) => !token.startsWith('-')),
    flags: tokens.filter((token) => token.startsWith('-')),
  };
}

/**
 * Short options a cluster such as `-rf` sets. A capital letter usually takes the rest as its value
 * (`pg_restore -Fc` is `-F c`), so letters after the first capital are not options.
 */
function clusterLetters(value: string): string {
  if (!/^-[A-Za-z]+$/.test(value)) return '';
  const capital = value.slice(1).search(/[A-Z]/);
  return capital === -1 ? value.slice(1) : value.slice(1, capital + 2);
}

/** `-f` is also set by `-rf`; `--clean` also by `--clean=…`. */
function hasFlag(values: readonly string[], flag: string): boolean {
  if (flag.startsWith('--')) return values.some((value) => value === flag || value.startsWith(`${flag}=`));
  const letters = [...flag.slice(1)];
  return values.some(
    (value) => value === flag || letters.every((letter) => clusterLetters(value).includes(letter)),
  );
}

/** Whether `words` occur in `values` in this order, not necessarily next to each other. */
function hasWordsInOrder(values: readonly string[], words: readonly string[]): boolean {
  let next = 0;
  const matches = (value: string, word: string) =>
    word.endsWith('*') ? value.startsWith(word.slice(0, -1)) : value === word;
  for (const value of values) if (next < words.length && matches(value, words[next]!)) next++;
  return next === words.length;
}

// `psql -c`, `mysql -e`, `mongosh --eval`, `sqlite3 db 'SQL'` is not read (its last word may be a file).
const sqlOptions = new Set(['-c', '--command', '-e', '--execute', '--eval', '-q', '--query']);

/** SQL a `psql`-like command is given: `-c`/`-e`/`--eval` values, heredocs and here-strings. */
export function sqlOf(args: readonly ShellWord[], stdin: readonly string[]): string[] {
  const texts = [...stdin];
  args.forEach((word, index) => {
    const value = word.value ?? word.raw;
    if (sqlOptions.has(value)) {
      const next = args[index + 1];
      if (next) texts.push(next.value ?? next.raw);
    } else if (/^--(command|execute|eval|query)=/.test(value))
      texts.push(value.slice(value.indexOf('=') + 1));
  });
  return texts;
}

/** Whether a call with these arguments and this input matches the pattern. */
export function matchesPattern(
  pattern: ArgPattern,
  args: readonly ShellWord[],
  stdin: readonly string[],
): boolean {
  if (pattern.kind === 'sql')
    return sqlOf(args, stdin).some((sql) => sqlHasPhrase(sqlWords(sql), pattern.words));
  const values = args.flatMap((word) => (word.value === undefined ? [] : [word.value]));
  return hasWordsInOrder(values, pattern.words) && pattern.flags.every((flag) => hasFlag(values, flag));
}
