import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { formatProblem, type Problem } from '../../lib/problems.ts';
import { parseYamlSource } from '../../lib/yaml-source.ts';
import { ConfigError } from '../errors.ts';

/** An alerting rule of a Prometheus rule file, with where its fields stand. */
export interface AlertRule {
  /** Path relative to the project root. */
  file: string;
  /** `alert:`, the alert's name: the handbook matches it with an id in src/data/alerts.yaml. */
  name: string;
  line: number;
  expr: string;
  exprLine: number;
  for: string | undefined;
  forLine: number;
  runbookUrl: string | undefined;
  runbookUrlLine: number;
}

const duration = z.string().regex(/^(\d+(ms|s|m|h|d|w|y))+$/, 'not a Prometheus duration such as 5m');
const labelSet = z.record(z.string(), z.string());

// The fields `promtool check rules` accepts; like promtool, an unknown field is an error.
const ruleSchema = z
  .strictObject({
    record: z.string().min(1).optional(),
    alert: z.string().min(1).optional(),
    expr: z
      .union([z.string().min(1), z.number()], { error: 'the PromQL expression is missing or empty' })
      .transform(String),
    for: duration.optional(),
    keep_firing_for: duration.optional(),
    labels: labelSet.optional(),
    annotations: labelSet.optional(),
  })
  .refine((rule) => (rule.record === undefined) !== (rule.alert === undefined), {
    message: 'a rule has exactly one of `record` and `alert`',
  })
  .refine((rule) => rule.alert !== undefined || (rule.for ?? rule.annotations) === undefined, {
    message: 'a recording rule has no `for` or `annotations`',
  });

const fileSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      name: z.string().min(1),
      interval: duration.optional(),
      query_offset: duration.optional(),
      limit: z.number().int().nonnegative().optional(),
      labels: labelSet.optional(),
      rules: z.array(ruleSchema).default([]),
    }),
  ),
});

/**
 * Reads Prometheus rule files (the YAML `promtool check rules` accepts) and returns their alerting
 * rules. A file that cannot be read or is not a rule file throws one `ConfigError` listing every
 * problem of every file, with file, line and field.
 */
export function readAlertRules(files: readonly string[], root: string): AlertRule[] {
  const problems: Problem[] = [];
  const alerts = files.flatMap((given) => readOne(given, root, problems));
  if (problems.length > 0)
    throw new ConfigError(
      `not Prometheus rule files:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  return alerts;
}

function readOne(given: string, root: string, problems: Problem[]): AlertRule[] {
  const file = path.relative(root, path.resolve(given)).split(path.sep).join('/');
  let text: string;
  try {
    text = readFileSync(path.resolve(given), 'utf8');
  } catch (error) {
    problems.push({ file, line: 1, field: '(file)', message: (error as Error).message });
    return [];
  }
  const source = parseYamlSource(text, file);
  const parsed = fileSchema.safeParse(source.value);
  problems.push(...source.syntaxProblems, ...(parsed.success ? [] : source.problemsAt(parsed.error.issues)));
  problems.push(...duplicateGroups(source.value, file, source.lineOf));
  if (source.syntaxProblems.length > 0 || !parsed.success) return [];
  return parsed.data.groups.flatMap((group, g) =>
    group.rules.flatMap((rule, r): AlertRule[] => {
      if (rule.alert === undefined) return [];
      const at = (...field: (string | number)[]) => source.lineOf(['groups', g, 'rules', r, ...field]);
      return [
        {
          file,
          name: rule.alert,
          line: at('alert'),
          expr: rule.expr,
          exprLine: at('expr'),
          for: rule.for,
          forLine: at('for'),
          runbookUrl: rule.annotations?.['runbook_url'],
          runbookUrlLine: at('annotations', 'runbook_url'),
        },
      ];
    }),
  );
}

/** promtool refuses two groups of one name in a file; read from the raw YAML, so it joins the other problems. */
function duplicateGroups(value: unknown, file: string, lineOf: (path: PropertyKey[]) => number): Problem[] {
  const groups = (value as { groups?: unknown } | null)?.groups;
  if (!Array.isArray(groups)) return [];
  const seen = new Set<unknown>();
  return groups.flatMap((group: { name?: unknown } | null, index): Problem[] => {
    const name = group?.name;
    if (typeof name !== 'string' || !seen.has(name)) return (seen.add(name), []);
    const line = lineOf(['groups', index, 'name']);
    return [{ file, line, field: `groups.${index}.name`, message: `duplicate group "${name}"` }];
  });
}
