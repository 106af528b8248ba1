import type { Report } from '../findings.ts';
import { ruleDocsUrl, rules } from '../rules.ts';
import type { ReporterOptions } from './index.ts';

// GitHub's workflow-command escaping: data escapes %, CR and LF; properties also : and ,.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub Actions annotation per finding, then a notice with the summary. */
export function githubReport(report: Report, options: ReporterOptions): string {
  const lines = report.findings.map((item) => {
    const properties = `file=${escapeProperty(item.file)},line=${item.line},title=${escapeProperty(`${item.rule}: ${rules[item.rule].title}`)}`;
    const message = `${item.message} (${item.target})\n${rules[item.rule].hint}\n${ruleDocsUrl(item.rule, options.siteUrl)}`;
    return `::${item.severity} ${properties}::${escapeData(message)}`;
  });
  const { errors, warnings, files } = report.summary;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `::notice title=handbook check::${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(files, 'page')}`,
  );
  return lines.join('\n');
}
