import { isCatalogProgram } from './catalog.ts';

/**
 * A shell prompt at the start of a transcript line: `$ `, `% `, `user@host:~$ `, `[root@db ~]# `,
 * and `# ` when what follows is a program (a root prompt) rather than words (a comment).
 */
const userPrompt = /^\s*(?:[\w.-]+@[\w.-]+(?::[^\s$#%]*)?\s?|\[[^\]\n]+\]\s?|\([\w.-]+\)\s?)?[$%❯](?: |$)/;
const hostRootPrompt = /^\s*(?:[\w.-]+@[\w.-]+(?::[^\s$#%]*)?\s?|\[[^\]\n]+\]\s?)#(?: |$)/;
const bareRootPrompt = /^\s*#(?: |$)/;

/** A `# ` line is a root prompt when it runs a well-known program, such as `# systemctl status x`. */
function runsProgram(rest: string): boolean {
  const first = /^(?:sudo\s+)?([\w./-]+)/.exec(rest)?.[1] ?? '';
  return isCatalogProgram(first) || first.startsWith('./') || first.startsWith('/');
}

/**
 * The prompt a line starts with, or undefined. `%` prompts only count in `console` and `zsh`
 * fences; a bare `# ` root prompt only in `console` fences, where a script has no comments.
 */
export function promptOf(line: string, lang: string): string | undefined {
  const user = userPrompt.exec(line)?.[0];
  if (user && (!user.trim().endsWith('%') || lang === 'console' || lang === 'zsh')) return user;
  const host = hostRootPrompt.exec(line)?.[0];
  if (host) return host;
  const bare = lang === 'console' ? bareRootPrompt.exec(line)?.[0] : undefined;
  return bare && runsProgram(line.slice(bare.length)) ? bare : undefined;
}

/** `> ` that a shell prints before each line of an unfinished command (PS2). */
export const secondaryPrompt = /^> ?/;
