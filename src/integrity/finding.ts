import { finding, type Finding } from '../checker/findings.ts';
import type { RuleId } from '../checker/rules.ts';
import type { Problem } from '../lib/problems.ts';

/** A problem found in a source file as a finding of `rule`; its field is the finding's target. */
export const problemFinding = (rule: RuleId, problem: Problem): Finding =>
  finding(rule, problem, problem.message, problem.field);
