import type { AnalyzedPage, Rule } from '../context.ts';
import type { CommandBlock } from '../commands/blocks.ts';
import type { Expansion } from '../commands/model.ts';
import { blockLine } from '../commands/blocks.ts';
import { conventionalStyles } from '../commands/conventions.ts';
import { standardVariables } from '../commands/programs.ts';
import { finding, type Finding } from '../findings.ts';

/**
 * `command-undeclared-env`: a `$VARIABLE` that nothing sets before it is read: not the block or an
 * earlier block of the page, not `inputs:`, not the environment data, not the shell itself. Docs
 * whose config accepts `$NAME` or `${NAME}` placeholders still hear of the reads that are typos:
 * a name set in another case (`NODE_NAME`, `$node_name`), an unset name read in a loop that never
 * reads its own variable. Unset reads found on several pages are such placeholders too.
 */
export const commandUndeclaredEnv: Rule = ({ pages, system, options }) => {
  const environment = new Set(system.environment.map((variable) => variable.name));
  const found = pages.flatMap((page) => undeclaredOnPage(page, environment));
  const accepted = new Set([
    ...options.placeholders,
    ...conventionalStyles(
      found.filter((read) => !read.typo).map((read) => [read.finding.file, read.style] as const),
    ),
  ]);
  return found.filter((read) => read.typo || !accepted.has(read.style)).map((read) => read.finding);
};

interface UnsetRead {
  finding: Finding;
  style: 'dollar' | 'dollar-brace';
  typo: boolean;
}

function undeclaredOnPage(page: AnalyzedPage, environment: ReadonlySet<string>): UnsetRead[] {
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
      const typo = typoOf(expansion, block, declared);
      reported.add(expansion.name);
      const at = { file: page.file, line: blockLine(block, expansion.row) };
      const message = typo ?? `$${expansion.name} is never set before this line`;
      const style: UnsetRead['style'] = expansion.braced ? 'dollar-brace' : 'dollar';
      return [
        {
          finding: finding('command-undeclared-env', at, message, `$${expansion.name}`),
          style,
          typo: !!typo,
        },
      ];
    });
    for (const assignment of assignments) declared.add(assignment.name);
    return found;
  });
}

/** Why an unset read looks like a typo, if it does. */
function typoOf(
  expansion: Expansion,
  block: CommandBlock,
  declared: ReadonlySet<string>,
): string | undefined {
  const { assignments, expansions, loops } = block.analysis;
  const names = [...declared, ...assignments.map((set) => set.name)];
  const cased = names.find(
    (name) => name !== expansion.name && name.toLowerCase() === expansion.name.toLowerCase(),
  );
  if (cased) return `$${expansion.name} is never set; ${cased} is (names are case-sensitive)`;
  const loop = loops.find(
    (candidate) => candidate.start <= expansion.offset && expansion.offset < candidate.end,
  );
  const readsOwn = expansions.some(
    (other) => other.name === loop?.variable && loop.start <= other.offset && other.offset < loop.end,
  );
  if (loop && !readsOwn)
    return `$${expansion.name} is never set, and the loop never reads its own $${loop.variable}`;
  return undefined;
}
