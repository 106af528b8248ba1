import type { Tool } from '../../data/schema.ts';
import type { ShellCommand } from './model.ts';
import { parsePattern, matchesPattern } from './patterns.ts';
import { destructivePatterns, type DestructivePattern } from '../../shell/destructive.ts';
import { builtins, readOnlyUtilities, stateChangingUtilities } from './programs.ts';

export const safetyLevels = ['read-only', 'changes-state', 'destructive'] as const;
export type SafetyLevel = (typeof safetyLevels)[number];

/** How dangerous running a command is, and why. */
export interface Safety {
  level: SafetyLevel;
  /** The program that decides the level (for a wrapper, maybe the one it runs). */
  program: string;
  /** What makes it so: the `why` of a destructive pattern, the pattern that changes state, … */
  reason: string;
}

/** `./scripts/prod/deploy.sh` is the tool `scripts/prod/deploy.sh`. */
export const programKey = (name: string) => name.replace(/^\.\//, '');

export const findTool = (tools: readonly Tool[], program: string) =>
  tools.find((tool) => tool.name === programKey(program));

const rank = (safety: Safety) => safetyLevels.indexOf(safety.level);

/** The most dangerous of several. */
export function highestSafety(safeties: readonly Safety[]): Safety | undefined {
  return safeties.reduce<Safety | undefined>(
    (worst, safety) => (!worst || rank(safety) > rank(worst) ? safety : worst),
    undefined,
  );
}

/** The class of the program's own call, from the tools data or the common utilities. */
function ownSafety(command: ShellCommand, tools: readonly Tool[]): Safety {
  const program = command.name.value;
  if (program === undefined)
    return { level: 'changes-state', program: command.name.raw, reason: 'runs a program named at run time' };
  const tool = findTool(tools, program);
  // The tools data first, then the recall list of well-known destructive calls.
  const values = new Set(command.args.map((word) => word.value));
  const patterns: DestructivePattern[] = [...(tool?.destructive ?? []), ...destructivePatterns(program)];
  const destructive = patterns.find(
    ({ pattern, unless = [] }) =>
      matchesPattern(parsePattern(pattern), command.args, command.stdin) &&
      !unless.some((word) => values.has(word)),
  );
  if (destructive) return { level: 'destructive', program, reason: destructive.why };
  if (tool) {
    const change = tool.changes.find((pattern) =>
      matchesPattern(parsePattern(pattern), command.args, command.stdin),
    );
    if (change) return { level: 'changes-state', program, reason: `\`${program} ${change}\` changes state` };
    return { level: tool.safety, program, reason: tool.purpose };
  }
  if (stateChangingUtilities.has(program))
    return { level: 'changes-state', program, reason: `${program} writes files or signals processes` };
  if (
    program === 'sed' &&
    command.args.some((word) => /^-[A-Za-z]*i/.test(word.value ?? '') || word.value?.startsWith('--in-place'))
  ) {
    return { level: 'changes-state', program, reason: 'sed -i edits files in place' };
  }
  if (builtins.has(program) || readOnlyUtilities.has(program))
    return { level: 'read-only', program, reason: `${program} only reads` };
  return { level: 'changes-state', program, reason: `${program} is not in the tools data` };
}

/**
 * The safety class of one parsed command (see `analyzeScript`), from `src/data/tools.yaml`: the
 * highest of its own call, a file it writes, and every command it wraps.
 */
export function commandSafety(command: ShellCommand, tools: readonly Tool[]): Safety {
  const own = ownSafety(command, tools);
  const writes: Safety[] = command.writesFile
    ? [{ level: 'changes-state', program: own.program, reason: 'writes a file with >' }]
    : [];
  const inner = command.inner.map((wrapped) => commandSafety(wrapped, tools));
  // A wrapper's class only wins when it is worse than what it runs: `docker compose exec db
  // pg_restore --clean` is destructive because of pg_restore.
  return highestSafety([own, ...writes, ...inner])!;
}

/** The safety class of a whole block: its most dangerous command; read-only when empty. */
export function scriptSafety(commands: readonly ShellCommand[], tools: readonly Tool[]): Safety {
  return (
    highestSafety(commands.map((command) => commandSafety(command, tools))) ?? {
      level: 'read-only',
      program: '',
      reason: 'no command',
    }
  );
}
