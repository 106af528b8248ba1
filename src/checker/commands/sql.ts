/**
 * The words of SQL text in upper case, without comments and string literals, so that
 * `WHERE action = 'DELETE'` or `-- DROP later` never reads as a statement.
 */
export function sqlWords(sql: string): string[] {
  const code = sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ');
  return (code.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).map((word) => word.toUpperCase());
}

/** Whether `words` (upper case) occur one after another in the SQL. */
export function sqlHasPhrase(sqlWordList: readonly string[], words: readonly string[]): boolean {
  return sqlWordList.some((_, start) => words.every((word, offset) => sqlWordList[start + offset] === word));
}
