/** Fence languages read as shell. `console` is a terminal transcript; the others are scripts. */
export const shellLangs = ['bash', 'sh', 'shell', 'zsh', 'console'] as const;
export type ShellLang = (typeof shellLangs)[number];

export const isShellLang = (lang: string | undefined): lang is ShellLang =>
  shellLangs.includes(lang?.toLowerCase() as ShellLang);

/** Expressive Code's `lang="…"` meta, which gives a `diff` fence the language of its lines. */
export function metaLang(meta: string | undefined): string | undefined {
  return /(?:^|\s)lang=(?:"([^"]*)"|'([^']*)'|(\S+))/
    .exec(meta ?? '')
    ?.slice(1)
    .find(Boolean);
}

/**
 * The shell language of a fence, if it is one: `bash`, or a `diff` fence whose `lang="sh"` says
 * its lines are shell (Expressive Code shows them without the `+`/`-` signs).
 */
export function shellLangOf(lang: string | undefined, meta: string | undefined): ShellLang | undefined {
  const id = lang?.toLowerCase();
  if (isShellLang(id)) return id;
  const inner = id === 'diff' ? metaLang(meta)?.toLowerCase() : undefined;
  return isShellLang(inner) ? inner : undefined;
}
