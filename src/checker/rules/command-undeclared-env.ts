import type { AnalyzedPage, Rule } from '../context.ts';
import { blockLine } from '../commands/blocks.ts';
import { standardVariables } from '../commands/programs.ts';
import { finding } from '../findings.ts';

/**
 * `command-undeclared-env`: a `$VARIABLE` that nothing sets before it is read: not the block or an
 * earlier block of the page, not `inputs:`, not the environment data, not the shell itself.
 */
export const commandUndeclaredEnv: Rule = ({ pages, system }) => {
  const environment = new Set(system.environment.map((variable) => variable.name));
  return pages.flatMap((page) => undeclaredOnPage(page, environment));
};

function undeclaredOnPage(page: AnalyzedPage, environment: ReadonlySet<string>) {
  const declared = new Set([
    ...environment,
    ...standardVariables,
    ...(page.data?.inputs ?? []).map((input) => input.name),
  ]);
  const reported = new Set<string>();
  return page.blocks.flatMap((block) => {
    const { assignments, expansions } = block.analysis;
    const found = expansions.flatMap((expansion) => {
      const setBefore = assignments.some(
        (set) => set.name === expansion.name && set.offset < expansion.offset,
      );
      // `YOUR_…` names are placeholders, reported as such.
      if (
        expansion.hasDefault ||
        setBefore ||
        declared.has(expansion.name) ||
        reported.has(expansion.name) ||
        expansion.name.toUpperCase().startsWith('YOUR_')
      )
        return [];
      reported.add(expansion.name);
      const at = { file: page.file, line: blockLine(block, expansion.row) };
      return [
        finding(
          'command-undeclared-env',
          at,
          `$${expansion.name} is never set before this line`,
          `$${expansion.name}`,
        ),
      ];
    });
    for (const assignment of assignments) declared.add(assignment.name);
    return found;
  });
}
