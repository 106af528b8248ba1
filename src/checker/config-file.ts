import { placeholderStyles } from '../shell/placeholder-styles.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { parseYamlSource } from '../lib/yaml-source.ts';
import type { CheckOptions, RuleSetting } from './config.ts';
import { ConfigError } from './errors.ts';
import { ruleIds, type RuleId } from './rules.ts';

/** The file a team keeps beside its docs; `--config FILE` names another. */
export const configFileName = '.handbook-check.yaml';

const ruleSetting = z.enum(['off', 'warning', 'error']);

/** What the config file may hold; every key is optional, and an unknown one is an error. */
export const configFileSchema = z.strictObject({
  /** Programs the docs call that the built-in catalog does not know. */
  programs: z.array(z.string().min(1)).default([]),
  /** Aliases the docs use, such as `k: kubectl`. */
  aliases: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** Host patterns (`*.corp.internal`) that are internal: never fetched. */
  internalHosts: z.array(z.string().min(1)).default([]),
  /** Host patterns never fetched and never reported. */
  skipHosts: z.array(z.string().min(1)).default([]),
  /** Placeholder styles the docs use on purpose, such as `angle` for `<namespace>`. */
  placeholders: z.array(z.enum(placeholderStyles)).default([]),
  /** Severity per rule id: `off`, `warning` or `error`. */
  rules: z.partialRecord(z.enum(ruleIds as [RuleId, ...RuleId[]]), ruleSetting).default({}),
  /** Globs of files to leave out, relative to the docs folder, such as `drafts/**`. */
  ignore: z.array(z.string().min(1)).default([]),
});

export type ConfigFile = z.infer<typeof configFileSchema>;

/**
 * The config file at `explicit`, else `.handbook-check.yaml` in `dir` if there is one. YAML or
 * JSON. Throws `ConfigError` listing every problem with its line; undefined when there is none.
 */
export function readConfigFile(
  dir: string,
  explicit?: string,
): { file: string; config: ConfigFile } | undefined {
  const file = explicit ? path.resolve(explicit) : path.join(dir, configFileName);
  if (!existsSync(file)) {
    if (explicit) throw new ConfigError(`no config file ${explicit}`);
    return undefined;
  }
  const shown = path.relative(process.cwd(), file) || file;
  const source = parseYamlSource(readFileSync(file, 'utf8'), shown);
  const problems: Problem[] = [...source.syntaxProblems];
  const result = configFileSchema.safeParse(source.value ?? {});
  if (!result.success)
    problems.push(
      ...result.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => unknownKey(shown, source.lineOf([...issue.path, key]), issue.path, key))
          : source.problemsAt([issue]),
      ),
    );
  if (problems.length > 0) {
    const lines = problems.sort((a, b) => a.line - b.line).map((p) => `  ${formatProblem(p)}`);
    throw new ConfigError(`invalid config file:\n${lines.join('\n')}`);
  }
  return { file, config: result.data! };
}

function unknownKey(file: string, line: number, parent: readonly PropertyKey[], key: string): Problem {
  const field = [...parent, key].join('.');
  const message =
    parent[0] === 'rules'
      ? `no rule "${key}": the rules are ${ruleIds.join(', ')}`
      : `unknown key "${key}": the keys are ${Object.keys(configFileSchema.shape).join(', ')}`;
  return { file, line, field, message };
}

/** What the config file adds to the options: lists are appended to, never replaced. */
export function withConfig(options: CheckOptions, config: ConfigFile): CheckOptions {
  return {
    ...options,
    programs: [...options.programs, ...config.programs],
    aliases: { ...options.aliases, ...config.aliases },
    placeholders: [...options.placeholders, ...config.placeholders],
    internalHosts: [...options.internalHosts, ...config.internalHosts],
    skipHosts: [...options.skipHosts, ...config.skipHosts],
    severities: { ...options.severities, ...(config.rules as Partial<Record<RuleId, RuleSetting>>) },
    ignore: [...options.ignore, ...config.ignore],
  };
}
