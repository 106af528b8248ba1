import type { Report } from '../findings.ts';

/** One JSON document: `{findings, summary}`, the shape other tools rely on. */
export function jsonReport(report: Report): string {
  return JSON.stringify({ findings: report.findings, summary: report.summary }, null, 2);
}
