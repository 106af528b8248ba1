import type { Report } from '../findings.ts';
import { githubReport } from './github.ts';
import { jsonReport } from './json.ts';
import { textReport } from './text.ts';

/** What a reporter knows besides the report: where the rule docs live. */
export interface ReporterOptions {
  siteUrl: string;
}

/** Turns a report into what is printed on stdout. */
export type Reporter = (report: Report, options: ReporterOptions) => string;

export const reporters = {
  text: textReport,
  json: jsonReport,
  github: githubReport,
} as const satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof reporters;
export const reportFormats = Object.keys(reporters) as ReportFormat[];
