import type { Node } from 'web-tree-sitter';
import { shellWord } from './words.ts';

const substitutions = new Set(['command_substitution', 'process_substitution']);
const writeOperators = new Set(['>', '>>', '&>', '&>>', '>|']);
const harmlessTargets = /^(\/dev\/(null|stdout|stderr)|&?\d)$/;

/**
 * Redirections that apply to a command: its own, those of a statement whose body holds it
 * (`psql <<SQL`), and the heredoc a pipeline sits in (`cat <<EOF | psql`, as tree-sitter nests it).
 */
export function redirectsOf(command: Node): Node[] {
  const found = command.childrenForFieldName('redirect').filter((node): node is Node => node !== null);
  let child: Node = command;
  for (let parent = command.parent; parent && !substitutions.has(parent.type); parent = parent.parent) {
    if (parent.type === 'redirected_statement' && parent.childForFieldName('body')?.equals(child)) {
      for (const redirect of parent.childrenForFieldName('redirect')) {
        if (!redirect) continue;
        // tree-sitter hangs redirections written after a heredoc marker under the heredoc.
        const nested = redirect.namedChildren.filter((node): node is Node => node?.type === 'file_redirect');
        found.push(redirect, ...nested);
      }
    }
    if (parent.type === 'heredoc_redirect') found.push(parent);
    child = parent;
  }
  return found;
}

/** Text that heredocs and here-strings feed to the command. */
export function stdinOf(redirects: readonly Node[]): string[] {
  return redirects.flatMap((redirect) => {
    if (redirect.type === 'heredoc_redirect') {
      return redirect.namedChildren.flatMap((child) => (child?.type === 'heredoc_body' ? [child.text] : []));
    }
    const word = redirect.type === 'herestring_redirect' ? redirect.namedChildren[0] : undefined;
    return word ? [shellWord(word).value ?? word.text] : [];
  });
}

/** Whether a redirection writes a file (`> backup.dump`), not just `/dev/null` or another descriptor. */
export function writesFile(redirects: readonly Node[]): boolean {
  return redirects.some(
    (redirect) =>
      redirect.type === 'file_redirect' &&
      redirect.children.some((child) => child !== null && writeOperators.has(child.type)) &&
      !harmlessTargets.test(redirect.childForFieldName('destination')?.text ?? ''),
  );
}
