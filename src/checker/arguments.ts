import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { ConfigError } from './errors.ts';
import { reportFormats, type ReportFormat } from './reporters/index.ts';

export const usage =
  'usage: npm run check -- [--offline] [--format text|json|github] [--strict] [--no-cache] [--docs DIR] [--config FILE] [--alert-rules FILE...]\n' +
  '       npx handbook-check DIR [--config FILE] [--offline] [--format text|json|github] [--strict]';

export interface CheckArguments {
  offline: boolean;
  format: ReportFormat;
  strict: boolean;
  noCache: boolean;
  /** `--docs DIR` (or a bare DIR): check that folder of Markdown instead of the handbook. */
  docs?: string;
  /** `--config FILE`: the config file, instead of `.handbook-check.yaml` at the docs root. */
  config?: string;
  /** Prometheus rule files: `--alert-rules a.yml b.yml` or `--alert-rules a.yml --alert-rules b.yml`. */
  alertRules: string[];
}

// One entry per option: add an option here and read it in `parseCheckArguments`.
const optionTable = {
  offline: { type: 'boolean', default: false },
  format: { type: 'string', default: 'text' },
  strict: { type: 'boolean', default: false },
  'no-cache': { type: 'boolean', default: false },
  docs: { type: 'string' },
  config: { type: 'string' },
  'alert-rules': { type: 'string', multiple: true, default: [] },
} as const satisfies ParseArgsOptionsConfig;

/** Reads the command line; a wrong one throws `ConfigError` with the usage line. */
export function parseCheckArguments(argv: readonly string[]): CheckArguments {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: optionTable, strict: true, allowPositionals: true });
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n${usage}`);
  }
  const { values } = parsed;
  // Files after `--alert-rules` (a shell glob) are its values; otherwise a bare argument is the folder.
  const takesRules = values['alert-rules'].length > 0;
  const alertRules = takesRules ? [...values['alert-rules'], ...parsed.positionals] : [];
  const positionals = takesRules ? [] : parsed.positionals;
  const ruleFile = positionals.find((argument) => /\.ya?ml$/i.test(argument));
  if (ruleFile)
    throw new ConfigError(`unexpected argument "${ruleFile}": rule files follow --alert-rules\n${usage}`);
  if (positionals.length > 1 || (positionals.length === 1 && values.docs !== undefined))
    throw new ConfigError(
      `one folder to check, got ${[values.docs, ...positionals].filter(Boolean).join(', ')}\n${usage}`,
    );
  const format = values.format as ReportFormat;
  if (!reportFormats.includes(format)) throw new ConfigError(`unknown format "${values.format}"\n${usage}`);
  const docs = values.docs ?? positionals[0];
  return {
    offline: values.offline,
    format,
    strict: values.strict,
    noCache: values['no-cache'],
    alertRules,
    ...(docs !== undefined ? { docs } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
  };
}
