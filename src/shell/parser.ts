import { createRequire } from 'node:module';
import { LangVariant } from 'sh-syntax';
import { Language, Parser } from 'web-tree-sitter';
import { loadSyntaxChecker } from './syntax.ts';

const require = createRequire(import.meta.url);

let treeSitter: Promise<Parser> | undefined;

/** tree-sitter-bash, loaded once from the `.wasm` its npm package ships. */
export function loadShellParser(): Promise<Parser> {
  treeSitter ??= (async () => {
    await Parser.init();
    const language = await Language.load(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'));
    return new Parser().setLanguage(language);
  })();
  return treeSitter;
}

/** Where and why mvdan/sh (through sh-syntax) rejects a script; `row` is 0-based. */
export interface SyntaxProblem {
  row: number;
  message: string;
}

/** Bash's grammar, or zsh's for zsh fences, as strict as the shells themselves. */
export async function shellSyntaxProblem(script: string, zsh = false): Promise<SyntaxProblem | undefined> {
  const check = await loadSyntaxChecker();
  const error = await check(script, zsh ? LangVariant.LangZsh : LangVariant.LangBash);
  return error && { row: Math.max(0, (error.Pos?.Line ?? 1) - 1), message: error.Text };
}
