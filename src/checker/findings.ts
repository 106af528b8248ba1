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

/**
 * A page `npm run import` brought in is not reviewed yet: what the checker finds there is a
 * warning until its owner removes `imported:`, so a team can import, build and check on day one.
 */
export function softenImported(findings: Finding[], importedFiles: ReadonlySet<string>): Finding[] {
  return findings.map((item) => (importedFiles.has(item.file) ? { ...item, severity: 'warning' } : item));
}

/** `--strict`: every warning becomes an error. */
export function escalateWarnings(findings: Finding[]): Finding[] {
  return findings.map((item) => ({ ...item, severity: 'error' }));
}

export function countSeverities(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((item) => item.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/** The config file's severities: `off` drops a rule's findings, `warning`/`error` replace its own. */
export function applySeverities(
  findings: Finding[],
  severities: Partial<Record<RuleId, 'off' | 'warning' | 'error'>>,
): Finding[] {
  return findings.flatMap((item) => {
    const setting = severities[item.rule];
    if (setting === 'off') return [];
    return [setting ? { ...item, severity: setting } : item];
  });
}
