import type { Finding, Report } from '../findings.ts';
import { ruleDocsUrl, rules } from '../rules.ts';
import type { ReporterOptions } from './index.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function formatFinding(item: Finding, options: ReporterOptions): string[] {
  // The target is shown unless the message already quotes it; a command spans one line here.
  const target = item.message.includes(item.target) ? [] : [`        ${item.target.split('\n')[0]}`];
  return [
    `  ${String(item.line).padStart(4)}  ${item.severity.padEnd(7)}  ${item.rule}  ${item.message}`,
    ...target,
    `        fix: ${rules[item.rule].hint}`,
    `        docs: ${ruleDocsUrl(item.rule, options.siteUrl)}`,
  ];
}

/** For people: findings grouped by file, each with its line, rule, what to fix and where the rule is explained. */
export function textReport(report: Report, options: ReporterOptions): string {
  const byFile = Map.groupBy(report.findings, (item) => item.file);
  const lines = [...byFile].flatMap(([file, findings]) => [
    file,
    ...findings.flatMap((item) => formatFinding(item, options)),
    '',
  ]);
  const { files, links, urls, commands, errors, warnings, durationMs } = report.summary;
  lines.push(
    `${errors > 0 ? '✖' : '✔'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    `  checked ${plural(files, 'page')}, ${plural(links, 'link')}, ${plural(urls, 'URL')}, ${plural(commands, 'command')} in ${durationMs} ms`,
  );
  return lines.join('\n');
}
