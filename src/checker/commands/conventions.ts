import type { PlaceholderStyle } from '../../shell/placeholder-styles.ts';

/**
 * A placeholder style found on this many pages is the docs' convention, used on purpose (a team
 * writing `<namespace>` in every runbook), not a value someone forgot to fill in.
 */
export const conventionPages = 3;

/** The styles that occur in at least `conventionPages` files, from `[file, style]` pairs. */
export function conventionalStyles(
  uses: readonly (readonly [string, PlaceholderStyle])[],
): Set<PlaceholderStyle> {
  const files = new Map<PlaceholderStyle, Set<string>>();
  for (const [file, style] of uses) files.set(style, (files.get(style) ?? new Set()).add(file));
  return new Set([...files].filter(([, where]) => where.size >= conventionPages).map(([style]) => style));
}
