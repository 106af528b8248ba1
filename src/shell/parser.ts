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
  // Some errors come without a position but name it in their text: "2:16: floating point …".
  const line = error?.Pos?.Line ?? Number(/^(\d+):\d+: /.exec(error?.Text ?? '')?.[1] ?? 1);
  return error && { row: Math.max(0, line - 1), message: error.Text };
}
