import { finding, type Finding } from '../../checker/findings.ts';
import type { SourceContext, SourceRule } from '../context.ts';

/**
 * `alert-runbook`: a runbook's alert must name that runbook back, and every alert's runbook must
 * exist and list the alert, so the alert table and the runbooks agree.
 */
export const alertRunbook: SourceRule = (context) => [...runbookSide(context), ...alertSide(context)];

function runbookSide({ pages, system }: SourceContext): Finding[] {
  return pages.flatMap((page) =>
    (page.frontmatter.data?.alerts ?? []).flatMap((alertId, index) => {
      const alert = system.alerts.find((candidate) => candidate.id === alertId);
      if (!alert || alert.runbook === page.id) return [];
      const at = { file: page.file, line: page.lineOf(['alerts', index]) };
      return [
        finding(
          'alert-runbook',
          at,
          `alert "${alertId}" names runbook "${alert.runbook}", not this page`,
          `alerts.${index}`,
        ),
      ];
    }),
  );
}

function alertSide({ pages, system, dataFiles }: SourceContext): Finding[] {
  const source = dataFiles.find((file) => /(?:^|[\\/])alerts\.yaml$/.test(file.file));
  if (!source) return [];
  const byId = new Map(pages.map((page) => [page.id, page]));
  return system.alerts.flatMap((alert, index) => {
    const at = { file: source.file, line: source.lineOf([index, 'runbook']) };
    const field = `${index}.runbook`;
    const runbook = byId.get(alert.runbook);
    if (!runbook)
      return [finding('alert-runbook', at, `alert "${alert.id}": no page "${alert.runbook}"`, field)];
    // An invalid runbook page has its own findings; checking its alerts would only echo them.
    const data = runbook.frontmatter.data;
    if (!data || data.alerts.includes(alert.id)) return [];
    return [
      finding(
        'alert-runbook',
        at,
        `alert "${alert.id}": ${runbook.file} does not list it in \`alerts\``,
        field,
      ),
    ];
  });
}
