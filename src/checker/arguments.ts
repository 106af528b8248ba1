import { parseArgs } from 'node:util';
import { ConfigError } from './errors.ts';
import { reportFormats, type ReportFormat } from './reporters/index.ts';

export const usage =
  'usage: npm run check -- [--offline] [--format text|json|github] [--strict] [--no-cache] [--alert-rules FILE...]';

export interface CheckArguments {
  offline: boolean;
  format: ReportFormat;
  strict: boolean;
  noCache: boolean;
  /** Prometheus rule files: `--alert-rules a.yml b.yml` or `--alert-rules a.yml --alert-rules b.yml`. */
  alertRules: string[];
}

/** Reads the command line; a wrong one throws `ConfigError` with the usage line. */
export function parseCheckArguments(argv: readonly string[]): CheckArguments {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: {
        offline: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        'alert-rules': { type: 'string', multiple: true, default: [] },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n${usage}`);
  }
  // Files after `--alert-rules` (a shell glob) are its values; no other option takes any.
  const alertRules = [...values['alert-rules'], ...positionals];
  if (positionals.length > 0 && values['alert-rules'].length === 0)
    throw new ConfigError(`unexpected argument "${positionals[0]}"\n${usage}`);
  const format = values.format as ReportFormat;
  if (!reportFormats.includes(format)) throw new ConfigError(`unknown format "${values.format}"\n${usage}`);
  return { offline: values.offline, format, strict: values.strict, noCache: values['no-cache'], alertRules };
}
