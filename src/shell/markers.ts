/**
 * Expressive Code's line markers: `del={2,4-5}` marks lines as removed, `ins={3}` as added; a `diff`
 * fence with `lang="…"` marks them with a leading `-` or `+`. Removed lines are shown, never copied.
 */
export interface MarkedLine {
  /** The line as the reader sees it: without a `diff` fence's sign column. */
  text: string;
  removed: boolean;
}

/** 0-based indexes of the lines a `del={…}` range list names (Expressive Code counts from 1). */
export function deletedLines(meta: string | undefined): Set<number> {
  const lines = new Set<number>();
  for (const match of (meta ?? '').matchAll(/(?:^|\s)del=\{([^}]*)\}/g))
    for (const part of match[1]!.split(',')) {
      const [from, to = from] = part.trim().split('-').map(Number);
      if (from === undefined || !Number.isInteger(from) || !Number.isInteger(to)) continue;
      for (let line = from; line <= to!; line++) lines.add(line - 1);
    }
  return lines;
}

/** The lines of a fence with their markers read. */
export function markLines(lang: string | undefined, meta: string | undefined, value: string): MarkedLine[] {
  const rows = value.split('\n');
  if (lang?.toLowerCase() === 'diff')
    return rows.map((row) => ({
      text: /^[-+ ]/.test(row) ? row.slice(1) : row,
      removed: row.startsWith('-'),
    }));
  const removed = deletedLines(meta);
  return rows.map((text, index) => ({ text, removed: removed.has(index) }));
}
