import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A call the recall list calls destructive: a pattern as in the tools data, and why. */
export interface DestructivePattern {
  pattern: string;
  why: string;
  /** Words that, among the arguments, make the call no longer destructive. */
  unless?: string[];
}

function readRecallList(): Map<string, DestructivePattern[]> {
  const entries = parse(readFileSync(new URL('./destructive.yaml', import.meta.url), 'utf8')) as {
    programs: string[];
    pattern: string;
    why: string;
    unless?: string[];
  }[];
  const byProgram = new Map<string, DestructivePattern[]>();
  for (const { programs, ...pattern } of entries)
    for (const program of programs) byProgram.set(program, [...(byProgram.get(program) ?? []), pattern]);
  return byProgram;
}

const recallList = readRecallList();

/** The recall list's destructive patterns for a program (by its base name: `/sbin/mkfs` is `mkfs`). */
export const destructivePatterns = (program: string): readonly DestructivePattern[] =>
  recallList.get(program.split('/').at(-1)!) ?? [];
