import { parseArgs } from 'node:util';
import { ConfigError } from './errors.ts';
import { reportFormats, type ReportFormat } from './reporters/index.ts';

export const usage =
  'usage: npm run check -- [--offline] [--format text|json|github] [--strict] [--no-cache]';

export interface CheckArguments {
  offline: boolean;
  format: ReportFormat;
  strict: boolean;
  noCache: boolean;
}

/** Reads the command line; a wrong one throws `ConfigError` with the usage line. */
export function parseCheckArguments(argv: readonly string[]): CheckArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        offline: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n${usage}`);
  }
  const format = values.format as ReportFormat;
  if (!reportFormats.includes(format)) throw new ConfigError(`unknown format "${values.format}"\n${usage}`);
  return { offline: values.offline, format, strict: values.strict, noCache: values['no-cache'] };
}
