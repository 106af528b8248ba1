import type { RuleSetting } from './config.ts';
import { rules, type RuleId } from './rules.ts';

/** One thing wrong in the docs, located in the MDX source. */
export interface Finding {
  rule: RuleId;
  severity: 'error' | 'warning';
  /** Path relative to the project root, such as `src/content/docs/runbooks/scaling.mdx`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  message: string;
  /** The link, URL or command the finding is about. */
  target: string;
}

/** How much was checked and found. */
export interface Summary {
  files: number;
  links: number;
  urls: number;
  commands: number;
  errors: number;
  warnings: number;
  durationMs: number;
}

export interface Report {
  findings: Finding[];
  summary: Summary;
}

/** A finding with the rule's own severity. */
export function finding(
  rule: RuleId,
  at: { file: string; line: number },
  message: string,
  target: string,
): Finding {
  return { rule, severity: rules[rule].severity, file: at.file, line: at.line, message, target };
}

/** Findings in reading order: by file, then line, then rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule),
  );
}

/** Everything that decides a finding's final severity, applied in one step. */
export interface SeverityPolicy {
  /** The config file's per-rule settings: `off` drops a rule's findings, `warning`/`error` replace its own. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /**
   * Files of pages `npm run import` brought in and nobody has reviewed yet: what the checker finds
   * there is a warning until the owner removes `imported:`, so a team can import, build and check
   * on day one.
   */
  imported: ReadonlySet<string>;
  /** `--strict`: every warning becomes an error (imported pages' findings too). */
  strict: boolean;
}

/** Each finding with the severity the policy gives it; findings of rules set to `off` dropped. */
export function applySeverityPolicy(findings: Finding[], policy: SeverityPolicy): Finding[] {
  return findings.flatMap((item) => {
    const severity = severityOf(item, policy);
    return severity === 'off' ? [] : [severity === item.severity ? item : { ...item, severity }];
  });
}

function severityOf(item: Finding, policy: SeverityPolicy): RuleSetting {
  const setting = policy.rules[item.rule];
  if (setting === 'off') return 'off';
  if (policy.strict) return 'error';
  if (policy.imported.has(item.file)) return 'warning';
  return setting ?? item.severity;
}

export function countSeverities(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((item) => item.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
